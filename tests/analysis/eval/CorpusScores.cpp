#include "CorpusScores.h"

#include "tests/analysis/pii/PiiTestData.h"
#include "tests/analysis/rules/RulesFixture.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QSet>

#include <gtest/gtest.h>

namespace kotva::test {

QStringList corpusFiles(const QString& part, const QString& prefix)
{
    const QDir dir(QDir(sourceDir()).filePath(QStringLiteral("tests/data/eval/") + part));
    QStringList files;
    for (const QString& name :
         dir.entryList({prefix + QStringLiteral("*.tsv")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

RiskScore scoreRisk(const Analyzer& analyzer, const QStringList& files)
{
    RiskScore score;
    for (const QString& file : files)
        score += scoreRows(readRiskTsv(file), [&analyzer](const LabelledRow& row) {
            return analyzer.analyze(row.message, Author::Client).crisis.level;
        });
    return score;
}

BoundaryScore scoreBoundary(const Analyzer& analyzer, const QStringList& files)
{
    BoundaryScore score;
    for (const QString& file : files) {
        for (const LabelledRow& row : readBoundaryTsv(file)) {
            const Author author =
                row.role == QLatin1String("worker") ? Author::Worker : Author::Client;
            QSet<QString> rules;
            for (const BoundaryFinding& finding : analyzer.analyze(row.message, author).boundaries)
                rules.insert(boundaryRuleName(finding.rule));
            if (row.label == QLatin1String("ok")) {
                ++score.okMessages;
                score.okFlagged += !rules.isEmpty();
            } else {
                ++score.ruleMessages;
                score.ruleFound += rules.contains(row.label);
            }
        }
    }
    return score;
}

PiiScore scorePii(const Analyzer& analyzer, const QStringList& files)
{
    PiiScore score;
    for (const QString& file : files) {
        QString error;
        const QList<PiiExample> examples = readPiiSet(file, &error);
        EXPECT_TRUE(error.isEmpty()) << qPrintable(file) << ": " << qPrintable(error);
        for (const PiiExample& example : examples) {
            const QString redacted = analyzer.analyze(example.message, Author::Client).redacted;
            for (const QString& pii : example.pii) {
                ++score.piiSubstrings;
                score.piiLeaked += redacted.contains(pii);
            }
            for (const QString& keep : example.keep) {
                ++score.keepSubstrings;
                score.keepKept += redacted.contains(keep);
            }
        }
    }
    return score;
}

QString ratio(int part, int whole)
{
    return QStringLiteral("%1/%2 (%3 %)")
        .arg(part)
        .arg(whole)
        .arg(whole == 0 ? 0.0 : 100.0 * part / whole, 0, 'f', 1);
}

} // namespace kotva::test
