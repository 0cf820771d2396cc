#include "TuningCorpus.h"

#include "core/analysis/text/NormalisedText.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <set>

namespace kotva::trainer {

namespace {

/// One data line: its fields before the message, the message, and where it is.
struct DataLine
{
    QStringList fields;
    QString message;
    QString origin;
};

/// Every data line of the sorted files with fieldCount fields before the message, in
/// order, with the index of its file; false and error on a line with fewer.
bool forEachLine(const QStringList& files, int fieldCount, const QString& expected,
                 const std::function<void(const DataLine&, int)>& take, QString* error)
{
    QStringList sorted = files;
    std::ranges::sort(sorted, {}, [](const QString& path) { return QFileInfo(path).fileName(); });
    for (int f = 0; f < sorted.size(); ++f) {
        QFile file(sorted.at(f));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(sorted.at(f));
            return false;
        }
        const QString name = QFileInfo(sorted.at(f)).fileName();
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (qsizetype n = 1; n < lines.size(); ++n) { // line 0 is the header
            const QString line = lines.at(n).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            QStringList fields = line.split(u'\t');
            if (fields.size() <= fieldCount) {
                *error = QStringLiteral("%1:%2: expected %3").arg(name).arg(n + 1).arg(expected);
                return false;
            }
            const QString message = fields.mid(fieldCount).join(u'\t');
            fields.resize(fieldCount);
            for (QString& field : fields)
                field = field.trimmed();
            take(DataLine{fields, message, QStringLiteral("%1:%2").arg(name).arg(n + 1)}, f);
        }
    }
    return true;
}

/// A row for the message, or nothing when it has no word.
std::optional<TuningRow> rowOf(const DataLine& line, int file, int label)
{
    const NormalisedText text(line.message.trimmed());
    const QString folded = text.folded().trimmed();
    if (folded.isEmpty())
        return std::nullopt;
    return TuningRow{line.origin,         file, label, line.message.trimmed(), folded.toStdString(),
                     text.folded().size()};
}

} // namespace

std::vector<std::string> riskLabels()
{
    return {"none", "concern", "acute"}; // riskmodel::None, Concern, Acute
}

std::optional<Corpus> readRiskCorpus(const QStringList& files, QString* error)
{
    Corpus corpus{riskLabels(), {}};
    QString badLabel;
    const bool read = forEachLine(
        files, 1, QStringLiteral("none|concern|acute<TAB>message"),
        [&](const DataLine& line, int file) {
            const auto label = std::ranges::find(corpus.labels, line.fields[0].toStdString());
            if (label == corpus.labels.end()) {
                if (badLabel.isEmpty())
                    badLabel = line.origin;
                return;
            }
            if (auto row = rowOf(line, file, int(label - corpus.labels.begin())))
                corpus.rows.push_back(std::move(*row));
        },
        error);
    if (read && !badLabel.isEmpty())
        *error = QStringLiteral("%1: expected none|concern|acute<TAB>message").arg(badLabel);
    if (!read || !badLabel.isEmpty())
        return std::nullopt;
    return corpus;
}

std::optional<Corpus> readBoundaryCorpus(const QStringList& files, const QString& role,
                                         QString* error)
{
    std::vector<DataLine> lines;
    std::vector<int> fileOf;
    std::set<std::string> rules;
    if (!forEachLine(
            files, 2, QStringLiteral("role<TAB>rule<TAB>message"),
            [&](const DataLine& line, int file) {
                if (line.fields[0] != role)
                    return;
                if (line.fields[1] != QLatin1String(OkLabel))
                    rules.insert(line.fields[1].toStdString());
                lines.push_back(line);
                fileOf.push_back(file);
            },
            error))
        return std::nullopt;
    Corpus corpus;
    corpus.labels.emplace_back(OkLabel);
    corpus.labels.insert(corpus.labels.end(), rules.begin(), rules.end());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto label = std::ranges::find(corpus.labels, lines[i].fields[1].toStdString());
        if (auto row = rowOf(lines[i], fileOf[i], int(label - corpus.labels.begin())))
            corpus.rows.push_back(std::move(*row));
    }
    return corpus;
}

qsizetype longestMessage(const std::vector<TuningRow>& rows)
{
    qsizetype longest = 0;
    for (const TuningRow& row : rows)
        longest = std::max(longest, row.foldedLength);
    return longest;
}

} // namespace kotva::trainer
