#pragma once

#include "core/schedule/Recurrence.h"
#include "core/schedule/Venue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace kotva {

/// Team or individual supervision (seed 002: monthly). An activity with a kind is internal:
/// it is shown to the team in Kotva, never in the printed, posted or published programme.
enum class SupervisionKind { Team, Individual };

/// Stable names in the programme file ("team", "individual").
[[nodiscard]] QString supervisionKindName(SupervisionKind kind);
[[nodiscard]] std::optional<SupervisionKind> supervisionKindFromName(const QString& name);

/// A recurring or one-off part of the group programme: the support group, a club,
/// a weekend trip, a workshop.
struct Activity
{
    /// At least this many peers lead every activity (seed 002: "nejméně dva pracovníci").
    static constexpr int MinimumLeads = 2;

    QString id;    ///< stable slug ("support-group"); part of every occurrence's iCalendar UID
    QString title; ///< "Podpůrná skupina"
    QString description;  ///< one or two sentences
    QTime start;          ///< local time, Europe/Prague
    QTime end;            ///< after start, same day
    int breakMinutes = 0; ///< a break inside [start, end], 0 = none
    QTime breakStart;     ///< optional; invalid = "a break of breakMinutes somewhere in the middle"
    Venue venue;          ///< default venue; a rule may override it
    QStringList leads;    ///< first names of the lead peers
    std::optional<int> capacity; ///< places, where it matters (trips, workshops)
    QList<RecurrenceRule> rules;
    /// Set for a supervision date: internal, for the team only.
    std::optional<SupervisionKind> supervision;

    [[nodiscard]] bool isInternal() const { return supervision.has_value(); }
    /// The rule that produces an occurrence on `date`, or nullptr.
    [[nodiscard]] const RecurrenceRule* ruleOn(const QDate& date) const;
    /// Venue of an occurrence produced by `rule` (the rule's override or the activity's).
    [[nodiscard]] Venue venueFor(const RecurrenceRule& rule) const;

    friend bool operator==(const Activity&, const Activity&) = default;
};

} // namespace kotva
