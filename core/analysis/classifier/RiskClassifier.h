#pragma once

// The statistical safety net of the crisis assessment: a fastText classifier over the
// folded words and their character n-grams, trained at build time on the tuning corpus
// (tools/risk_trainer). It catches paraphrases the lexicons miss. It may only raise the
// level the rules gave, never lower it, and it names no words: its finding is that the
// wording resembles messages of a level (SignalKind::Resembles…, with an empty span).
//
// Thresholds come from cross-validation on the tuning corpus, not from the training
// predictions: no "none" message reached the acute threshold out of fold, and about 3 %
// reached the concern threshold (see risk-thresholds.json beside the model). A message the
// rules rated concern needs less to be raised to acute: no "none" message the rules rate
// concern reached that lower threshold, and where the rules already see a risk, a message
// that also reads like an acute one mostly is ("Lehla jsem si do sněhu a zpátky nepůjdu").
// So does a message the rules rated none but where they found words of a crisis signal
// (CrisisAssessment::signalWords: a goodbye, a dose, a threat that decided nothing): the
// "none" messages that read most like acute ones have none of those words ("on mi právě
// napsal, že je před barákem"), so among those that have them the bar is lower.
// The thresholds hold for messages as long as the corpus' (a few sentences): fastText
// averages its features over the whole text, and on longer texts about the topic (the seed
// documents in 2 KB pieces) a fifth reached the concern threshold. Longer messages are left
// to the rules.

#include "core/analysis/Findings.h"
#include "core/analysis/classifier/RiskModel.h"
#include "core/common/Error.h"

#include <QByteArrayView>

#include <array>
#include <memory>

namespace kotva {

class NormalisedText;

class RiskClassifier final
{
public:
    struct Thresholds
    {
        double acute = 1.0;   ///< P(acute) from this on resembles acute
        double concern = 1.0; ///< P(concern) + P(acute) from this on resembles concern
        /// P(acute) from this on resembles acute where the rules found a concern: no
        /// "none" message the rules rate concern reached it out of fold. At most acute.
        double acuteOverConcern = 1.0;
        /// P(acute) from this on resembles acute where the rules found words of a crisis
        /// signal but decided no level (CrisisAssessment::signalWords): no "none" message
        /// like that reached it out of fold. At most acute.
        double acuteOverSignalWords = 1.0;
        /// The longest folded text (NormalisedText::folded().size()) they were chosen on.
        qsizetype calibratedLength = 0;
    };
    /// Indexed by riskmodel::Label (None, Concern, Acute).
    using Probabilities = std::array<double, riskmodel::LabelCount>;

    /// The model and thresholds built into Kotva (":/classifier/").
    [[nodiscard]] static Result<RiskClassifier> builtIn();
    /// A model file's bytes (RiskModelFormat.h) and its thresholds JSON.
    [[nodiscard]] static Result<RiskClassifier> load(QByteArrayView model,
                                                     QByteArrayView thresholdsJson);

    /// fastText's prediction for the text's folded words. Const, thread-safe, no I/O.
    [[nodiscard]] Probabilities probabilities(const NormalisedText& text) const;
    /// The level such probabilities resemble (None when no threshold is reached), for a
    /// text the rules rated rulesLevel, with or without words of a crisis signal.
    [[nodiscard]] RiskLevel resemblance(const Probabilities& probabilities,
                                        RiskLevel rulesLevel = RiskLevel::None,
                                        bool signalWords = false) const;
    /// Raises assessment to the level the wording resembles when that is higher, adding
    /// the matching Resembles… signal (empty span) after the rules' signals. Never lowers
    /// it; does nothing when it is acute already or the text is longer than the thresholds
    /// were calibrated for.
    void raise(const NormalisedText& text, CrisisAssessment& assessment) const;

    [[nodiscard]] const Thresholds& thresholds() const { return m_thresholds; }

private:
    RiskClassifier(std::shared_ptr<const RiskModel> model, Thresholds thresholds);

    std::shared_ptr<const RiskModel> m_model;
    Thresholds m_thresholds;
};

} // namespace kotva
