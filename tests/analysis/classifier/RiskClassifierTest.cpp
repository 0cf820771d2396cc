// The classifier on its own: the built-in model loads, its probabilities are fastText's
// own for the model file the build trained (same n-gram hashes, same rows), and damaged
// files are refused.

#include "core/analysis/classifier/RiskClassifier.h"

#include "ClassifierTestSupport.h"
#include "RulesFixture.h"
#include "core/analysis/text/NormalisedText.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fasttext/fasttext.h>
#include <gtest/gtest.h>
#include <sstream>

namespace kotva {
namespace {

const RiskClassifier& builtIn()
{
    static const RiskClassifier classifier = [] {
        Result<RiskClassifier> loaded = RiskClassifier::builtIn();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return *loaded;
    }();
    return classifier;
}

/// fastText's prediction for the folded text, with its own code and the model file.
RiskClassifier::Probabilities fastTextPrediction(const ::fasttext::FastText& model,
                                                 const QString& text)
{
    std::istringstream line(NormalisedText(text).folded().trimmed().toStdString() + '\n');
    std::vector<std::pair<::fasttext::real, std::string>> predictions;
    model.predictLine(line, predictions, -1, 0.0);
    RiskClassifier::Probabilities p{};
    for (const auto& [probability, label] : predictions) {
        // predictLine gives exp(log(p + 1e-5)).
        const double value = double(probability) - 1e-5;
        if (label == "__label__none")
            p[riskmodel::None] = value;
        else if (label == "__label__concern")
            p[riskmodel::Concern] = value;
        else if (label == "__label__acute")
            p[riskmodel::Acute] = value;
    }
    return p;
}

TEST(RiskClassifier, BuiltInModelAndThresholdsLoad)
{
    const RiskClassifier::Thresholds& thresholds = builtIn().thresholds();
    EXPECT_GT(thresholds.acute, 0.5);
    EXPECT_LE(thresholds.acute, 1.0);
    EXPECT_GT(thresholds.concern, 0.0);
    EXPECT_LE(thresholds.concern, 1.0);
    EXPECT_GT(thresholds.calibratedLength, 100) << "the tuning messages are a few sentences";
    const RiskClassifier::Probabilities p =
        builtIn().probabilities(NormalisedText(QStringLiteral("Dobrý den")));
    EXPECT_NEAR(p[0] + p[1] + p[2], 1.0, 1e-9);
}

TEST(RiskClassifier, PredictsWhatFastTextPredictsWithTheSameModel)
{
    ::fasttext::FastText model;
    model.loadModel(KOTVA_RISK_MODEL_DIR "/risk-fasttext.bin");
    QStringList texts;
    for (const QString& path : test::tuningRiskFiles())
        for (const test::LabelledRow& row : test::readRiskTsv(path))
            texts << row.message;
    ASSERT_GT(texts.size(), 100);
    texts << test::awkwardTexts();
    double largest = 0;
    for (const QString& text : std::as_const(texts)) {
        const RiskClassifier::Probabilities ours = builtIn().probabilities(NormalisedText(text));
        const RiskClassifier::Probabilities theirs = fastTextPrediction(model, text);
        for (int label = 0; label < riskmodel::LabelCount; ++label) {
            ASSERT_NEAR(ours[label], theirs[label], 1e-5)
                << "label " << label << ": " << text.toStdString();
            largest = std::max(largest, std::abs(ours[label] - theirs[label]));
        }
    }
    std::printf("%lld texts, largest difference from fastText %.2g\n",
                static_cast<long long>(texts.size()), largest);
}

TEST(RiskClassifier, ResemblanceFollowsTheThresholds)
{
    const RiskClassifier& c = builtIn();
    const double acute = c.thresholds().acute;
    const double concern = c.thresholds().concern;
    const double belowAcute = std::nextafter(acute, 0.0);
    const double belowConcern = std::nextafter(concern, 0.0);
    EXPECT_EQ(c.resemblance({1 - acute, 0, acute}), RiskLevel::Acute);
    // Below the acute threshold, P(acute) still counts towards concern.
    EXPECT_EQ(c.resemblance({0, 1 - belowAcute, belowAcute}), RiskLevel::Concern);
    EXPECT_EQ(c.resemblance({1 - concern, concern, 0}), RiskLevel::Concern);
    EXPECT_EQ(c.resemblance({1 - belowConcern, belowConcern / 2, belowConcern / 2}),
              RiskLevel::None);
    EXPECT_EQ(c.resemblance({1, 0, 0}), RiskLevel::None);
}

TEST(RiskClassifier, AConcernOfTheRulesNeedsLessToBeRaisedToAcute)
{
    const RiskClassifier& c = builtIn();
    const double overConcern = c.thresholds().acuteOverConcern;
    ASSERT_LT(overConcern, c.thresholds().acute)
        << "the tuning corpus has few none messages the rules rate concern";
    const RiskClassifier::Probabilities between{0, 1 - overConcern, overConcern};
    EXPECT_EQ(c.resemblance(between, RiskLevel::Concern), RiskLevel::Acute);
    EXPECT_EQ(c.resemblance(between, RiskLevel::None), RiskLevel::Concern)
        << "without a signal of the rules, only the acute threshold raises to acute";
    const double below = std::nextafter(overConcern, 0.0);
    EXPECT_EQ(c.resemblance({0, 1 - below, below}, RiskLevel::Concern), RiskLevel::Concern);
}

TEST(RiskClassifier, WordsOfACrisisSignalNeedLessToBeRaisedToAcute)
{
    const RiskClassifier& c = builtIn();
    const double overSignals = c.thresholds().acuteOverSignalWords;
    ASSERT_LT(overSignals, c.thresholds().acute)
        << "the none messages that read most like acute ones have no words of a signal";
    const RiskClassifier::Probabilities between{0, 1 - overSignals, overSignals};
    constexpr bool SignalWords = true;
    EXPECT_EQ(c.resemblance(between, RiskLevel::None, SignalWords), RiskLevel::Acute);
    EXPECT_EQ(c.resemblance(between, RiskLevel::None, !SignalWords), RiskLevel::Concern)
        << "a message with no word of a crisis signal needs the acute threshold";
    const double below = std::nextafter(overSignals, 0.0);
    EXPECT_EQ(c.resemblance({0, 1 - below, below}, RiskLevel::None, SignalWords),
              RiskLevel::Concern);
}

TEST(RiskClassifier, DamagedModelOrThresholdsAreRefused)
{
    const QByteArray model = test::readAll(QStringLiteral(":/classifier/risk-classifier.bin"));
    const QByteArray thresholds =
        test::readAll(QStringLiteral(":/classifier/risk-thresholds.json"));
    ASSERT_TRUE(RiskClassifier::load(model, thresholds).has_value());

    const Result<RiskClassifier> truncated =
        RiskClassifier::load(model.left(model.size() - 4), thresholds);
    ASSERT_FALSE(truncated.has_value());
    EXPECT_EQ(truncated.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(RiskClassifier::load(QByteArray("KRM1"), thresholds).has_value());
    EXPECT_FALSE(RiskClassifier::load(QByteArray(), thresholds).has_value());
    EXPECT_FALSE(RiskClassifier::load(model, QByteArray("{\"acute\": 1.5}")).has_value());
    EXPECT_FALSE(
        RiskClassifier::load(model, QByteArray("{\"acute\": 0.9, \"concern\": 0.5}")).has_value())
        << "no calibrated length";
    EXPECT_FALSE(RiskClassifier::load(model, QByteArray("not json")).has_value());
    EXPECT_FALSE(RiskClassifier::load(model, QByteArray("{\"acute\": 0.9, \"concern\": 0.5, "
                                                        "\"acuteOverConcern\": 0.95, "
                                                        "\"calibratedLength\": 500}"))
                     .has_value())
        << "a concern of the rules never needs more than the acute threshold";
    EXPECT_FALSE(RiskClassifier::load(model, QByteArray("{\"acute\": 0.9, \"concern\": 0.5, "
                                                        "\"acuteOverSignalWords\": 0.95, "
                                                        "\"calibratedLength\": 500}"))
                     .has_value())
        << "words of a signal never need more than the acute threshold";
    EXPECT_TRUE(RiskClassifier::load(model, QByteArray("{\"acute\": 0.9, \"concern\": 0.5, "
                                                       "\"calibratedLength\": 500}"))
                    .has_value())
        << "thresholds from before acuteOverConcern still load";
}

} // namespace
} // namespace kotva
