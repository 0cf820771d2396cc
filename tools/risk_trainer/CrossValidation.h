#pragma once

// Thresholds chosen on predictions the model did not train on: cross-validation over the
// tuning corpus with fixed folds, one model per fold trained on the other folds. The folds
// are either k, stratified by label (round robin in corpus order), or one per file: each
// file is one writer, so a file's messages are then predicted by a model that has never
// seen its writer, as Kotva's users will be.

#include "FastTextModel.h"
#include "RulesRating.h"
#include "core/analysis/Findings.h"

#include <algorithm>
#include <vector>

namespace kotva::trainer {

struct OutOfFold
{
    int fold = 0;
    Probabilities probabilities{};
};

enum class Folds { StratifiedByLabel, ByFile };

/// One out-of-fold prediction per row, in the order of the corpus' rows. folds is the
/// number of stratified folds (ignored for Folds::ByFile); assignment chooses how the rows
/// are dealt to them (0: in corpus order).
[[nodiscard]] std::vector<OutOfFold> crossValidate(const Corpus& corpus, Folds kind, int folds,
                                                   const Hyperparameters& hyper,
                                                   const std::string& scratchPath,
                                                   unsigned assignment = 0);

/// Stratified out-of-fold predictions averaged over `repeats` ways of dealing the rows to the
/// folds. The acute thresholds hang on the few highest scores of "none" messages; with one
/// dealing, a file added to the corpus moved every later row to another fold, and the decisive
/// score with it (the test part's acute reach moved by about twenty messages from one
/// retraining to the next). Averaged, one dealing's accident weighs less.
[[nodiscard]] std::vector<OutOfFold> crossValidateRepeated(const Corpus& corpus, int folds,
                                                           int repeats,
                                                           const Hyperparameters& hyper,
                                                           const std::string& scratchPath);

/// The threshold that at most share of scores reach: halfway between the highest score
/// that may reach it and the next (0 when all may).
[[nodiscard]] double thresholdAllowing(std::vector<double> scores, double share);

/// The probability from which the classifier raises a level.
struct Thresholds
{
    double acute = 1.0;   ///< P(acute) at or above: raise to acute
    double concern = 1.0; ///< P(concern) + P(acute) at or above: raise to concern
    /// P(acute) at or above: raise to acute a message the rules rated concern. Lower than
    /// acute: where the rules already see a risk, few "none" messages are left to fool it.
    double acuteOverConcern = 1.0;
    /// P(acute) at or above: raise to acute a message the rules rated none but found words
    /// of a crisis signal in (RulesRating::signalWords). Lower than acute: the "none"
    /// messages that read most like acute ones have none of those words.
    double acuteOverSignalWords = 1.0;
};

struct ThresholdPolicy
{
    /// Share of "none" messages whose out-of-fold score may reach the concern threshold.
    /// The target for rules and classifier together is at most 10 %, and the rules alone
    /// already rate a few per cent of unseen "none" messages as concern (1-5 % on each fresh
    /// tuning file before its misses were read), so the classifier gets 3 %.
    double noneRaisedToConcern = 0.03;
    /// Added, in log-odds, above the highest out-of-fold P(acute) of a "none" message:
    /// a new "none" message may well score a little higher than any of those seen.
    /// (Log-odds, because the scores crowd just below 1.) It was 1.0 while the corpus had a
    /// few hundred "none" messages; with 6,585 the highest of them is a steadier bound, and
    /// half that margin raised 21 more acute messages out of fold (of 622 the rules miss)
    /// and no more "none" ones (December 2026).
    double acuteLogOddsMargin = 0.5;
    /// Never raise to acute below this probability, whatever the folds say.
    double acuteFloor = 0.5;
    /// How many of the highest out-of-fold P(acute) of "none" messages the acute thresholds
    /// may stay below: one per this many "none" messages, rounded up, so that one or two
    /// messages a fold's model took for acute do not decide alone, and the allowance grows
    /// with the corpus instead of being spent by its first outlier. (t79's "Zabouchla jsem si
    /// dveře a klíče mám uvnitř. Sedím na schodech…" scored 0.999994 out of fold and pushed
    /// the threshold above what 1,751 instead of 2,577 out-of-fold acute messages reached;
    /// t89's "on mi právě napsal, že je před barákem, a já jsem v pyžamu hahaha" then scored
    /// 1.0 and made t79's decide again: 1,593 instead of 2,824.) The shipped model, which saw
    /// them, still rates no tuning "none" message acute: CorpusEval checks it.
    std::size_t noneMessagesPerAcuteOutlier = 2500;

    /// The outliers allowed among `noneMessages` scores: at least one.
    [[nodiscard]] std::size_t acuteOutliers(std::size_t noneMessages) const
    {
        return std::max<std::size_t>(1, (noneMessages + noneMessagesPerAcuteOutlier - 1) /
                                            noneMessagesPerAcuteOutlier);
    }
};

/// No "none" row but policy.acuteOutliers() reaches the acute threshold, none but as many of
/// those the rules rate concern (rules, one per row) the acute-over-concern threshold, none
/// but as many of those the rules rate none with words of a crisis signal the
/// acute-over-signal-words threshold, and at most policy.noneRaisedToConcern of them the
/// concern threshold. A context with no "none" row keeps the acute threshold.
[[nodiscard]] Thresholds chooseThresholds(const std::vector<TuningRow>& rows,
                                          const std::vector<OutOfFold>& predictions,
                                          const std::vector<RulesRating>& rules,
                                          const ThresholdPolicy& policy);

/// How boundary messages become findings: the likeliest label, when it is a rule and its
/// probability reaches the threshold.
struct FlagPolicy
{
    /// Share of "ok" messages whose out-of-fold likeliest rule may reach the threshold.
    /// The target is at most 10 % of ok messages flagged by rules and classifier together;
    /// the rules alone flag about 6 % of unseen ok messages, so the classifier gets 3 %.
    double okFlagged = 0.03;
    /// Never below one half: then no two rules can reach it at once.
    double floor = 0.5;
};

/// The probability of its likeliest label if that is not "ok" (label 0), else 0: what
/// the runtime compares with the threshold.
[[nodiscard]] double flagScore(const Probabilities& p);

[[nodiscard]] double chooseFlagThreshold(const Corpus& corpus,
                                         const std::vector<OutOfFold>& predictions,
                                         const FlagPolicy& policy);

/// P(concern) + P(acute): how much a message looks like concern or worse.
[[nodiscard]] inline double concernOrWorse(const Probabilities& p)
{
    return p[riskmodel::Concern] + p[riskmodel::Acute];
}

} // namespace kotva::trainer
