#include "ScheduleTestSupport.h"
#include "core/schedule/CzechHolidays.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace kotva {
namespace {

TEST(CzechHolidays, EasterSundayMatchesPublishedDates)
{
    // Dates from the Czech calendar (and any church calendar) for years with awkward computus
    // cases.
    EXPECT_EQ(CzechHolidays::easterSunday(2000), QDate(2000, 4, 23));
    EXPECT_EQ(CzechHolidays::easterSunday(2008), QDate(2008, 3, 23));
    EXPECT_EQ(CzechHolidays::easterSunday(2011), QDate(2011, 4, 24));
    EXPECT_EQ(CzechHolidays::easterSunday(2016), QDate(2016, 3, 27));
    EXPECT_EQ(CzechHolidays::easterSunday(2019), QDate(2019, 4, 21));
    EXPECT_EQ(CzechHolidays::easterSunday(2024), QDate(2024, 3, 31));
    EXPECT_EQ(CzechHolidays::easterSunday(2026), QDate(2026, 4, 5));
    EXPECT_EQ(CzechHolidays::easterSunday(2038), QDate(2038, 4, 25)); // latest possible date
    EXPECT_EQ(CzechHolidays::easterSunday(2285), QDate(2285, 3, 22)); // earliest possible date
}

TEST(CzechHolidays, GoodFridayOnlyFrom2016)
{
    EXPECT_FALSE(CzechHolidays::isHoliday(QDate(2015, 4, 3)));
    EXPECT_TRUE(CzechHolidays::isHoliday(QDate(2015, 4, 6))); // Easter Monday 2015
    EXPECT_TRUE(CzechHolidays::isHoliday(QDate(2016, 3, 25)));
    EXPECT_TRUE(CzechHolidays::isHoliday(QDate(2026, 4, 3)));
    EXPECT_EQ(CzechHolidays::ofYear(2015).size(), 12);
    EXPECT_EQ(CzechHolidays::ofYear(2016).size(), 13);
}

TEST(CzechHolidays, ChristmasOf2026)
{
    const QList<Holiday> december = CzechHolidays::ofMonth(2026, 12);
    ASSERT_EQ(december.size(), 3);
    EXPECT_EQ(december.at(0).date, QDate(2026, 12, 24));
    EXPECT_EQ(december.at(1).date, QDate(2026, 12, 25));
    EXPECT_EQ(december.at(2).date, QDate(2026, 12, 26));
    EXPECT_FALSE(CzechHolidays::nameOf(QDate(2026, 12, 24)).isEmpty());
    EXPECT_TRUE(CzechHolidays::nameOf(QDate(2026, 12, 23)).isEmpty());
}

/// The holidays python3-holidays (an independent implementation, using dateutil's Easter)
/// computes for one year, as ISO dates.
QStringList pythonHolidays(int year)
{
    const QString script = QStringLiteral("import holidays, json, sys\n"
                                          "y = int(sys.argv[1])\n"
                                          "print(json.dumps(sorted(d.isoformat() for d in "
                                          "holidays.CZ(years=y).keys() if d.year == y)))\n");
    const test::ProcessResult result = test::runProcess(
        test::systemPython(), {QStringLiteral("-c"), script, QString::number(year)});
    EXPECT_TRUE(result.started);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    QStringList dates;
    for (const QJsonValue& value : QJsonDocument::fromJson(result.out).array())
        dates << value.toString();
    return dates;
}

class HolidaysAgainstPython : public ::testing::TestWithParam<int>
{};

// python3-holidays 0.10.1 (Debian 12) encodes the same law for 2000 on: Good Friday from 2016
// (it also lists it for years up to 1951, outside this range), 28. 9. from 2000, everything
// else unchanged. So for 2000–2040 no documented difference remains and the lists must be equal.
TEST_P(HolidaysAgainstPython, SameDatesAsPythonHolidays)
{
    const int year = GetParam();
    QStringList ours;
    for (const Holiday& holiday : CzechHolidays::ofYear(year)) {
        ours << holiday.date.toString(Qt::ISODate);
        EXPECT_TRUE(CzechHolidays::isHoliday(holiday.date))
            << holiday.date.toString(Qt::ISODate).toStdString();
        EXPECT_FALSE(holiday.name.isEmpty());
    }
    const QStringList theirs = pythonHolidays(year);
    ASSERT_FALSE(theirs.isEmpty()) << "python3-holidays gave nothing for " << year;
    EXPECT_EQ(ours, theirs) << "year " << year << ": ours " << ours.join(u' ').toStdString()
                            << " / python3-holidays " << theirs.join(u' ').toStdString();

    // isHoliday agrees with the list on every day of the year, not only on the listed ones.
    int count = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
        count += CzechHolidays::isHoliday(day) ? 1 : 0;
    EXPECT_EQ(count, ours.size());
}

INSTANTIATE_TEST_SUITE_P(Years2000To2040, HolidaysAgainstPython, ::testing::Range(2000, 2041));

} // namespace
} // namespace kotva
