#include "core/schedule/ProgrammeEdits.h"

namespace kotva {

namespace {

template <typename Entry>
void removeEntries(QList<Entry>& entries, const QString& activityId, const QDate& date)
{
    entries.removeIf(
        [&](const Entry& entry) { return entry.activityId == activityId && entry.date == date; });
}

} // namespace

Programme ProgrammeEdits::cancel(Programme programme, const QString& activityId, const QDate& date,
                                 const QString& reason)
{
    removeEntries(programme.cancellations, activityId, date);
    programme.cancellations.append(Cancellation{activityId, date, reason.trimmed()});
    return programme;
}

Programme ProgrammeEdits::change(Programme programme, const OccurrenceChange& change)
{
    removeEntries(programme.changes, change.activityId, change.date);
    programme.changes.append(change);
    return programme;
}

Programme ProgrammeEdits::restore(Programme programme, const QString& activityId, const QDate& date)
{
    removeEntries(programme.cancellations, activityId, date);
    removeEntries(programme.changes, activityId, date);
    return programme;
}

} // namespace kotva
