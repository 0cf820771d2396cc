#pragma once

#include "core/schedule/Venue.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kotva {

/// Parity of the ISO-8601 week number ("sudý týden" = even week).
enum class WeekParity { Any, Even, Odd };

/// The ISO-8601 week number of `date` (1–53) and the ISO year it belongs to.
struct IsoWeek
{
    int year = 0;
    int week = 0;
    [[nodiscard]] bool isEven() const { return week % 2 == 0; }
    static IsoWeek of(const QDate& date);

    friend bool operator==(const IsoWeek&, const IsoWeek&) = default;
};

/// One rule saying on which dates an activity happens. An activity may have several
/// ("sudé čtvrtky a liché pátky" = {Weekly Thursday Even} + {Weekly Friday Odd}).
///
/// Weeks are ISO-8601 weeks (Monday–Sunday, week 1 contains the year's first Thursday),
/// so parity follows the week number: 2026 has 53 weeks, and week 53 of 2026 and
/// week 1 of 2027 are both odd.
struct RecurrenceRule
{
    enum class Kind {
        Weekly,            ///< every `weekday`, optionally only in even or odd ISO weeks
        MonthlyNthWeekday, ///< the `nth` `weekday` of each month; nth = -1 means the last one
        Once,              ///< a single dated event on `date` (trip, workshop)
    };

    Kind kind = Kind::Weekly;
    Qt::DayOfWeek weekday = Qt::Monday;  ///< Weekly, MonthlyNthWeekday
    WeekParity parity = WeekParity::Any; ///< Weekly only
    int nth = 1;                         ///< MonthlyNthWeekday: 1–5 or -1 (last)
    QDate date;                          ///< Once

    /// Optional validity window (inclusive); an invalid date means open-ended.
    QDate validFrom;
    QDate validUntil;

    /// Where this rule's occurrences take place when it differs from the activity's venue
    /// (the club meets at the organisation on Thursdays; Friday's venue is announced that week).
    std::optional<Venue> venue;

    static RecurrenceRule weekly(Qt::DayOfWeek day, WeekParity parity = WeekParity::Any);
    static RecurrenceRule monthly(int nth, Qt::DayOfWeek day);
    static RecurrenceRule once(const QDate& date);

    /// True when the rule produces an occurrence on `date`.
    [[nodiscard]] bool occursOn(const QDate& date) const;
    /// Empty when the rule is usable, otherwise a translated description of what is wrong.
    [[nodiscard]] QString problem() const;
    /// Human text, translated: "every Monday", "Thursdays of even weeks",
    /// "last Friday of the month", "on 12. 12. 2026".
    [[nodiscard]] QString describe() const;

    /// Machine names used in JSON and the vault: "weekly", "monthly", "once"; "any", "even", "odd".
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString& name);
    [[nodiscard]] static QString parityName(WeekParity parity);
    [[nodiscard]] static std::optional<WeekParity> parityFromName(const QString& name);

    friend bool operator==(const RecurrenceRule&, const RecurrenceRule&) = default;
};

} // namespace kotva
