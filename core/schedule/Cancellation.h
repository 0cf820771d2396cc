#pragma once

#include "core/schedule/Venue.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace kotva {

/// A manual cancellation of one occurrence ("the group does not meet on 14. 12.: both peers ill").
/// Public holidays cancel occurrences automatically and need no entry.
struct Cancellation
{
    QString activityId;
    QDate date;
    QString reason; ///< shown in print, text and iCalendar

    friend bool operator==(const Cancellation&, const Cancellation&) = default;
};

/// A one-off change of time or venue of one occurrence. Fields left empty keep the usual value.
struct OccurrenceChange
{
    QString activityId;
    QDate date;
    QTime start;                ///< invalid = unchanged
    QTime end;                  ///< invalid = unchanged
    std::optional<Venue> venue; ///< empty = unchanged
    QString note;               ///< why / what, shown beside the occurrence

    friend bool operator==(const OccurrenceChange&, const OccurrenceChange&) = default;
};

/// An extra event that holds on a public holiday despite the automatic cancellation
/// is simply a RecurrenceRule::once activity: single dated events are never cancelled
/// by holidays (a trip on 28. 9. is planned for the holiday).

} // namespace kotva
