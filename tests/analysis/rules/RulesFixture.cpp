#include "RulesFixture.h"

#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdlib>
#include <gtest/gtest.h>

namespace kotva::test {

namespace {

Analyzer createAnalyzer(Analyzer::Classifier classifier)
{
    // The lexicon files of the source tree: the same files the build embeds, read
    // directly so that an edited lexicon is tested without a rebuild.
    Result<Analyzer> created = Analyzer::create(
        QDir(sourceDir()).filePath(QStringLiteral("resources/lexicons")), classifier);
    if (!created) {
        ADD_FAILURE() << "the shipped lexicons or the classifier do not load: "
                      << created.error().toString().toStdString();
        std::abort();
    }
    return std::move(*created);
}

} // namespace

const Analyzer& rulesAnalyzer()
{
    static const Analyzer analyzer = createAnalyzer(Analyzer::Classifier::Off);
    return analyzer;
}

const Analyzer& classifierAnalyzer()
{
    static const Analyzer analyzer = createAnalyzer(Analyzer::Classifier::BuiltIn);
    return analyzer;
}

namespace {

QList<LabelledRow> readTsv(const QString& path, int columns)
{
    QList<LabelledRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return rows;
    }
    const QString name = QFileInfo(path).fileName();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype n = 1; n < lines.size(); ++n) { // line 0 is the header
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() < columns) {
            ADD_FAILURE() << name.toStdString() << ":" << n + 1 << ": expected " << columns
                          << " columns";
            continue;
        }
        LabelledRow row;
        row.origin = QStringLiteral("%1:%2").arg(name).arg(n + 1);
        if (columns == 2) {
            row.label = parts.at(0).trimmed();
            row.message = parts.mid(1).join(u'\t').trimmed();
        } else {
            row.role = parts.at(0).trimmed();
            row.label = parts.at(1).trimmed();
            row.message = parts.mid(2).join(u'\t').trimmed();
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

QList<LabelledRow> readRiskTsv(const QString& path)
{
    return readTsv(path, 2);
}
QList<LabelledRow> readBoundaryTsv(const QString& path)
{
    return readTsv(path, 3);
}

namespace {

/// The own files and the tuning part's files of a kind ("risk" or "boundary").
QStringList trainingFiles(const QString& kind)
{
    QStringList files;
    const QDir own(QDir(sourceDir()).filePath(QStringLiteral("tests/analysis/rules/data")));
    for (const QString& name : own.entryList({kind + QStringLiteral("-own*.tsv")}, QDir::Files))
        files << own.filePath(name);
    // Only the tuning part: the test part beside it is never read here.
    const QDir tuning(QDir(sourceDir()).filePath(QStringLiteral("tests/data/eval/tuning")));
    for (const QString& name : tuning.entryList({kind + QStringLiteral("-*.tsv")}, QDir::Files))
        files << tuning.filePath(name);
    return files;
}

} // namespace

QStringList tuningRiskFiles()
{
    return trainingFiles(QStringLiteral("risk"));
}

QStringList tuningBoundaryFiles()
{
    return trainingFiles(QStringLiteral("boundary"));
}

} // namespace kotva::test
