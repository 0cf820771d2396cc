#include "core/schedule/Recurrence.h"

#include "ScheduleTestSupport.h"
#include "core/schedule/OnCallRota.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

QList<QDate> datesOf(const RecurrenceRule& rule, const QDate& from, const QDate& to)
{
    QList<QDate> dates;
    for (QDate day = from; day <= to; day = day.addDays(1))
        if (rule.occursOn(day))
            dates << day;
    return dates;
}

TEST(IsoWeek, TwentyTwentySixHasFiftyThreeWeeks)
{
    EXPECT_EQ(IsoWeek::of(QDate(2026, 12, 28)).week, 53);
    EXPECT_EQ(IsoWeek::of(QDate(2027, 1, 3)).week, 53);
    EXPECT_EQ(IsoWeek::of(QDate(2027, 1, 3)).year, 2026);
    EXPECT_EQ(IsoWeek::of(QDate(2027, 1, 4)).week, 1);
    EXPECT_EQ(IsoWeek::of(QDate(2027, 1, 4)).year, 2027);
    // 2025 has 52: its last days already belong to week 1 of 2026.
    EXPECT_EQ(IsoWeek::of(QDate(2025, 12, 29)).week, 1);
    EXPECT_EQ(IsoWeek::of(QDate(2025, 12, 29)).year, 2026);
}

TEST(IsoWeekParity, TwoOddWeeksInARowAfterWeekFiftyThree)
{
    // Week 53 of 2026 and week 1 of 2027 are both odd: the odd-Friday club meets on two
    // Fridays in a row, and the even-Thursday club skips three weeks.
    const RecurrenceRule oddFridays = RecurrenceRule::weekly(Qt::Friday, WeekParity::Odd);
    EXPECT_EQ(datesOf(oddFridays, QDate(2026, 12, 14), QDate(2027, 1, 24)),
              (QList<QDate>{QDate(2026, 12, 18), QDate(2027, 1, 1), QDate(2027, 1, 8),
                            QDate(2027, 1, 22)}));
    const RecurrenceRule evenThursdays = RecurrenceRule::weekly(Qt::Thursday, WeekParity::Even);
    EXPECT_EQ(datesOf(evenThursdays, QDate(2026, 12, 14), QDate(2027, 1, 24)),
              (QList<QDate>{QDate(2026, 12, 24), QDate(2027, 1, 14)}));
}

TEST(IsoWeekParity, NormalAlternationAcrossAFiftyTwoWeekYear)
{
    // 2025-12-22 is week 52 (even), 2025-12-29 week 1 of 2026 (odd), 2026-01-05 week 2 (even).
    const RecurrenceRule evenMondays = RecurrenceRule::weekly(Qt::Monday, WeekParity::Even);
    EXPECT_EQ(datesOf(evenMondays, QDate(2025, 12, 15), QDate(2026, 1, 11)),
              (QList<QDate>{QDate(2025, 12, 22), QDate(2026, 1, 5)}));
}

TEST(IsoWeekParity, TwentyTwentyAlsoHadFiftyThreeWeeks)
{
    const RecurrenceRule oddThursdays = RecurrenceRule::weekly(Qt::Thursday, WeekParity::Odd);
    EXPECT_EQ(datesOf(oddThursdays, QDate(2020, 12, 21), QDate(2021, 1, 17)),
              (QList<QDate>{QDate(2020, 12, 31), QDate(2021, 1, 7)}));
}

TEST(MonthlyRule, NthAndLastWeekday)
{
    EXPECT_EQ(
        datesOf(RecurrenceRule::monthly(-1, Qt::Friday), QDate(2026, 1, 1), QDate(2026, 3, 31)),
        (QList<QDate>{QDate(2026, 1, 30), QDate(2026, 2, 27), QDate(2026, 3, 27)}));
    EXPECT_EQ(
        datesOf(RecurrenceRule::monthly(2, Qt::Tuesday), QDate(2026, 11, 1), QDate(2026, 12, 31)),
        (QList<QDate>{QDate(2026, 11, 10), QDate(2026, 12, 8)}));
    // A fifth Monday exists only in some months (March and June 2026 among the first half).
    EXPECT_EQ(
        datesOf(RecurrenceRule::monthly(5, Qt::Monday), QDate(2026, 1, 1), QDate(2026, 6, 30)),
        (QList<QDate>{QDate(2026, 3, 30), QDate(2026, 6, 29)}));
    EXPECT_FALSE(RecurrenceRule::monthly(6, Qt::Monday).problem().isEmpty());
    EXPECT_FALSE(RecurrenceRule::monthly(0, Qt::Monday).problem().isEmpty());
}

TEST(OnceRule, OnlyItsDateAndWindowLimits)
{
    EXPECT_EQ(
        datesOf(RecurrenceRule::once(QDate(2026, 12, 12)), QDate(2026, 12, 1), QDate(2026, 12, 31)),
        QList<QDate>{QDate(2026, 12, 12)});
    EXPECT_FALSE(RecurrenceRule::once(QDate()).problem().isEmpty());

    RecurrenceRule mondays = RecurrenceRule::weekly(Qt::Monday);
    mondays.validFrom = QDate(2026, 12, 8);
    mondays.validUntil = QDate(2026, 12, 21);
    EXPECT_EQ(datesOf(mondays, QDate(2026, 12, 1), QDate(2026, 12, 31)),
              (QList<QDate>{QDate(2026, 12, 14), QDate(2026, 12, 21)}));
    mondays.validUntil = QDate(2026, 12, 1);
    EXPECT_FALSE(mondays.problem().isEmpty());
}

TEST(OnCallRota, PeersAlternateWeeklyFromTheAnchor)
{
    OnCallRota rota{{QStringLiteral("Sára"), QStringLiteral("Monika")}, QDate(2026, 11, 30), {}};
    EXPECT_EQ(rota.peerOn(QDate(2026, 12, 6)), QStringLiteral("Sára")); // Sunday of the anchor week
    EXPECT_EQ(rota.peerOn(QDate(2026, 12, 7)), QStringLiteral("Monika"));
    EXPECT_EQ(rota.peerOn(QDate(2026, 12, 14)), QStringLiteral("Sára"));
    EXPECT_EQ(rota.peerOn(QDate(2026, 11, 29)), QStringLiteral("Monika")); // the week before
    EXPECT_EQ(rota.peerOn(QDate(2026, 11, 16)), QStringLiteral("Sára"));   // two weeks before

    const QList<RotaWeek> weeks = rota.weeksOfMonth(2026, 12);
    ASSERT_EQ(weeks.size(), 5);
    EXPECT_EQ(weeks.first().monday, QDate(2026, 11, 30));
    EXPECT_EQ(weeks.first().isoWeek.week, 49);
    EXPECT_EQ(weeks.last().monday, QDate(2026, 12, 28));
    EXPECT_EQ(weeks.last().sunday, QDate(2027, 1, 3));
    EXPECT_EQ(weeks.last().isoWeek.week, 53);
    QStringList order;
    for (const RotaWeek& week : weeks)
        order << week.peer;
    EXPECT_EQ(order.join(u','), QStringLiteral("Sára,Monika,Sára,Monika,Sára"));
}

} // namespace
} // namespace kotva
