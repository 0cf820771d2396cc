#include "core/stats/MonthlyFigures.h"

#include <numeric>

namespace kotva {

int FigureRow::total() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

const FigureRow* MonthlyFigures::row(FigureGroup group, const QString& key) const
{
    for (const FigureRow& r : rows)
        if (r.group == group && r.key == key)
            return &r;
    return nullptr;
}

int MonthlyFigures::count(FigureGroup group, const QString& key, qsizetype month) const
{
    const FigureRow* r = row(group, key);
    return r && month >= 0 && month < r->counts.size() ? r->counts.at(month) : 0;
}

QList<FigureRow> MonthlyFigures::rowsOf(FigureGroup group) const
{
    QList<FigureRow> list;
    for (const FigureRow& r : rows)
        if (r.group == group)
            list << r;
    return list;
}

void MonthlyFigures::add(FigureGroup group, const QString& key, qsizetype month, int amount)
{
    if (month < 0 || month >= months.size())
        return;
    for (FigureRow& r : rows) {
        if (r.group == group && r.key == key) {
            r.counts[month] += amount;
            return;
        }
    }
    FigureRow r{group, key, QList<int>(months.size(), 0)};
    r.counts[month] = amount;
    rows << r;
}

QList<FigureGroup> allFigureGroups()
{
    return {FigureGroup::ContactsByChannel,
            FigureGroup::ContactsByWish,
            FigureGroup::CrisisLevel,
            FigureGroup::Referrals,
            FigureGroup::DraftBoundary,
            FigureGroup::SentDespiteWarning,
            FigureGroup::ClientRequest,
            FigureGroup::Stops,
            FigureGroup::Outcome,
            FigureGroup::Topic,
            FigureGroup::Mail};
}

QString figureGroupName(FigureGroup group)
{
    switch (group) {
    case FigureGroup::ContactsByChannel:
        return QStringLiteral("contacts_by_channel");
    case FigureGroup::ContactsByWish:
        return QStringLiteral("contacts_by_wish");
    case FigureGroup::CrisisLevel:
        return QStringLiteral("crisis_level");
    case FigureGroup::Referrals:
        return QStringLiteral("referrals");
    case FigureGroup::DraftBoundary:
        return QStringLiteral("draft_boundary");
    case FigureGroup::ClientRequest:
        return QStringLiteral("client_request");
    case FigureGroup::SentDespiteWarning:
        return QStringLiteral("sent_despite_warning");
    case FigureGroup::Stops:
        return QStringLiteral("stops");
    case FigureGroup::Outcome:
        return QStringLiteral("outcome");
    case FigureGroup::Topic:
        return QStringLiteral("topic");
    case FigureGroup::Mail:
        return QStringLiteral("mail");
    }
    return {};
}

QString shownCount(int count)
{
    if (count > 0 && count < SmallestShownCount)
        return QStringLiteral("< %1").arg(SmallestShownCount);
    return QString::number(count);
}

QString shownTotal(const FigureRow& row)
{
    int shown = 0;
    int hidden = 0;
    for (int count : row.counts) {
        if (count > 0 && count < SmallestShownCount)
            ++hidden;
        else
            shown += count;
    }
    if (hidden == 0)
        return shownCount(shown);
    // Each hidden month holds 1 or 2 (SmallestShownCount - 1 at most).
    const int low = shown + hidden;
    const int high = shown + hidden * (SmallestShownCount - 1);
    if (high < SmallestShownCount)
        return shownCount(high);
    return QStringLiteral("%1\u2013%2").arg(low).arg(high);
}

} // namespace kotva
