#include "core/schedule/WorkingDays.h"

#include "core/schedule/CzechHolidays.h"

namespace kotva {

QTimeZone WorkingDays::pragueZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Prague"));
    return zone;
}

bool WorkingDays::isWorkingDay(const QDate& date)
{
    return date.isValid() && date.dayOfWeek() <= Qt::Friday && !CzechHolidays::isHoliday(date);
}

QDate WorkingDays::nextWorkingDay(const QDate& date)
{
    QDate next = date.addDays(1);
    while (!isWorkingDay(next))
        next = next.addDays(1);
    return next;
}

QDate WorkingDays::addWorkingDays(const QDate& date, int days)
{
    if (!date.isValid() || days < 0)
        return {};
    QDate day = isWorkingDay(date) ? date : nextWorkingDay(date);
    for (int i = 0; i < days; ++i)
        day = nextWorkingDay(day);
    return day;
}

QDateTime WorkingDays::addWorkingDays(const QDateTime& received, int days)
{
    if (!received.isValid() || days < 0)
        return {};
    const QDateTime local = received.toTimeZone(pragueZone());
    QDate startDay = local.date();
    QTime timeOfDay = local.time();
    if (!isWorkingDay(startDay)) {
        // Received on a weekend or holiday: it counts as received when the next working day begins.
        startDay = nextWorkingDay(startDay);
        timeOfDay = QTime(0, 0);
    }
    const QDate dueDay = addWorkingDays(startDay, days);
    return QDateTime(dueDay, timeOfDay, pragueZone());
}

int WorkingDays::countWorkingDays(const QDate& from, const QDate& to)
{
    int count = 0;
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1))
        if (isWorkingDay(day))
            ++count;
    return count;
}

} // namespace kotva
