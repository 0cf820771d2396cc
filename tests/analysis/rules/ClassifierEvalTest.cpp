// The risk classifier's effect on the tuning corpus it is trained on (risk-own*.tsv here and
// tests/data/eval/tuning/risk-*.tsv), file by file and in total: the rules alone, rules +
// the built-in classifier (in sample: it has seen these messages, so this is optimistic),
// and rules + the out-of-fold predictions of the build's cross-validation (risk-cv.tsv:
// each message predicted by a model that did not see it, with the shipped thresholds —
// the fair estimate). Prints only: the rules alone do not meet the targets on the
// tuning files, which were written to find what they miss.

#include "RiskScoring.h"
#include "RulesFixture.h"
#include "core/analysis/classifier/RiskClassifier.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstdio>
#include <gtest/gtest.h>

namespace kotva {
namespace {

using test::LabelledRow;
using test::RiskScore;

/// origin ("file.tsv:line") → out-of-fold probabilities.
QHash<QString, RiskClassifier::Probabilities> readOutOfFold()
{
    QHash<QString, RiskClassifier::Probabilities> result;
    QFile file(QStringLiteral(KOTVA_RISK_MODEL_DIR "/risk-cv.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "the build's cross-validation listing is missing";
        return result;
    }
    file.readLine(); // header: origin label fold p_none p_concern p_acute
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() != 6)
            continue;
        result.insert(QString::fromUtf8(fields[0]),
                      {fields[3].toDouble(), fields[4].toDouble(), fields[5].toDouble()});
    }
    return result;
}

TEST(ClassifierEval, TuningRiskSetsWithAndWithoutClassifier)
{
    const Result<RiskClassifier> classifier = RiskClassifier::builtIn();
    ASSERT_TRUE(classifier.has_value()) << classifier.error().toString().toStdString();
    const QHash<QString, RiskClassifier::Probabilities> outOfFold = readOutOfFold();
    const Analyzer& rules = test::rulesAnalyzer();
    const Analyzer& withClassifier = test::classifierAnalyzer();
    std::printf("thresholds: acute %.4f (over the rules' concern %.4f), concern %.4f\n",
                classifier->thresholds().acute, classifier->thresholds().acuteOverConcern,
                classifier->thresholds().concern);

    RiskScore totalRules, totalInSample, totalOutOfFold;
    int missingOutOfFold = 0;
    for (const QString& path : test::tuningRiskFiles()) {
        const QString set = QFileInfo(path).completeBaseName();
        const QList<LabelledRow> rows = test::readRiskTsv(path);
        QHash<QString, RiskLevel> rulesLevel;
        const RiskScore byRules = test::scoreRows(rows, [&](const LabelledRow& row) {
            return rulesLevel[row.origin] = rules.analyze(row.message, Author::Client).crisis.level;
        });
        const RiskScore inSample = test::scoreRows(rows, [&](const LabelledRow& row) {
            return withClassifier.analyze(row.message, Author::Client).crisis.level;
        });
        const RiskScore outOfFoldScore = test::scoreRows(rows, [&](const LabelledRow& row) {
            const auto found = outOfFold.constFind(row.origin);
            if (found == outOfFold.constEnd()) {
                ++missingOutOfFold; // a message without words is not in the corpus
                return rulesLevel.value(row.origin);
            }
            const RiskLevel ruled = rulesLevel.value(row.origin);
            return std::max(ruled, classifier->resemblance(*found, ruled));
        });
        test::printSummary(set, QStringLiteral("rules"), byRules);
        test::printSummary(set, QStringLiteral("rules + classifier"), inSample);
        test::printSummary(set, QStringLiteral("rules + out-of-fold"), outOfFoldScore);
        totalRules += byRules;
        totalInSample += inSample;
        totalOutOfFold += outOfFoldScore;
    }
    const QString all = QStringLiteral("tuning corpus");
    test::printSummary(all, QStringLiteral("rules"), totalRules);
    test::printSummary(all, QStringLiteral("rules + classifier"), totalInSample);
    test::printSummary(all, QStringLiteral("rules + out-of-fold"), totalOutOfFold);
    EXPECT_EQ(missingOutOfFold, 0) << "every tuning message should have an out-of-fold prediction";
    EXPECT_GT(totalRules.acute + totalRules.concern + totalRules.none, 0);
}

} // namespace
} // namespace kotva
