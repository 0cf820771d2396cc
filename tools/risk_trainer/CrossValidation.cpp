#include "CrossValidation.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace kotva::trainer {

std::vector<OutOfFold> crossValidate(const std::vector<TuningRow>& rows, int folds,
                                     const Hyperparameters& hyper, const std::string& scratchPath)
{
    std::vector<OutOfFold> predictions(rows.size());
    int seen[riskmodel::LabelCount] = {};
    for (std::size_t i = 0; i < rows.size(); ++i)
        predictions[i].fold = seen[rows[i].label]++ % folds;

    for (int fold = 0; fold < folds; ++fold) {
        std::vector<TuningRow> training;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (predictions[i].fold != fold)
                training.push_back(rows[i]);
        }
        const FastTextModel model(shuffled(std::move(training), unsigned(hyper.seed)), hyper,
                                  scratchPath);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (predictions[i].fold == fold)
                predictions[i].probabilities = model.predict(rows[i].folded);
        }
    }
    return predictions;
}

Thresholds chooseThresholds(const std::vector<TuningRow>& rows,
                            const std::vector<OutOfFold>& predictions,
                            const ThresholdPolicy& policy)
{
    std::vector<double> noneAcute;
    std::vector<double> noneConcern;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].label != riskmodel::None)
            continue;
        noneAcute.push_back(predictions[i].probabilities[riskmodel::Acute]);
        noneConcern.push_back(concernOrWorse(predictions[i].probabilities));
    }
    Thresholds thresholds;
    if (noneAcute.empty())
        return thresholds; // nothing to calibrate on: never raise
    const double highest = std::clamp(std::ranges::max(noneAcute), 1e-9, 1 - 1e-9);
    const double logOdds = std::log(highest / (1 - highest)) + policy.acuteLogOddsMargin;
    thresholds.acute = std::max(policy.acuteFloor, 1 / (1 + std::exp(-logOdds)));

    // Scores from the highest down; `allowed` of them may reach the threshold, so it lies
    // halfway between the allowed-th and the next one.
    std::ranges::sort(noneConcern, std::greater<>());
    const auto allowed = std::size_t(policy.noneRaisedToConcern * double(noneConcern.size()));
    const double firstKept = noneConcern[allowed < noneConcern.size() ? allowed : 0];
    const double lastRaised = allowed == 0 ? 1.0 : noneConcern[allowed - 1];
    thresholds.concern = allowed >= noneConcern.size() ? 0.0 : (firstKept + lastRaised) / 2;
    if (thresholds.concern <= firstKept) // equal scores: stay above the first kept one
        thresholds.concern = std::nextafter(firstKept, 2.0);
    return thresholds;
}

} // namespace kotva::trainer
