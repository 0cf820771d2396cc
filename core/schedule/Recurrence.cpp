#include "core/schedule/Recurrence.h"

#include <QCoreApplication>
#include <QLocale>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RecurrenceRule)
};

bool validWeekday(Qt::DayOfWeek day)
{
    return day >= Qt::Monday && day <= Qt::Sunday;
}

/// The nth (1-based, or -1 = last) `weekday` of the month, invalid when the month has none.
QDate nthWeekdayOfMonth(int year, int month, int nth, Qt::DayOfWeek weekday)
{
    const QDate first(year, month, 1);
    if (nth == -1) {
        const QDate last = first.addMonths(1).addDays(-1);
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate firstMatch = first.addDays((weekday - first.dayOfWeek() + 7) % 7);
    const QDate result = firstMatch.addDays(7 * (nth - 1));
    return result.month() == month ? result : QDate();
}

} // namespace

IsoWeek IsoWeek::of(const QDate& date)
{
    IsoWeek isoWeek;
    isoWeek.week = date.weekNumber(&isoWeek.year);
    return isoWeek;
}

RecurrenceRule RecurrenceRule::weekly(Qt::DayOfWeek day, WeekParity weekParity)
{
    RecurrenceRule rule;
    rule.kind = Kind::Weekly;
    rule.weekday = day;
    rule.parity = weekParity;
    return rule;
}

RecurrenceRule RecurrenceRule::monthly(int nthWeekday, Qt::DayOfWeek day)
{
    RecurrenceRule rule;
    rule.kind = Kind::MonthlyNthWeekday;
    rule.weekday = day;
    rule.nth = nthWeekday;
    return rule;
}

RecurrenceRule RecurrenceRule::once(const QDate& onDate)
{
    RecurrenceRule rule;
    rule.kind = Kind::Once;
    rule.date = onDate;
    return rule;
}

bool RecurrenceRule::occursOn(const QDate& day) const
{
    if (!day.isValid())
        return false;
    if (validFrom.isValid() && day < validFrom)
        return false;
    if (validUntil.isValid() && day > validUntil)
        return false;
    switch (kind) {
    case Kind::Once:
        return day == date;
    case Kind::Weekly:
        if (day.dayOfWeek() != weekday)
            return false;
        if (parity == WeekParity::Any)
            return true;
        return IsoWeek::of(day).isEven() == (parity == WeekParity::Even);
    case Kind::MonthlyNthWeekday:
        return day.dayOfWeek() == weekday &&
               nthWeekdayOfMonth(day.year(), day.month(), nth, weekday) == day;
    }
    return false;
}

QString RecurrenceRule::problem() const
{
    switch (kind) {
    case Kind::Once:
        if (!date.isValid())
            return Tr::tr("a single event needs a valid date");
        break;
    case Kind::Weekly:
        if (!validWeekday(weekday))
            return Tr::tr("the weekday is not valid");
        break;
    case Kind::MonthlyNthWeekday:
        if (!validWeekday(weekday))
            return Tr::tr("the weekday is not valid");
        if (nth != -1 && (nth < 1 || nth > 5))
            return Tr::tr("the week of the month must be 1 to 5, or -1 for the last one");
        break;
    }
    if (validFrom.isValid() && validUntil.isValid() && validUntil < validFrom)
        return Tr::tr("the rule ends before it starts");
    return {};
}

QString RecurrenceRule::describe() const
{
    const QLocale locale;
    const QString day = locale.dayName(weekday, QLocale::LongFormat);
    switch (kind) {
    case Kind::Once:
        return Tr::tr("on %1").arg(locale.toString(date, QLocale::ShortFormat));
    case Kind::Weekly:
        switch (parity) {
        case WeekParity::Any:
            return Tr::tr("%1, every week").arg(day);
        case WeekParity::Even:
            return Tr::tr("%1 of even weeks").arg(day);
        case WeekParity::Odd:
            return Tr::tr("%1 of odd weeks").arg(day);
        }
        break;
    case Kind::MonthlyNthWeekday:
        if (nth == -1)
            return Tr::tr("last %1 of the month").arg(day);
        return Tr::tr("%1. %2 of the month").arg(nth).arg(day);
    }
    return {};
}

QString RecurrenceRule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Weekly:
        return QStringLiteral("weekly");
    case Kind::MonthlyNthWeekday:
        return QStringLiteral("monthly");
    case Kind::Once:
        return QStringLiteral("once");
    }
    return {};
}

std::optional<RecurrenceRule::Kind> RecurrenceRule::kindFromName(const QString& name)
{
    for (Kind kind : {Kind::Weekly, Kind::MonthlyNthWeekday, Kind::Once})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString RecurrenceRule::parityName(WeekParity parity)
{
    switch (parity) {
    case WeekParity::Any:
        return QStringLiteral("any");
    case WeekParity::Even:
        return QStringLiteral("even");
    case WeekParity::Odd:
        return QStringLiteral("odd");
    }
    return {};
}

std::optional<WeekParity> RecurrenceRule::parityFromName(const QString& name)
{
    for (WeekParity parity : {WeekParity::Any, WeekParity::Even, WeekParity::Odd})
        if (parityName(parity) == name)
            return parity;
    return std::nullopt;
}

} // namespace kotva
