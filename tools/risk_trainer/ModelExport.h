#pragma once

// Writes a trained fastText model in the runtime's format (RiskModelFormat.h): the
// dictionary's words and every input row multiplied by the output matrix.

#include "FastTextModel.h"

#include <string>

namespace kotva::trainer {

/// Throws std::runtime_error when the model is not one Kotva can read (unknown label,
/// quantised) or the file cannot be written.
void exportRuntimeModel(const FastTextModel& model, const std::string& path);

} // namespace kotva::trainer
