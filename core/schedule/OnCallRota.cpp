#include "core/schedule/OnCallRota.h"

namespace kotva {

namespace {

QDate mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

QString OnCallRota::peerOn(const QDate& date) const
{
    if (peers.isEmpty() || !date.isValid())
        return {};
    const QDate anchor = anchorMonday.isValid() ? mondayOf(anchorMonday) : QDate(2000, 1, 3);
    const qint64 weeks = anchor.daysTo(mondayOf(date)) / 7;
    const qint64 count = peers.size();
    // Weeks before the anchor continue the same cycle backwards.
    const qint64 index = ((weeks % count) + count) % count;
    return peers.at(index);
}

QList<RotaWeek> OnCallRota::weeksOfMonth(int year, int month) const
{
    QList<RotaWeek> weeks;
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    for (QDate monday = mondayOf(first); monday <= last; monday = monday.addDays(7))
        weeks.append({IsoWeek::of(monday), monday, monday.addDays(6), peerOn(monday)});
    return weeks;
}

} // namespace kotva
