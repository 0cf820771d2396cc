#include "TuningCorpus.h"

#include "core/analysis/text/NormalisedText.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace kotva::trainer {

namespace {

std::optional<riskmodel::Label> labelFromName(QStringView name)
{
    if (name == u"none")
        return riskmodel::None;
    if (name == u"concern")
        return riskmodel::Concern;
    if (name == u"acute")
        return riskmodel::Acute;
    return std::nullopt;
}

bool readFile(const QString& path, std::vector<TuningRow>& rows, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (qsizetype n = 1; n < lines.size(); ++n) { // line 0 is the header
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const auto label = tab < 0 ? std::nullopt : labelFromName(QStringView(line).left(tab));
        if (!label) {
            *error = QStringLiteral("%1:%2: expected none|concern|acute<TAB>message")
                         .arg(name)
                         .arg(n + 1);
            return false;
        }
        const NormalisedText text(line.mid(tab + 1).trimmed());
        const QString folded = text.folded().trimmed();
        if (folded.isEmpty())
            continue;
        rows.push_back(TuningRow{QStringLiteral("%1:%2").arg(name).arg(n + 1), *label,
                                 folded.toStdString(), text.folded().size()});
    }
    return true;
}

} // namespace

std::optional<std::vector<TuningRow>> readTuningCorpus(const QStringList& files, QString* error)
{
    QStringList sorted = files;
    std::ranges::sort(sorted, {}, [](const QString& path) { return QFileInfo(path).fileName(); });
    std::vector<TuningRow> rows;
    for (const QString& path : std::as_const(sorted)) {
        if (!readFile(path, rows, error))
            return std::nullopt;
    }
    return rows;
}

qsizetype longestMessage(const std::vector<TuningRow>& rows)
{
    qsizetype longest = 0;
    for (const TuningRow& row : rows)
        longest = std::max(longest, row.foldedLength);
    return longest;
}

std::string fastTextLabel(riskmodel::Label label)
{
    switch (label) {
    case riskmodel::Acute:
        return "__label__acute";
    case riskmodel::Concern:
        return "__label__concern";
    case riskmodel::None:
    case riskmodel::LabelCount:
        break;
    }
    return "__label__none";
}

std::optional<riskmodel::Label> labelFromFastText(const std::string& label)
{
    for (const riskmodel::Label known : {riskmodel::None, riskmodel::Concern, riskmodel::Acute}) {
        if (fastTextLabel(known) == label)
            return known;
    }
    return std::nullopt;
}

} // namespace kotva::trainer
