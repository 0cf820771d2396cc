#include "core/schedule/WorkingDays.h"

#include "ScheduleTestSupport.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

struct DeadlineCase
{
    const char* received; ///< ISO-8601 with offset (or Z)
    int days;
    const char* due; ///< ISO-8601 with the Europe/Prague offset
    const char* why;
};

void PrintTo(const DeadlineCase& c, std::ostream* os)
{
    *os << c.received << " + " << c.days << " → " << c.due << " (" << c.why << ")";
}

class Deadline : public ::testing::TestWithParam<DeadlineCase>
{};

TEST_P(Deadline, AddsCzechWorkingDays)
{
    const DeadlineCase& c = GetParam();
    const QDateTime received = QDateTime::fromString(QString::fromLatin1(c.received), Qt::ISODate);
    ASSERT_TRUE(received.isValid());
    const QDateTime due = WorkingDays::addWorkingDays(received, c.days);
    ASSERT_TRUE(due.isValid());
    EXPECT_EQ(due.toString(Qt::ISODate).toStdString(), c.due) << c.why;
    EXPECT_EQ(due.timeZone().id(), QByteArrayLiteral("Europe/Prague"));
    EXPECT_TRUE(WorkingDays::isWorkingDay(due.date())) << c.why;
}

INSTANTIATE_TEST_SUITE_P(
    EasterAndChristmas, Deadline,
    ::testing::Values(
        DeadlineCase{"2026-03-02T09:30:00+01:00", 4, "2026-03-06T09:30:00+01:00", "plain week"},
        DeadlineCase{"2026-03-05T14:00:00+01:00", 4, "2026-03-11T14:00:00+01:00",
                     "weekend skipped"},
        DeadlineCase{"2026-03-27T10:00:00+01:00", 1, "2026-03-30T10:00:00+02:00",
                     "same local time across the switch to summer time"},
        DeadlineCase{"2026-04-02T10:00:00+02:00", 4, "2026-04-10T10:00:00+02:00",
                     "Good Friday and Easter Monday 2026 skipped"},
        DeadlineCase{"2026-04-03T12:00:00+02:00", 4, "2026-04-13T00:00:00+02:00",
                     "received on Good Friday: counts from Tuesday 00:00"},
        DeadlineCase{"2026-04-01T16:30:00+02:00", 2, "2026-04-07T16:30:00+02:00", "over Easter"},
        DeadlineCase{"2027-03-25T08:00:00+01:00", 1, "2027-03-30T08:00:00+02:00",
                     "Easter 2027 and the summer-time switch on the same weekend"},
        DeadlineCase{"2015-04-02T10:00:00+02:00", 1, "2015-04-03T10:00:00+02:00",
                     "Good Friday was a working day in 2015"},
        DeadlineCase{"2026-12-23T10:00:00+01:00", 4, "2026-12-31T10:00:00+01:00",
                     "24.–27. 12. skipped"},
        DeadlineCase{"2026-12-29T09:00:00+01:00", 4, "2027-01-05T09:00:00+01:00",
                     "New Year's Day and the weekend skipped"},
        DeadlineCase{"2026-12-26T11:00:00+01:00", 4, "2027-01-04T00:00:00+01:00",
                     "received on St. Stephen's Day: counts from Monday 28. 12. 00:00"},
        DeadlineCase{"2026-12-23T22:30:00Z", 1, "2026-12-28T23:30:00+01:00",
                     "UTC input is taken in Prague time (23:30 on the 23rd)"},
        DeadlineCase{"2026-12-23T23:30:00Z", 1, "2026-12-29T00:00:00+01:00",
                     "00:30 on Christmas Eve in Prague is a holiday"},
        DeadlineCase{"2026-12-26T11:00:00+01:00", 0, "2026-12-28T00:00:00+01:00",
                     "zero days: the moment counting starts"},
        DeadlineCase{"2026-12-22T11:00:00+01:00", 0, "2026-12-22T11:00:00+01:00",
                     "zero days on a working day: unchanged"}));

TEST(WorkingDays, DecemberTwentyTwentySixHasTwentyOneWorkingDays)
{
    EXPECT_EQ(WorkingDays::countWorkingDays(QDate(2026, 12, 1), QDate(2026, 12, 31)), 21);
    EXPECT_FALSE(WorkingDays::isWorkingDay(QDate(2026, 12, 24)));
    EXPECT_FALSE(WorkingDays::isWorkingDay(QDate(2026, 12, 27)));
    EXPECT_TRUE(WorkingDays::isWorkingDay(QDate(2026, 12, 28)));
    EXPECT_EQ(WorkingDays::nextWorkingDay(QDate(2026, 12, 23)), QDate(2026, 12, 28));
}

TEST(WorkingDays, RejectsNegativeDaysAndInvalidInput)
{
    EXPECT_FALSE(WorkingDays::addWorkingDays(QDateTime(), 4).isValid());
    EXPECT_FALSE(WorkingDays::addWorkingDays(
                     QDateTime(QDate(2026, 12, 1), QTime(9, 0), WorkingDays::pragueZone()), -1)
                     .isValid());
}

} // namespace
} // namespace kotva
