#pragma once

#include "core/common/ScriptLanguage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace kotva {

/// A half-open range of minutes in a day, [from, to); `to` may be 1440 (24:00).
struct MinuteRange
{
    int from = 0;
    int to = 0;
    friend bool operator==(const MinuteRange&, const MinuteRange&) = default;
};

/// When a service answers, in Czech local time (Europe/Prague). Either always open, or a
/// weekly schedule plus what happens on Czech public holidays.
class OpeningHours
{
public:
    enum class Holidays { AsWeekday, Closed };

    /// Open around the clock, every day, holidays included.
    static OpeningHours always();

    void addRange(Qt::DayOfWeek day, MinuteRange range);
    void setHolidays(Holidays rule) { m_holidays = rule; }

    [[nodiscard]] bool isAlways() const { return m_always; }
    [[nodiscard]] Holidays holidays() const { return m_holidays; }
    [[nodiscard]] const QList<MinuteRange>& ranges(Qt::DayOfWeek day) const;

    /// Whether the service answers at this instant (converted to Europe/Prague).
    [[nodiscard]] bool isOpenAt(const QDateTime& instant) const;
    /// Whether it answers at this Czech local date and time.
    [[nodiscard]] bool isOpenLocal(QDate date, QTime time) const;

    /// "nonstop", "Po–Čt 8:00–17:00, Pá 8:00–14:00; o svátcích zavřeno" / "24/7", "Mon–Thu …".
    [[nodiscard]] QString describe(ScriptLanguage language) const;

    /// The zone every schedule is written in.
    static QDateTime toCzechTime(const QDateTime& instant);

private:
    bool m_always = false;
    Holidays m_holidays = Holidays::AsWeekday;
    std::array<QList<MinuteRange>, 7> m_days; // index 0 = Monday
};

} // namespace kotva
