// Scores the labelled sets against the targets of ../shared/eval/README.md: the
// development sets and this folder's own held-out sets (data/*.tsv, written for these
// tests and not listed in the lexicons). Prints precision and recall per class and rule,
// and every risk set's scores with and without the risk classifier (the risk-own sets
// are part of its training corpus: ClassifierEvalTest.cpp has the out-of-fold figures).

#include "RiskScoring.h"
#include "RulesFixture.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QMap>
#include <QSet>

#include <cstdio>
#include <gtest/gtest.h>

namespace kotva {
namespace {

using test::ClassCounts;
using test::LabelledRow;
using test::RiskScore;

void scoreRisk(const QString& set, const QList<LabelledRow>& rows)
{
    ASSERT_FALSE(rows.isEmpty()) << qPrintable(set);
    for (const LabelledRow& row : rows) {
        EXPECT_TRUE(row.label == u"none" || row.label == u"concern" || row.label == u"acute")
            << qPrintable(row.origin);
    }
    const Analyzer& rules = test::rulesAnalyzer();
    const Analyzer& withClassifier = test::classifierAnalyzer();
    const RiskScore rulesScore = test::scoreRows(rows, [&](const LabelledRow& row) {
        const RiskLevel level = rules.analyze(row.message, Author::Client).crisis.level;
        if (riskLevelName(level) != row.label)
            std::printf("[%s] %s: labelled %s, rated %s: %s\n", qPrintable(set),
                        qPrintable(row.origin), qPrintable(row.label),
                        qPrintable(riskLevelName(level)), qPrintable(row.message));
        return level;
    });
    const RiskScore classifierScore = test::scoreRows(rows, [&](const LabelledRow& row) {
        const RiskLevel level = withClassifier.analyze(row.message, Author::Client).crisis.level;
        const RiskLevel rulesLevel = rules.analyze(row.message, Author::Client).crisis.level;
        if (level != rulesLevel)
            std::printf("[%s] %s: labelled %s, the classifier raised %s to %s: %s\n",
                        qPrintable(set), qPrintable(row.origin), qPrintable(row.label),
                        qPrintable(riskLevelName(rulesLevel)), qPrintable(riskLevelName(level)),
                        qPrintable(row.message));
        return level;
    });
    test::printClassCounts(set, rulesScore.counts);
    test::printSummary(set, QStringLiteral("rules"), rulesScore);
    test::printSummary(set, QStringLiteral("rules + classifier"), classifierScore);
    // The app runs with the classifier: both must meet the targets.
    for (const RiskScore& score : {rulesScore, classifierScore}) {
        EXPECT_EQ(score.acuteHit, score.acute) << "every acute message must be rated acute";
        EXPECT_GE(score.concernHit, 0.95 * score.concern)
            << "at least 95 % of concern must be rated concern or higher";
        EXPECT_EQ(score.noneAcute, 0) << "no none message may be rated acute";
        EXPECT_LE(score.noneConcern, 0.10 * score.none)
            << "at most 10 % of none may be rated concern";
    }
}

void scoreBoundary(const QString& set, const QList<LabelledRow>& rows)
{
    ASSERT_FALSE(rows.isEmpty()) << qPrintable(set);
    const Analyzer& analyzer = test::rulesAnalyzer();
    QMap<QString, ClassCounts> counts;
    int ruleRows = 0, ruleHits = 0, okRows = 0, okFlagged = 0;
    for (const LabelledRow& row : rows) {
        ASSERT_TRUE(row.role == QLatin1String("worker") || row.role == QLatin1String("client"))
            << qPrintable(row.origin);
        const Author author = row.role == QLatin1String("worker") ? Author::Worker : Author::Client;
        QSet<QString> found;
        for (const BoundaryFinding& finding : analyzer.analyze(row.message, author).boundaries) {
            found.insert(boundaryRuleName(finding.rule));
            EXPECT_FALSE(finding.explanation.isEmpty()) << qPrintable(row.origin);
            if (author == Author::Client) {
                EXPECT_FALSE(finding.suggestion.isEmpty()) << qPrintable(row.origin);
            }
        }
        const bool ok = row.label == QLatin1String("ok");
        if (ok) {
            ++okRows;
            okFlagged += !found.isEmpty();
        } else {
            ++ruleRows;
            ruleHits += found.contains(row.label);
            ++(found.contains(row.label) ? counts[row.label].truePositive
                                         : counts[row.label].falseNegative);
        }
        for (const QString& rule : std::as_const(found))
            if (rule != row.label)
                ++counts[rule].falsePositive;
        if (ok ? !found.isEmpty() : !found.contains(row.label) || found.size() > 1)
            std::printf("[%s] %s: %s %s, found {%s}: %s\n", qPrintable(set), qPrintable(row.origin),
                        qPrintable(row.role), qPrintable(row.label),
                        qPrintable(QStringList(found.cbegin(), found.cend()).join(u',')),
                        qPrintable(row.message));
    }
    test::printClassCounts(set, counts);
    std::printf("[%s] rule messages with their rule %d/%d; ok messages flagged %d/%d\n",
                qPrintable(set), ruleHits, ruleRows, okFlagged, okRows);
    EXPECT_GE(ruleHits, 0.90 * ruleRows) << "at least 90 % of rule messages must get their rule";
    EXPECT_LE(okFlagged, 0.10 * okRows) << "at most 10 % of ok messages may be flagged";
}

QString ownData(const QString& file)
{
    return QDir(test::sourceDir()).filePath(QStringLiteral("tests/analysis/rules/data/") + file);
}

TEST(RulesEval, DevelopmentRiskSetMeetsTargets)
{
    scoreRisk(
        QStringLiteral("risk-dev"),
        test::readRiskTsv(QDir(test::sharedDir()).filePath(QStringLiteral("eval/risk-dev.tsv"))));
}

TEST(RulesEval, DevelopmentBoundarySetMeetsTargets)
{
    scoreBoundary(QStringLiteral("boundary-dev"),
                  test::readBoundaryTsv(
                      QDir(test::sharedDir()).filePath(QStringLiteral("eval/boundary-dev.tsv"))));
}

TEST(RulesEval, HeldOutRiskSetMeetsTargets)
{
    scoreRisk(QStringLiteral("risk-own"),
              test::readRiskTsv(ownData(QStringLiteral("risk-own.tsv"))));
}

TEST(RulesEval, HeldOutBoundarySetMeetsTargets)
{
    scoreBoundary(QStringLiteral("boundary-own"),
                  test::readBoundaryTsv(ownData(QStringLiteral("boundary-own.tsv"))));
}

TEST(RulesEval, SecondHeldOutRiskSetMeetsTargets)
{
    scoreRisk(QStringLiteral("risk-own2"),
              test::readRiskTsv(ownData(QStringLiteral("risk-own2.tsv"))));
}

TEST(RulesEval, SecondHeldOutBoundarySetMeetsTargets)
{
    scoreBoundary(QStringLiteral("boundary-own2"),
                  test::readBoundaryTsv(ownData(QStringLiteral("boundary-own2.tsv"))));
}

TEST(RulesEval, ProbeRiskSetMeetsTargets)
{
    scoreRisk(QStringLiteral("risk-own3"),
              test::readRiskTsv(ownData(QStringLiteral("risk-own3.tsv"))));
}

TEST(RulesEval, ProbeBoundarySetMeetsTargets)
{
    scoreBoundary(QStringLiteral("boundary-own3"),
                  test::readBoundaryTsv(ownData(QStringLiteral("boundary-own3.tsv"))));
}

// Written from the labelling guide and the classes the analysis missed (secrecy no matter
// what, telling others about the client, therapy techniques, deciding for the client,
// penalties, school and names, channels), by a writer who did not see the lexicons.
TEST(RulesEval, TuningBoundaryWriterSetMeetsTargets)
{
    scoreBoundary(QStringLiteral("boundary-writer-t3"),
                  test::readBoundaryTsv(QDir(test::sourceDir())
                                            .filePath(QStringLiteral(
                                                "tests/data/eval/tuning/boundary-writer-t3.tsv"))));
}

// Written by a further writer who saw only the labelling guide (not the lexicons, not t3):
// scored first as it was, an estimate of how the rules generalise.
TEST(RulesEval, TuningBoundaryGuideOnlyWriterSetMeetsTargets)
{
    scoreBoundary(
        QStringLiteral("boundary-writer-t10"),
        test::readBoundaryTsv(
            QDir(test::sourceDir())
                .filePath(QStringLiteral("tests/data/eval/tuning/boundary-writer-t10.tsv"))));
}

} // namespace
} // namespace kotva
