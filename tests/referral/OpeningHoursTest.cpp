#include "core/referral/OpeningHours.h"

#include "tests/referral/PlannerFixtures.h"

#include <gtest/gtest.h>

using namespace kotva;
using kotva::test::prague;

namespace {

OpeningHours weekdaysNonstopClosedOnHolidays()
{
    OpeningHours hours;
    for (auto day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday})
        hours.addRange(day, MinuteRange{0, 24 * 60});
    hours.setHolidays(OpeningHours::Holidays::Closed);
    return hours;
}

} // namespace

// The calendar itself is tested in tests/schedule; here: the referral hours really consult it,
// including the movable Easter holidays and Good Friday only from 2016.
TEST(OpeningHours, HolidayClosedLineFollowsTheScheduleHolidayCalendar)
{
    const OpeningHours hours = weekdaysNonstopClosedOnHolidays();
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 4, 3, 10)));   // Good Friday
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 4, 6, 10)));   // Easter Monday
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 4, 7, 10)));    // ordinary Tuesday after Easter
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 12, 24, 10))); // Christmas Eve, Thursday
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 7, 6, 10)));   // Jan Hus Day, Monday
    EXPECT_TRUE(hours.isOpenAt(prague(2015, 4, 3, 10)));    // Good Friday before 2016: a workday
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 11, 25, 10)));
}

TEST(OpeningHours, WeekdayLineIsClosedOnSaturdayAndOnHolidays)
{
    const OpeningHours hours = weekdaysNonstopClosedOnHolidays();
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 11, 25, 3)));
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 11, 28, 10)));
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 11, 29, 23, 59)));
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 11, 30, 0, 0)));
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 11, 17, 10))); // Tuesday, 17 November
}

TEST(OpeningHours, UsesPragueTimeNotUtcAcrossSummerTime)
{
    const OpeningHours hours = weekdaysNonstopClosedOnHolidays();
    // Saturday 00:30 in Prague (CEST) is still Friday 22:30 in UTC.
    const QDateTime saturdayJustAfterMidnight = prague(2026, 7, 4, 0, 30);
    ASSERT_EQ(saturdayJustAfterMidnight.date().dayOfWeek(), Qt::Friday);
    EXPECT_FALSE(hours.isOpenAt(saturdayJustAfterMidnight));
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 7, 3, 23, 30)));
}

TEST(OpeningHours, RangeEndIsExclusive)
{
    OpeningHours hours;
    hours.addRange(Qt::Friday, MinuteRange{8 * 60, 14 * 60});
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 11, 27, 7, 59)));
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 11, 27, 8, 0)));
    EXPECT_TRUE(hours.isOpenAt(prague(2026, 11, 27, 13, 59)));
    EXPECT_FALSE(hours.isOpenAt(prague(2026, 11, 27, 14, 0)));
}

TEST(OpeningHours, DescribesHoursInBothLanguages)
{
    EXPECT_EQ(OpeningHours::always().describe(ScriptLanguage::Czech), QStringLiteral("nonstop"));
    EXPECT_EQ(OpeningHours::always().describe(ScriptLanguage::English), QStringLiteral("24/7"));
    EXPECT_EQ(weekdaysNonstopClosedOnHolidays().describe(ScriptLanguage::Czech),
              QString::fromUtf8("Po–Pá nonstop; o svátcích zavřeno"));
    EXPECT_EQ(weekdaysNonstopClosedOnHolidays().describe(ScriptLanguage::English),
              QString::fromUtf8("Mon–Fri 24 hours; closed on public holidays"));

    OpeningHours office;
    for (auto day : {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday})
        office.addRange(day, MinuteRange{8 * 60, 17 * 60});
    office.addRange(Qt::Friday, MinuteRange{8 * 60, 14 * 60});
    EXPECT_EQ(office.describe(ScriptLanguage::Czech),
              QString::fromUtf8("Po–Čt 8:00–17:00, Pá 8:00–14:00"));
}
