#pragma once

// Thresholds chosen on predictions the model did not train on: k-fold cross-validation
// over the tuning corpus with fixed folds (stratified by label, round robin in corpus
// order), one model per fold trained on the other folds.

#include "FastTextModel.h"

#include <vector>

namespace kotva::trainer {

struct OutOfFold
{
    int fold = 0;
    Probabilities probabilities{};
};

/// One out-of-fold prediction per row, in the order of rows.
[[nodiscard]] std::vector<OutOfFold> crossValidate(const std::vector<TuningRow>& rows, int folds,
                                                   const Hyperparameters& hyper,
                                                   const std::string& scratchPath);

/// The probability from which the classifier raises a level.
struct Thresholds
{
    double acute = 1.0;   ///< P(acute) at or above: raise to acute
    double concern = 1.0; ///< P(concern) + P(acute) at or above: raise to concern
};

struct ThresholdPolicy
{
    /// Share of "none" messages whose out-of-fold score may reach the concern threshold.
    /// The target for rules and classifier together is at most 10 %, and the rules alone
    /// already rate a few per cent of unseen "none" messages as concern (1-5 % on each fresh
    /// tuning file before its misses were read), so the classifier gets 3 %.
    double noneRaisedToConcern = 0.03;
    /// Added, in log-odds, above the highest out-of-fold P(acute) of a "none" message:
    /// a new "none" message may well score a little higher than any of a few hundred.
    /// (Log-odds, because the scores crowd just below 1.)
    double acuteLogOddsMargin = 1.0;
    /// Never raise to acute below this probability, whatever the folds say.
    double acuteFloor = 0.5;
};

/// No "none" row reaches the acute threshold, at most policy.noneRaisedToConcern of them
/// the concern threshold.
[[nodiscard]] Thresholds chooseThresholds(const std::vector<TuningRow>& rows,
                                          const std::vector<OutOfFold>& predictions,
                                          const ThresholdPolicy& policy);

/// P(concern) + P(acute): how much a message looks like concern or worse.
[[nodiscard]] inline double concernOrWorse(const Probabilities& p)
{
    return p[riskmodel::Concern] + p[riskmodel::Acute];
}

} // namespace kotva::trainer
