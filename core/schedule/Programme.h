#pragma once

#include "core/schedule/Activity.h"
#include "core/schedule/Cancellation.h"
#include "core/schedule/OnCallRota.h"
#include "core/schedule/Organisation.h"

#include <QList>
#include <QString>

namespace kotva {

/// One finding of Programme::validate(). Warnings (e.g. fewer than two lead peers) are
/// shown to the coordinator but do not stop the programme from being used; errors do.
struct ValidationIssue
{
    enum class Severity { Warning, Error };
    /// What the issue is about, so an editor can name it in the user's words and select it.
    enum class Subject { Organisation, Activity, Cancellation, Change, Rota };

    Severity severity = Severity::Error;
    QString where;   ///< "activities[1] (club)", "rota" — for the file-loading message
    QString message; ///< translated
    Subject subject = Subject::Organisation;
    qsizetype index = -1; ///< into activities, cancellations or changes; -1 for the others

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

/// The whole group programme of an organisation: what happens when and where, what is
/// cancelled or changed, and who has the on-call phone. Not personal data (first names
/// of peers only), but past cancellations and one-off events expire after 12 months.
struct Programme
{
    Organisation organisation;
    QList<Activity> activities;
    QList<Cancellation> cancellations;
    QList<OccurrenceChange> changes;
    OnCallRota rota;

    /// All problems; empty means fine. Errors: no organisation name, missing title (or, with a
    /// title, a missing id), duplicate ids, end not after start, break longer than the activity
    /// or outside it, no rule, invalid rule, capacity < 1, two activities at the same venue at
    /// overlapping times on the same date (VenueClashes, from the rota's anchor Monday or today
    /// for open-ended rules), cancellation/change of an unknown activity or a date on which it
    /// does not occur, a rota anchor that is not a Monday.
    /// Warnings: fewer than Activity::MinimumLeads leads, fewer than OnCallRota::MinimumPeers
    /// peers in the rota, no organisation address while an activity meets there.
    [[nodiscard]] QList<ValidationIssue> validate() const;
    /// True when validate() has no error (warnings allowed).
    [[nodiscard]] bool isUsable() const;

    /// True when the cancellation or change names an activity that exists and takes place
    /// on its date.
    [[nodiscard]] bool fits(const Cancellation& cancellation) const;
    [[nodiscard]] bool fits(const OccurrenceChange& change) const;
    /// Removes the cancellations and changes that no longer fit (their activity was removed
    /// or its rules no longer meet on that date); returns how many were removed.
    qsizetype removeStaleExceptions();

    [[nodiscard]] const Activity* activity(const QString& id) const;

    friend bool operator==(const Programme&, const Programme&) = default;
};

} // namespace kotva
