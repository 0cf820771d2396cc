#include "core/schedule/CzechHolidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::CzechHolidays)
};

struct FixedHoliday
{
    int month;
    int day;
    const char* name;
};

// zákon č. 245/2000 Sb., § 1 (státní svátky) and § 2 (ostatní svátky).
constexpr FixedHoliday fixedHolidays[] = {
    {1, 1,
     QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Restoration Day of the Independent Czech State")},
    {5, 1, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Labour Day")},
    {5, 8, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Liberation Day")},
    {7, 5, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Saints Cyril and Methodius Day")},
    {7, 6, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Jan Hus Day")},
    {9, 28, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "St. Wenceslas Day (Czech Statehood Day)")},
    {10, 28, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Independent Czechoslovak State Day")},
    {11, 17, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Struggle for Freedom and Democracy Day")},
    {12, 24, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Christmas Eve")},
    {12, 25, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "Christmas Day")},
    {12, 26, QT_TRANSLATE_NOOP("kotva::CzechHolidays", "St. Stephen's Day")},
};

// Good Friday became a holiday with novela č. 359/2015 Sb. (first observed 25. 3. 2016).
constexpr int FirstGoodFridayYear = 2016;

} // namespace

QDate CzechHolidays::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus, "Astronomical Algorithms", ch. 8).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> CzechHolidays::ofYear(int year)
{
    QList<Holiday> holidays;
    holidays.reserve(13);
    for (const FixedHoliday& fixed : fixedHolidays)
        holidays.append({QDate(year, fixed.month, fixed.day), Tr::tr(fixed.name)});
    const QDate easter = easterSunday(year);
    if (year >= FirstGoodFridayYear)
        holidays.append({easter.addDays(-2), Tr::tr("Good Friday")});
    holidays.append({easter.addDays(1), Tr::tr("Easter Monday")});
    std::sort(holidays.begin(), holidays.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return holidays;
}

QList<Holiday> CzechHolidays::ofMonth(int year, int month)
{
    QList<Holiday> inMonth;
    for (const Holiday& holiday : ofYear(year))
        if (holiday.date.month() == month)
            inMonth.append(holiday);
    return inMonth;
}

bool CzechHolidays::isHoliday(const QDate& date)
{
    if (!date.isValid())
        return false;
    for (const FixedHoliday& fixed : fixedHolidays)
        if (date.month() == fixed.month && date.day() == fixed.day)
            return true;
    // Easter falls between 22 March and 25 April, so only March and April need the computus.
    if (date.month() != 3 && date.month() != 4)
        return false;
    const QDate easter = easterSunday(date.year());
    return date == easter.addDays(1) ||
           (date.year() >= FirstGoodFridayYear && date == easter.addDays(-2));
}

QString CzechHolidays::nameOf(const QDate& date)
{
    if (!isHoliday(date))
        return {};
    for (const Holiday& holiday : ofMonth(date.year(), date.month()))
        if (holiday.date == date)
            return holiday.name;
    return {};
}

} // namespace kotva
