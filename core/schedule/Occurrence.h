#pragma once

#include "core/schedule/Activity.h"
#include "core/schedule/Venue.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace kotva {

/// One dated instance of an activity in a month, after holidays, cancellations and
/// changes were applied. Everything a view, a printout, a chat post or an .ics needs.
struct Occurrence
{
    enum class Status {
        Scheduled, ///< takes place as usual
        Changed,   ///< takes place, with a one-off change of time or venue (see changeNote)
        Cancelled, ///< does not take place (see cancelledBy and cancellationReason)
    };
    enum class CancelledBy { None, Holiday, Manual };

    QString activityId;
    QString uid; ///< stable iCalendar UID: "<activityId>-<yyyyMMdd>@<org slug>.kotva"
    QString title;
    QString description;
    QDate date;
    QTime start; ///< after changes
    QTime end;   ///< after changes
    int breakMinutes = 0;
    QTime breakStart;       ///< invalid = unspecified
    Venue venue;            ///< after changes
    QString venueText;      ///< Venue::describe for the organisation
    QString venueShortText; ///< Venue::describeShort for the organisation
    QStringList leads;
    std::optional<int> capacity;
    bool singleEvent = false; ///< produced by a RecurrenceRule::Once rule
    /// A supervision date: internal, only in a month built for the team.
    std::optional<SupervisionKind> supervision;

    Status status = Status::Scheduled;
    CancelledBy cancelledBy = CancelledBy::None;
    QString cancellationReason; ///< holiday name (translated) or the manual reason
    QString changeNote;         ///< for Status::Changed: what changed (translated) plus the note

    [[nodiscard]] bool isCancelled() const { return status == Status::Cancelled; }
    /// Start and end as Europe/Prague date-times.
    [[nodiscard]] QDateTime startDateTime() const;
    [[nodiscard]] QDateTime endDateTime() const;

    friend bool operator==(const Occurrence&, const Occurrence&) = default;
};

} // namespace kotva
