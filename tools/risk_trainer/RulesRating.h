#pragma once

// The level the rules alone (the built-in lexicons and CrisisDetector, as the analysis runs
// them before the classifier) give each tuning message. The classifier's threshold for
// raising a concern to acute is chosen on the messages the rules rate concern, the one for
// raising a message with words of a crisis signal on those the rules rate none but saw such
// words in.

#include "TuningCorpus.h"
#include "core/analysis/Findings.h"

#include <vector>

namespace kotva::trainer {

/// What the rules made of one message.
struct RulesRating
{
    RiskLevel level = RiskLevel::None;
    bool signalWords = false; ///< CrisisAssessment::signalWords
};

/// One rating per row, in order. Throws std::runtime_error when the built-in lexicons do
/// not load (a broken build).
[[nodiscard]] std::vector<RulesRating> rateByRules(const std::vector<TuningRow>& rows);

} // namespace kotva::trainer
