// The team's figures month by month from a real vault: what a worker did with contacts
// shows up as counts in the month it happened, in Prague time, and nothing else does.

#include "core/stats/FiguresService.h"

#include "tests/session/SessionFixture.h"

#include <gtest/gtest.h>

namespace kotva::test {
namespace {

class FiguresServiceTest : public SessionFixture
{
protected:
    MonthlyFigures figures(int months = FiguresService::MaxMonths)
    {
        const FiguresService service(*m_vault, m_clock);
        const Result<MonthlyFigures> read = service.lastMonths(months);
        EXPECT_TRUE(read) << qPrintable(read.error().toString());
        return read.value_or(MonthlyFigures{});
    }

    /// The index of the current month (the clock's, March 2026) in a 12-month figure.
    static constexpr qsizetype March = 11;
    static constexpr qsizetype February = 10;
};

TEST_F(FiguresServiceTest, TheLastTwelveMonthsEndWithTheCurrentOneInPragueTime)
{
    const MonthlyFigures all = figures();
    ASSERT_EQ(all.months.size(), 12);
    EXPECT_EQ(all.months.constFirst(), QDate(2025, 4, 1));
    EXPECT_EQ(all.months.constLast(), QDate(2026, 3, 1));
    EXPECT_TRUE(all.rows.isEmpty()) << "an empty vault has nothing to count";

    EXPECT_EQ(figures(3).months,
              (QList<QDate>{QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 3, 1)}));
    EXPECT_EQ(figures(40).months.size(), FiguresService::MaxMonths);
    EXPECT_EQ(figures(0).months.size(), 1);
}

TEST_F(FiguresServiceTest, ContactsCountByChannelAndFirstWishInTheMonthTheyOpened)
{
    // 23:30 UTC on the last day of February is already 1 March in Prague.
    m_clock.set(QDateTime(QDate(2026, 2, 28), QTime(23, 30), Qt::UTC));
    const Contact late = open(QStringLiteral("Eva"), Channel::Phone, ContractWish::FindSolution);
    m_clock.set(QDateTime(QDate(2026, 2, 10), QTime(9, 0), Qt::UTC));
    open(QStringLiteral("Jana"), Channel::Chat, ContractWish::JustBeHeard);
    open(QStringLiteral("Petr"), Channel::Chat, ContractWish::SimilarExperience);
    m_clock.set(SessionNow);
    // A changed wish does not move the contact: it opened with finding a solution.
    ASSERT_TRUE(m_service->changeContract(late.id, ContractWish::JustBeHeard));

    const MonthlyFigures all = figures();
    EXPECT_EQ(all.count(FigureGroup::ContactsByChannel, QStringLiteral("phone"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::ContactsByChannel, QStringLiteral("chat"), February), 2);
    EXPECT_EQ(all.count(FigureGroup::ContactsByChannel, QStringLiteral("chat"), March), 0);
    EXPECT_EQ(all.count(FigureGroup::ContactsByWish, QStringLiteral("find_solution"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::ContactsByWish, QStringLiteral("just_be_heard"), March), 0);
    EXPECT_EQ(all.count(FigureGroup::ContactsByWish, QStringLiteral("just_be_heard"), February), 1);
    // Channels in their usual order: chat before phone.
    const QList<FigureRow> channels = all.rowsOf(FigureGroup::ContactsByChannel);
    ASSERT_EQ(channels.size(), 2);
    EXPECT_EQ(channels.at(0).key, QStringLiteral("chat"));
    EXPECT_EQ(channels.at(0).total(), 2);
}

TEST_F(FiguresServiceTest, ACrisisAReferralABoundaryAStopAndAnOutcomeAreEachCountedOnce)
{
    const Contact contact = open(QStringLiteral("Lucie"));
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client,
                                   QStringLiteral("Už jsem spolykala celou krabičku léků.")));
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client,
                                   QStringLiteral("Spolykala jsem i ty další prášky.")));
    ASSERT_TRUE(m_service->recordReferralGiven(contact.id, RiskLevel::Acute));
    const auto draft = m_service->addTurn(
        contact.id, Author::Worker, QStringLiteral("Tohle zní jako bipolární porucha."), true);
    ASSERT_TRUE(draft);
    ASSERT_TRUE(m_service->stopTopic(contact.id, QStringLiteral("rodina")));
    ContactOutcome outcome;
    outcome.referralGiven = true;
    outcome.bringToSupervision = true;
    const Result<QStringList> known = m_service->outcomeTopics();
    ASSERT_TRUE(known);
    outcome.topics = {known->constFirst(), QStringLiteral("Jana Nováková z Brna")};
    ASSERT_TRUE(m_service->closeContact(contact.id, outcome));

    const MonthlyFigures all = figures();
    EXPECT_EQ(all.count(FigureGroup::CrisisLevel, QStringLiteral("acute"), March), 1)
        << "a contact reaches a level once, however many acute messages it had";
    EXPECT_EQ(all.count(FigureGroup::Referrals, QStringLiteral("acute"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::DraftBoundary, QStringLiteral("diagnosis"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::SentDespiteWarning, QStringLiteral("drafts"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::Stops, QStringLiteral("stops"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::Outcome, QStringLiteral("closed"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::Outcome, QStringLiteral("referral_given"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::Outcome, QStringLiteral("to_supervision"), March), 1);
    EXPECT_EQ(all.count(FigureGroup::Topic, known->constFirst(), March), 1);

    // Only the organisation's topics are counted; the free text never becomes a row, and no
    // row names the contact.
    for (const FigureRow& row : all.rows) {
        EXPECT_FALSE(row.key.contains(QStringLiteral("Nov"))) << qPrintable(row.key);
        EXPECT_NE(row.key, contact.reference);
        EXPECT_NE(row.key, QStringLiteral("Lucie"));
        EXPECT_EQ(row.counts.size(), 12);
    }
}

TEST_F(FiguresServiceTest, AClientRequestIsCountedApartFromTheWorkersDrafts)
{
    const Contact contact = open();
    const auto request = m_service->addTurn(
        contact.id, Author::Client,
        QStringLiteral("Můžete mi říct, jestli mám bipolární poruchu? Jakou mám diagnózu?"));
    ASSERT_TRUE(request);
    ASSERT_FALSE(request->turn.boundaryRules.isEmpty()) << "the analysis saw no request";

    const MonthlyFigures all = figures();
    EXPECT_FALSE(all.rowsOf(FigureGroup::ClientRequest).isEmpty());
    EXPECT_TRUE(all.rowsOf(FigureGroup::DraftBoundary).isEmpty());
    EXPECT_TRUE(all.rowsOf(FigureGroup::SentDespiteWarning).isEmpty());
}

TEST_F(FiguresServiceTest, WhatHappenedBeforeTheMonthsShownIsNotCounted)
{
    m_clock.set(QDateTime(QDate(2025, 3, 20), QTime(9, 0), Qt::UTC));
    open(QStringLiteral("Dana"), Channel::Email);
    m_clock.set(SessionNow);
    EXPECT_TRUE(figures().rows.isEmpty());
    EXPECT_TRUE(figures(1).rows.isEmpty());
}

TEST_F(FiguresServiceTest, EmailCounsellingRowsJoinTheMonthsTheyBelongTo)
{
    MonthlyFigures all = figures(2);
    MailMonthFigures march;
    march.month = QDate(2026, 3, 1);
    march.received = 7;
    march.answered = 5;
    march.answeredWithinDeadline = 4;
    MailMonthFigures old;
    old.month = QDate(2025, 3, 1);
    old.received = 9;
    addMailFigures(all, {march, old});
    EXPECT_EQ(all.count(FigureGroup::Mail, QStringLiteral("received"), 1), 7);
    EXPECT_EQ(all.count(FigureGroup::Mail, QStringLiteral("answered"), 1), 5);
    EXPECT_EQ(all.count(FigureGroup::Mail, QStringLiteral("within_deadline"), 1), 4);
    EXPECT_EQ(all.count(FigureGroup::Mail, QStringLiteral("received"), 0), 0);
    EXPECT_EQ(all.rowsOf(FigureGroup::Mail).constFirst().total(), 7);
}

TEST(ShownCount, OneAndTwoLeaveTheVaultAsLessThanThree)
{
    EXPECT_EQ(shownCount(0), QStringLiteral("0"));
    EXPECT_EQ(shownCount(1), QStringLiteral("< 3"));
    EXPECT_EQ(shownCount(2), QStringLiteral("< 3"));
    EXPECT_EQ(shownCount(3), QStringLiteral("3"));
    EXPECT_EQ(shownCount(1250), QStringLiteral("1250"));
}

TEST(ShownTotal, ATotalDoesNotGiveAHiddenMonthAway)
{
    const auto total = [](QList<int> counts) {
        return shownTotal(
            FigureRow{FigureGroup::ContactsByChannel, QStringLiteral("chat"), counts});
    };
    EXPECT_EQ(total({0, 5, 4}), QStringLiteral("9")) << "nothing hidden: the exact total";
    EXPECT_EQ(total({1, 5}), QStringLiteral("6\u20137")) << "not 6, which would say the 1";
    EXPECT_EQ(total({2, 5}), QStringLiteral("6\u20137")) << "a 2 reads the same as a 1";
    EXPECT_EQ(total({1, 0}), QStringLiteral("< 3"));
    EXPECT_EQ(total({1, 1}), QStringLiteral("2\u20134"));
    EXPECT_EQ(total({0, 0}), QStringLiteral("0"));
}

} // namespace
} // namespace kotva::test
