#pragma once

// The level the rules alone (the built-in lexicons and CrisisDetector, as the analysis runs
// them before the classifier) give each tuning message. The classifier's threshold for
// raising a concern to acute is chosen on the messages the rules rate concern.

#include "TuningCorpus.h"
#include "core/analysis/Findings.h"

#include <vector>

namespace kotva::trainer {

/// One level per row, in order. Throws std::runtime_error when the built-in lexicons do
/// not load (a broken build).
[[nodiscard]] std::vector<RiskLevel> rateByRules(const std::vector<TuningRow>& rows);

} // namespace kotva::trainer
