// The boundary classifiers: the built-in models load, their probabilities are fastText's own
// for the model files the build trained, damaged files are refused, and in the Analyzer
// they add a finding of a crossing the lexicons miss, never one the rules made already,
// and leave texts longer than their calibration to the rules.

#include "core/analysis/classifier/BoundaryClassifier.h"

#include "ClassifierTestSupport.h"
#include "RulesFixture.h"
#include "core/analysis/classifier/LabelModel.h"
#include "core/analysis/rules/BoundaryTexts.h"
#include "core/analysis/text/NormalisedText.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fasttext/fasttext.h>
#include <gtest/gtest.h>
#include <sstream>

namespace kotva {
namespace {

const BoundaryClassifier& builtIn()
{
    static const BoundaryClassifier classifier = [] {
        Result<BoundaryClassifier> loaded = BoundaryClassifier::builtIn();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return *loaded;
    }();
    return classifier;
}

QString roleName(Author author)
{
    return author == Author::Worker ? QStringLiteral("worker") : QStringLiteral("client");
}

QByteArray modelFile(Author author)
{
    return test::readAll(
        QStringLiteral(":/classifier/boundary-%1-classifier.bin").arg(roleName(author)));
}

QByteArray thresholdsFile(Author author)
{
    return test::readAll(
        QStringLiteral(":/classifier/boundary-%1-thresholds.json").arg(roleName(author)));
}

/// fastText's probabilities for the folded text, in the order of labels.
std::vector<double> fastTextPrediction(const ::fasttext::FastText& model, const QString& text,
                                       const QStringList& labels)
{
    std::istringstream line(NormalisedText(text).folded().trimmed().toStdString() + '\n');
    std::vector<std::pair<::fasttext::real, std::string>> predictions;
    model.predictLine(line, predictions, -1, 0.0);
    std::vector<double> p(std::size_t(labels.size()), 0.0);
    for (const auto& [probability, label] : predictions) {
        const qsizetype i = labels.indexOf(QString::fromStdString(label.substr(9)));
        if (i >= 0)
            p[std::size_t(i)] = double(probability) - 1e-5; // exp(log(p + 1e-5))
    }
    return p;
}

class BoundaryClassifierByRole : public ::testing::TestWithParam<Author>
{};

TEST_P(BoundaryClassifierByRole, BuiltInModelAndThresholdsLoad)
{
    const BoundaryClassifier::Thresholds& thresholds = builtIn().thresholds(GetParam());
    EXPECT_GE(thresholds.flag, 0.5);
    EXPECT_LE(thresholds.flag, 1.0);
    EXPECT_GT(thresholds.calibratedLength, 100) << "the tuning messages are a few sentences";
    const Result<LabelModel> model = LabelModel::parse(modelFile(GetParam()), QStringLiteral("m"));
    ASSERT_TRUE(model.has_value()) << model.error().toString().toStdString();
    // The labels are the rules the tuning corpus has messages of: guarantee (issue 14) has
    // none yet, so the classifiers never add it; the rules alone find it.
    EXPECT_EQ(model->labels().size(), 10) << "ok and the nine rules with training messages";
    EXPECT_EQ(model->labels().first(), QStringLiteral("ok"));
    for (const BoundaryRule rule : AllBoundaryRules) {
        if (rule != BoundaryRule::Guarantee) {
            EXPECT_TRUE(model->labels().contains(boundaryRuleName(rule)))
                << boundaryRuleName(rule).toStdString();
        }
    }
}

TEST_P(BoundaryClassifierByRole, PredictsWhatFastTextPredictsWithTheSameModel)
{
    const QString role = roleName(GetParam());
    ::fasttext::FastText fastText;
    fastText.loadModel(KOTVA_RISK_MODEL_DIR "/boundary-" + role.toStdString() + "-fasttext.bin");
    const Result<LabelModel> ours = LabelModel::parse(modelFile(GetParam()), QStringLiteral("m"));
    ASSERT_TRUE(ours.has_value());
    QStringList texts;
    for (const QString& path : test::tuningBoundaryFiles())
        for (const test::LabelledRow& row : test::readBoundaryTsv(path))
            if (row.role == role)
                texts << row.message;
    ASSERT_GT(texts.size(), 100);
    texts << test::awkwardTexts();
    double largest = 0;
    for (const QString& text : std::as_const(texts)) {
        const std::vector<double> p = ours->probabilities(NormalisedText(text));
        const std::vector<double> theirs = fastTextPrediction(fastText, text, ours->labels());
        ASSERT_EQ(p.size(), theirs.size());
        for (std::size_t label = 0; label < p.size(); ++label) {
            ASSERT_NEAR(p[label], theirs[label], 1e-5)
                << ours->labels().at(qsizetype(label)).toStdString() << ": " << text.toStdString();
            largest = std::max(largest, std::abs(p[label] - theirs[label]));
        }
    }
    std::printf("%s: %lld texts, largest difference from fastText %.2g\n", qPrintable(role),
                static_cast<long long>(texts.size()), largest);
}

TEST_P(BoundaryClassifierByRole, DamagedModelOrThresholdsAreRefused)
{
    const QByteArray model = modelFile(GetParam());
    const QByteArray thresholds = thresholdsFile(GetParam());
    const BoundaryClassifier::ModelFiles good{model, thresholds};
    ASSERT_TRUE(BoundaryClassifier::load(good, good).has_value());

    auto refused = [&](QByteArrayView badModel, QByteArrayView badThresholds) {
        const Result<BoundaryClassifier> loaded =
            BoundaryClassifier::load(good, {badModel, badThresholds});
        return !loaded.has_value() && loaded.error().code == ErrorCode::InvalidInput;
    };
    EXPECT_TRUE(refused(model.left(model.size() - 4), thresholds)) << "truncated";
    EXPECT_TRUE(refused(QByteArray(model + QByteArray(4, '\0')), thresholds)) << "trailing bytes";
    EXPECT_TRUE(refused(QByteArray("KLM1"), thresholds));
    EXPECT_TRUE(refused(QByteArray(), thresholds));
    // The first label's name ("ok") follows the 9 header fields and its length.
    QByteArray unknownLabel = model;
    ASSERT_EQ(unknownLabel.mid(38, 2), QByteArray("ok"));
    unknownLabel.replace(38, 2, "zz");
    EXPECT_TRUE(refused(unknownLabel, thresholds)) << "a label that is no rule";
    EXPECT_TRUE(refused(model, QByteArray("{\"flag\": 0.3, \"calibratedLength\": 200}")))
        << "below one half two rules could reach it";
    EXPECT_TRUE(refused(model, QByteArray("{\"flag\": 0.9}"))) << "no calibrated length";
    EXPECT_TRUE(refused(model, QByteArray("not json")));
}

INSTANTIATE_TEST_SUITE_P(Roles, BoundaryClassifierByRole,
                         ::testing::Values(Author::Worker, Author::Client),
                         [](const ::testing::TestParamInfo<Author>& role) {
                             return roleName(role.param).toStdString();
                         });

/// The findings of rules + classifier and of the rules alone.
struct BothFindings
{
    QList<BoundaryFinding> rules;
    QList<BoundaryFinding> both;
};

BothFindings findings(const QString& text, Author author)
{
    return {test::rulesAnalyzer().analyze(text, author).boundaries,
            test::classifierAnalyzer().analyze(text, author).boundaries};
}

TEST(BoundaryClassifierInAnalyzer, FlagsCrossingsTheLexiconsMiss)
{
    // From boundary-own.tsv; flagged out of fold too (boundary-*-cv.tsv), not only by the
    // model that saw them.
    const struct
    {
        Author author;
        BoundaryRule rule;
        QString text;
    } cases[] = {
        {Author::Worker, BoundaryRule::Medication,
         QStringLiteral("Kupte si v lékárně třezalku místo těch antidepresiv, je přírodní a "
                        "funguje úplně stejně.")},
        {Author::Client, BoundaryRule::PrivateContact,
         QStringLiteral("Můžu psát jen vám, na váš e-mail, ne do téhle aplikace?")},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text.toStdString());
        const BothFindings found = findings(c.text, c.author);
        EXPECT_TRUE(found.rules.isEmpty())
            << "the rules catch this one now: pick another wording they miss";
        ASSERT_EQ(found.both.size(), 1);
        const BoundaryFinding& finding = found.both.first();
        EXPECT_EQ(finding.rule, c.rule);
        EXPECT_EQ(finding.span, TextSpan{}) << "no words decided it";
        EXPECT_TRUE(finding.explanation.contains(BoundaryTexts::explanation(c.rule, c.author)))
            << "it explains the rule as the rules would";
        EXPECT_EQ(finding.suggestion, BoundaryTexts::suggestion(c.rule, c.author));
    }
}

TEST(BoundaryClassifierInAnalyzer, NeverRepeatsOrDropsWhatTheRulesFound)
{
    int added = 0;
    for (const QString& path : test::tuningBoundaryFiles()) {
        for (const test::LabelledRow& row : test::readBoundaryTsv(path)) {
            const Author author = row.role == u"worker" ? Author::Worker : Author::Client;
            const BothFindings found = findings(row.message, author);
            SCOPED_TRACE(row.origin.toStdString());
            ASSERT_GE(found.both.size(), found.rules.size());
            ASSERT_LE(found.both.size(), found.rules.size() + 1);
            for (qsizetype i = 0; i < found.rules.size(); ++i) {
                EXPECT_EQ(found.both.at(i).rule, found.rules.at(i).rule);
                EXPECT_EQ(found.both.at(i).span, found.rules.at(i).span);
            }
            if (found.both.size() == found.rules.size())
                continue;
            ++added;
            for (const BoundaryFinding& rule : found.rules)
                EXPECT_NE(rule.rule, found.both.last().rule);
        }
    }
    EXPECT_GT(added, 0);
}

TEST(BoundaryClassifierInAnalyzer, AddsNothingToAClientsMessageInAcuteDanger)
{
    // The client model never saw a message in danger; this one reads to it like a question
    // about medicines. The worker needs the crisis pane here, not the service's scope.
    const QString text = QStringLiteral("Ahoj, už nemůžu. Mám doma léky na spaní a dnes večer "
                                        "je všechny spolykám. Moje číslo je 777 123 456.");
    ASSERT_TRUE(builtIn().resemblance(NormalisedText(text), Author::Client).has_value())
        << "the client model no longer flags this one: pick another acute message it does";
    const Analysis analysis = test::classifierAnalyzer().analyze(text, Author::Client);
    EXPECT_EQ(analysis.crisis.level, RiskLevel::Acute);
    EXPECT_TRUE(analysis.boundaries.isEmpty());
}

TEST(BoundaryClassifierInAnalyzer, LeavesTextsLongerThanItsCalibrationToTheRules)
{
    const QString crossing = QStringLiteral("Kupte si v lékárně třezalku místo těch "
                                            "antidepresiv, je přírodní a funguje úplně stejně.");
    QString text;
    while (NormalisedText(text).folded().size() <=
           builtIn().thresholds(Author::Worker).calibratedLength)
        text += QStringLiteral("Děkuju, že jste napsala, a je dobře, že o tom mluvíte. ");
    text += crossing;
    EXPECT_TRUE(findings(text, Author::Worker).both.isEmpty());
    EXPECT_FALSE(findings(crossing, Author::Worker).both.isEmpty());
}

} // namespace
} // namespace kotva
