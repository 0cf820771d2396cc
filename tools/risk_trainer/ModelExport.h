#pragma once

// Writes a trained fastText model in a runtime format (RiskModelFormat.h for the risk
// model, LabelModelFormat.h for any other): the dictionary's words and every input row
// multiplied by the output matrix.

#include "FastTextModel.h"

#include <string>

namespace kotva::trainer {

/// Throws std::runtime_error when the model is not one Kotva can read (unknown label,
/// quantised) or the file cannot be written.
void exportRuntimeModel(const FastTextModel& model, const std::string& path);

/// The same in the label model's format, with the model's labels in their order.
void exportLabelModel(const FastTextModel& model, const std::string& path);

} // namespace kotva::trainer
