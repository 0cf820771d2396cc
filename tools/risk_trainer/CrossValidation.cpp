#include "CrossValidation.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>

namespace kotva::trainer {

std::vector<OutOfFold> crossValidate(const Corpus& corpus, Folds kind, int folds,
                                     const Hyperparameters& hyper, const std::string& scratchPath,
                                     unsigned assignment)
{
    const std::vector<TuningRow>& rows = corpus.rows;
    std::vector<OutOfFold> predictions(rows.size());
    std::vector<int> seen(corpus.labels.size(), 0);
    if (kind == Folds::ByFile)
        folds = 0;
    // Assignment 0 deals each label's rows to the folds in corpus order; another assignment
    // deals them in an order shuffled with it as the seed.
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    if (assignment != 0)
        std::shuffle(order.begin(), order.end(), std::mt19937(assignment));
    for (const std::size_t i : order) {
        if (kind == Folds::ByFile) {
            predictions[i].fold = rows[i].file;
            folds = std::max(folds, rows[i].file + 1);
        } else {
            predictions[i].fold = seen[std::size_t(rows[i].label)]++ % folds;
        }
    }

    for (int fold = 0; fold < folds; ++fold) {
        std::vector<TuningRow> training;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (predictions[i].fold != fold)
                training.push_back(rows[i]);
        }
        if (training.empty() || training.size() == rows.size())
            continue; // a file number without rows
        const FastTextModel model(shuffled(std::move(training), unsigned(hyper.seed)),
                                  corpus.labels, hyper, scratchPath);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (predictions[i].fold == fold)
                predictions[i].probabilities = model.predict(rows[i].folded);
        }
    }
    return predictions;
}

std::vector<OutOfFold> crossValidateRepeated(const Corpus& corpus, int folds, int repeats,
                                             const Hyperparameters& hyper,
                                             const std::string& scratchPath)
{
    std::vector<OutOfFold> mean =
        crossValidate(corpus, Folds::StratifiedByLabel, folds, hyper, scratchPath, 0);
    for (int repeat = 1; repeat < repeats; ++repeat) {
        const std::vector<OutOfFold> more = crossValidate(corpus, Folds::StratifiedByLabel, folds,
                                                          hyper, scratchPath, unsigned(repeat));
        for (std::size_t i = 0; i < mean.size(); ++i)
            for (std::size_t k = 0; k < mean[i].probabilities.size(); ++k)
                mean[i].probabilities[k] += more[i].probabilities[k];
    }
    for (OutOfFold& prediction : mean)
        for (double& p : prediction.probabilities)
            p /= repeats;
    return mean;
}

namespace {

/// The margin above the highest of scores but policy.acuteOutliers() (see ThresholdPolicy),
/// never below the floor; the floor itself when there are no scores.
double aboveAll(std::vector<double> scores, const ThresholdPolicy& policy)
{
    if (scores.empty())
        return policy.acuteFloor;
    std::ranges::sort(scores, std::greater<>());
    const std::size_t decisive = std::min(policy.acuteOutliers(scores.size()), scores.size() - 1);
    const double highest = std::clamp(scores[decisive], 1e-9, 1 - 1e-9);
    const double logOdds = std::log(highest / (1 - highest)) + policy.acuteLogOddsMargin;
    return std::max(policy.acuteFloor, 1 / (1 + std::exp(-logOdds)));
}

} // namespace

Thresholds chooseThresholds(const std::vector<TuningRow>& rows,
                            const std::vector<OutOfFold>& predictions,
                            const std::vector<RulesRating>& rules, const ThresholdPolicy& policy)
{
    std::vector<double> noneAcute;
    std::vector<double> noneAcuteOverConcern;
    std::vector<double> noneAcuteOverSignalWords;
    std::vector<double> noneConcern;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].label != riskmodel::None)
            continue;
        const double acute = predictions[i].probabilities[riskmodel::Acute];
        noneAcute.push_back(acute);
        if (rules[i].level == RiskLevel::Concern)
            noneAcuteOverConcern.push_back(acute);
        else if (rules[i].level == RiskLevel::None && rules[i].signalWords)
            noneAcuteOverSignalWords.push_back(acute);
        noneConcern.push_back(concernOrWorse(predictions[i].probabilities));
    }
    Thresholds thresholds;
    if (noneAcute.empty())
        return thresholds; // nothing to calibrate on: never raise
    thresholds.acute = aboveAll(std::move(noneAcute), policy);
    // A context in which no "none" message fell says nothing about how low its bar may be:
    // it keeps the bar of all contexts, never the floor.
    auto inContext = [&](std::vector<double> scores) {
        return scores.empty() ? thresholds.acute
                              : std::min(thresholds.acute, aboveAll(std::move(scores), policy));
    };
    thresholds.acuteOverConcern = inContext(std::move(noneAcuteOverConcern));
    thresholds.acuteOverSignalWords = inContext(std::move(noneAcuteOverSignalWords));
    thresholds.concern = thresholdAllowing(std::move(noneConcern), policy.noneRaisedToConcern);
    return thresholds;
}

double thresholdAllowing(std::vector<double> scores, double share)
{
    if (scores.empty())
        return 1.0;
    // Scores from the highest down; `allowed` of them may reach the threshold, so it lies
    // halfway between the allowed-th and the next one.
    std::ranges::sort(scores, std::greater<>());
    const auto allowed = std::size_t(share * double(scores.size()));
    if (allowed >= scores.size())
        return 0.0;
    const double firstKept = scores[allowed];
    const double lastRaised = allowed == 0 ? 1.0 : scores[allowed - 1];
    const double threshold = (firstKept + lastRaised) / 2;
    // Equal scores: stay above the first kept one.
    return threshold <= firstKept ? std::nextafter(firstKept, 2.0) : threshold;
}

double flagScore(const Probabilities& p)
{
    const auto likeliest = std::ranges::max_element(p);
    return likeliest == p.begin() ? 0.0 : *likeliest;
}

double chooseFlagThreshold(const Corpus& corpus, const std::vector<OutOfFold>& predictions,
                           const FlagPolicy& policy)
{
    std::vector<double> ok;
    for (std::size_t i = 0; i < corpus.rows.size(); ++i) {
        if (corpus.rows[i].label == 0)
            ok.push_back(flagScore(predictions[i].probabilities));
    }
    return std::clamp(thresholdAllowing(std::move(ok), policy.okFlagged), policy.floor, 1.0);
}

} // namespace kotva::trainer
