#include "ui/supervision/RemovedData.h"

#include "ui/shell/FindingLabels.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace kotva::supervision_ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RemovedData)
};

} // namespace

QString describeRemoved(const QString& typed, const Analysis& analysis)
{
    QStringList items;
    for (const PiiFinding& finding : analysis.pii) {
        const qsizetype start = std::clamp<qsizetype>(finding.span.start, 0, typed.size());
        const qsizetype end = std::clamp<qsizetype>(finding.span.end, start, typed.size());
        const QString item = Tr::tr("%1 “%2”").arg(findings::piiLabel(finding.kind),
                                                   typed.mid(start, end - start).simplified());
        if (!items.contains(item))
            items << item;
    }
    if (items.isEmpty())
        return {};
    return Tr::tr("Removed before saving: %1. The note keeps a marker in its place.")
        .arg(items.join(QStringLiteral(", ")));
}

} // namespace kotva::supervision_ui
