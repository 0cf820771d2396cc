#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace kotva {

/// Czech working days (Monday–Friday that are not a public holiday, see CzechHolidays)
/// and deadlines counted in them, in the Europe/Prague time zone.
///
/// What "within N working days of a message received at T" means here:
///  1. T is taken in Europe/Prague local time.
///  2. If T falls on a working day, counting starts at T. If T falls on a weekend or a
///     holiday, the message counts as received at 00:00 of the next working day.
///  3. The deadline is the same local time of day on the Nth working day after that start
///     day. So a whole working day of 24 hours is granted for each of the N days, and
///     weekends and holidays in between are skipped:
///       Mon 09:30 + 4 → Fri 09:30;  Thu 14:00 + 4 → Wed 14:00 (weekend skipped);
///       Sat 10:00 + 4 → Fri 00:00 (counted from Mon 00:00, i.e. by the end of Thursday);
///       Wed 23. 12. 2026 10:00 + 4 → Thu 31. 12. 10:00 (24.–27. 12. skipped).
///  4. Due dates always fall on working days; Czech DST changes happen on Sundays, so the
///     local time of day always exists on the due day.
/// N = 0 yields the (possibly moved) start itself.
class WorkingDays final
{
public:
    WorkingDays() = delete;

    /// The Europe/Prague zone (from the system's tz database).
    [[nodiscard]] static QTimeZone pragueZone();
    [[nodiscard]] static bool isWorkingDay(const QDate& date);
    /// The first working day strictly after `date`.
    [[nodiscard]] static QDate nextWorkingDay(const QDate& date);
    /// `date` + `days` working days (days >= 0); date itself need not be a working day,
    /// in which case counting starts from the next working day as described above.
    [[nodiscard]] static QDate addWorkingDays(const QDate& date, int days);
    /// The deadline for something received at `received` (any time spec), as defined above.
    /// The result is in Europe/Prague time; invalid when `received` is invalid or days < 0.
    [[nodiscard]] static QDateTime addWorkingDays(const QDateTime& received, int days);
    /// The working days in [from, to] inclusive.
    [[nodiscard]] static int countWorkingDays(const QDate& from, const QDate& to);
};

} // namespace kotva
