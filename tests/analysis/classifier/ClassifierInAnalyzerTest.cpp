// The classifiers inside the Analyzer: the risk classifier only ever raises the level the
// rules gave a client's message, keeps every finding of the rules, leaves worker drafts
// alone, and catches a clearly acute paraphrase from the tuning corpus that the lexicons
// miss; the boundary classifier only ever adds a finding.

#include "RulesFixture.h"
#include "core/analysis/classifier/RiskClassifier.h"
#include "core/analysis/text/NormalisedText.h"
#include "tests/support/TestPaths.h"

#include <QDir>

#include <gtest/gtest.h>

namespace kotva {
namespace {

bool isResemblance(SignalKind kind)
{
    return kind == SignalKind::ResemblesConcern || kind == SignalKind::ResemblesAcute;
}

QStringList corpusMessages()
{
    QStringList messages;
    QStringList files = test::tuningRiskFiles();
    files << QDir(test::sharedDir()).filePath(QStringLiteral("eval/risk-dev.tsv"));
    for (const QString& path : std::as_const(files))
        for (const test::LabelledRow& row : test::readRiskTsv(path))
            messages << row.message;
    return messages;
}

TEST(ClassifierInAnalyzer, BothAnalyzersCanBeCreated)
{
    EXPECT_FALSE(test::rulesAnalyzer().hasClassifier());
    EXPECT_TRUE(test::classifierAnalyzer().hasClassifier());
    const Result<Analyzer> byDefault = Analyzer::create();
    ASSERT_TRUE(byDefault.has_value()) << byDefault.error().toString().toStdString();
    EXPECT_TRUE(byDefault->hasClassifier()) << "the app and the CLI run with the classifier";
}

TEST(ClassifierInAnalyzer, NeverLowersTheRulesLevelAndKeepsTheirFindings)
{
    const QStringList messages = corpusMessages();
    ASSERT_GT(messages.size(), 100);
    int raised = 0;
    for (const QString& message : messages) {
        const Analysis rules = test::rulesAnalyzer().analyze(message, Author::Client);
        const Analysis both = test::classifierAnalyzer().analyze(message, Author::Client);
        SCOPED_TRACE(message.toStdString());
        ASSERT_GE(both.crisis.level, rules.crisis.level);
        // The boundary classifier may add one finding of a rule the rules did not find,
        // after theirs and without words.
        ASSERT_GE(both.boundaries.size(), rules.boundaries.size());
        ASSERT_LE(both.boundaries.size(), rules.boundaries.size() + 1);
        for (qsizetype i = 0; i < rules.boundaries.size(); ++i) {
            EXPECT_EQ(both.boundaries.at(i).rule, rules.boundaries.at(i).rule);
            EXPECT_EQ(both.boundaries.at(i).span, rules.boundaries.at(i).span);
        }
        if (both.boundaries.size() > rules.boundaries.size()) {
            EXPECT_EQ(both.boundaries.last().span, TextSpan{});
            for (const BoundaryFinding& found : rules.boundaries)
                EXPECT_NE(found.rule, both.boundaries.last().rule);
        }
        EXPECT_EQ(both.pii.size(), rules.pii.size());
        EXPECT_EQ(both.redacted, rules.redacted);
        ASSERT_GE(both.crisis.signals.size(), rules.crisis.signals.size());
        for (qsizetype i = 0; i < rules.crisis.signals.size(); ++i) {
            EXPECT_EQ(both.crisis.signals.at(i).kind, rules.crisis.signals.at(i).kind);
            EXPECT_EQ(both.crisis.signals.at(i).span, rules.crisis.signals.at(i).span);
        }
        if (both.crisis.level == rules.crisis.level) {
            EXPECT_EQ(both.crisis.signals.size(), rules.crisis.signals.size());
            continue;
        }
        // Raised: exactly one more signal, naming the new level, pointing at no words.
        ++raised;
        ASSERT_EQ(both.crisis.signals.size(), rules.crisis.signals.size() + 1);
        const CrisisSignal& added = both.crisis.signals.last();
        EXPECT_EQ(added.kind, both.crisis.level == RiskLevel::Acute ? SignalKind::ResemblesAcute
                                                                    : SignalKind::ResemblesConcern);
        EXPECT_EQ(added.span, TextSpan{});
    }
    EXPECT_GT(raised, 0) << "the classifier never raised anything on its own training corpus";
}

TEST(ClassifierInAnalyzer, LeavesWorkerDraftsAlone)
{
    for (const QString& message : corpusMessages()) {
        const Analysis rules = test::rulesAnalyzer().analyze(message, Author::Worker);
        const Analysis both = test::classifierAnalyzer().analyze(message, Author::Worker);
        ASSERT_EQ(both.crisis.level, rules.crisis.level) << message.toStdString();
        for (const CrisisSignal& signal : both.crisis.signals)
            EXPECT_FALSE(isResemblance(signal.kind)) << message.toStdString();
    }
}

TEST(ClassifierInAnalyzer, RaisesAClearlyAcuteParaphraseTheLexiconsMiss)
{
    // risk-writer-t33.tsv: "it" done half an hour ago, feeling strange and cold hands, in
    // words no lexicon entry joins into a frame.
    // It is raised out of fold as well (risk-cv.tsv), not only by the model that saw it.
    const QString message =
        QStringLiteral("jo uz jsem to udelal, pred pul hodinou. citim se divne a ruce mam studeny");
    const CrisisAssessment rules = test::rulesAnalyzer().analyze(message, Author::Client).crisis;
    EXPECT_LT(rules.level, RiskLevel::Acute)
        << "the rules catch this one now: pick another paraphrase they miss";
    const CrisisAssessment both =
        test::classifierAnalyzer().analyze(message, Author::Client).crisis;
    EXPECT_EQ(both.level, RiskLevel::Acute);
    ASSERT_FALSE(both.signals.isEmpty());
    EXPECT_EQ(both.signals.last().kind, SignalKind::ResemblesAcute);
    EXPECT_EQ(both.signals.last().span, TextSpan{});
}

TEST(ClassifierInAnalyzer, LeavesMessagesLongerThanItsCalibrationToTheRules)
{
    // The same paraphrase after everyday chatter that makes the message longer than any
    // the thresholds were chosen on: the rules alone decide.
    const QString paraphrase =
        QStringLiteral("Mám to tady všechno nachystaný, prášky, dopis, zamčený dveře. Jen jsem "
                       "chtěla, aby to někdo věděl.");
    QString message;
    while (NormalisedText(message).folded().size() <=
           RiskClassifier::builtIn()->thresholds().calibratedLength)
        message += QStringLiteral("Ráno jsem byla nakoupit a pak jsme s mámou vařily oběd. ");
    message += paraphrase;
    EXPECT_EQ(test::classifierAnalyzer().analyze(message, Author::Client).crisis.level,
              test::rulesAnalyzer().analyze(message, Author::Client).crisis.level);
    EXPECT_EQ(test::classifierAnalyzer().analyze(paraphrase, Author::Client).crisis.level,
              RiskLevel::Acute);
}

} // namespace
} // namespace kotva
