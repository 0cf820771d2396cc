// The access log on a real vault: who did what and when, never content, expiring with the
// records.

#include "core/supervision/AccessLog.h"

#include "tests/session/SessionFixture.h"

#include <gtest/gtest.h>

namespace kotva::test {
namespace {

class AccessLogTest : public SessionFixture
{};

TEST_F(AccessLogTest, EntriesAreReadNewestFirstWithWhoWhatAndWhen)
{
    AccessLog log(*m_vault, m_clock);
    ASSERT_TRUE(log.record(AccessAction::Unlocked));
    m_clock.advanceDays(1);
    log.setMember(QStringLiteral("Jana (vedoucí týmu)"));
    ASSERT_TRUE(log.record(AccessAction::OpenedTeamAgenda, QStringLiteral("2026-03")));

    const Result<QList<AccessEntry>> entries = log.entries();
    ASSERT_TRUE(entries) << qPrintable(entries.error().toString());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).action, AccessAction::OpenedTeamAgenda);
    EXPECT_EQ(entries->at(0).member, QStringLiteral("Jana (vedoucí týmu)"));
    EXPECT_EQ(entries->at(0).detail, QStringLiteral("2026-03"));
    EXPECT_EQ(entries->at(0).atUtc, SessionNow.addDays(1));
    EXPECT_EQ(entries->at(1).action, AccessAction::Unlocked);
    EXPECT_TRUE(entries->at(1).member.isEmpty()) << "a vault of one person names nobody";

    // The columns are who, what, which month and when: nothing else can be in them.
    QSqlQuery columns(m_vault->database());
    ASSERT_TRUE(columns.exec(QStringLiteral("PRAGMA table_info(access_log)")));
    QStringList names;
    while (columns.next())
        names << columns.value(1).toString();
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("id"), QStringLiteral("member"), QStringLiteral("action"),
                           QStringLiteral("detail"), QStringLiteral("created_at")}));
}

TEST_F(AccessLogTest, TheLogExpiresWithTheRecords)
{
    AccessLog log(*m_vault, m_clock);
    ASSERT_TRUE(log.record(AccessAction::SavedIndividualList));
    m_clock.set(SessionNow.addMonths(12).addSecs(1));
    ASSERT_TRUE(log.record(AccessAction::Unlocked));
    const auto report = m_vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    const Result<QList<AccessEntry>> entries = log.entries();
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->constFirst().action, AccessAction::Unlocked);
}

TEST(AccessActionNames, RoundTripAndUnknownIsNothing)
{
    for (AccessAction action : {AccessAction::Unlocked, AccessAction::OpenedTeamAgenda,
                                AccessAction::SavedTeamAgenda, AccessAction::SavedIndividualList}) {
        EXPECT_EQ(accessActionFromName(accessActionName(action)), action);
        EXPECT_FALSE(accessActionLabel(action).isEmpty());
    }
    EXPECT_FALSE(accessActionFromName(QStringLiteral("read_everything")));
}

} // namespace
} // namespace kotva::test
