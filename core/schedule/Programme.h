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
    Severity severity = Severity::Error;
    QString where;   ///< "activities[1] (club)", "rota" — for the file-loading message
    QString message; ///< translated

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

    /// All problems; empty means fine. Errors: missing id/title, duplicate ids, end not after
    /// start, break longer than the activity or outside it, no rule, invalid rule, capacity < 1,
    /// cancellation/change of an unknown activity or a date on which it does not occur.
    /// Warnings: fewer than Activity::MinimumLeads leads, fewer than OnCallRota::MinimumPeers
    /// peers in the rota, no organisation address while an activity meets there.
    [[nodiscard]] QList<ValidationIssue> validate() const;
    /// True when validate() has no error (warnings allowed).
    [[nodiscard]] bool isUsable() const;

    [[nodiscard]] const Activity* activity(const QString& id) const;

    friend bool operator==(const Programme&, const Programme&) = default;
};

} // namespace kotva
