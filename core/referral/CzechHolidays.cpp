#include "core/referral/CzechHolidays.h"

namespace kotva::czech {

QDate easterSunday(int year)
{
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
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

bool isPublicHoliday(QDate date)
{
    if (!date.isValid())
        return false;
    struct MonthDay
    {
        int month;
        int day;
    };
    static constexpr MonthDay fixed[] = {
        {1, 1},   {5, 1},   {5, 8},   {7, 5},   {7, 6},   {9, 28},
        {10, 28}, {11, 17}, {12, 24}, {12, 25}, {12, 26},
    };
    for (const auto& md : fixed) {
        if (date.month() == md.month && date.day() == md.day)
            return true;
    }
    const QDate easter = easterSunday(date.year());
    // Good Friday has been a public holiday since 2016.
    if (date == easter.addDays(1))
        return true;
    return date.year() >= 2016 && date == easter.addDays(-2);
}

} // namespace kotva::czech
