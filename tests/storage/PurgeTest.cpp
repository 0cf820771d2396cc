#include "core/common/Clock.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/ExpiredContent.h"
#include "core/storage/Migrations.h"
#include "core/storage/Purger.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 9, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 Day = 86400;

qint64 ago(qint64 days)
{
    return Now.toSecsSinceEpoch() - days * Day;
}

void run(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text());
}

qint64 count(QSqlDatabase db, const QString& table)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    EXPECT_TRUE(query.next());
    return query.value(0).toLongLong();
}

/// Contact 1 (40 days old) with an old and a new message; contact 2 (400 days old) with a
/// finding; records 13 and 6 months old.
void fill(QSqlDatabase db, const QString& oldText, const QString& newText)
{
    QSqlQuery query(db);
    run(db, QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                           "VALUES (1, 'Anna', 'chat', %1)")
                .arg(ago(40)));
    run(db, QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                           "VALUES (2, 'Bohouš', 'phone', %1)")
                .arg(ago(400)));
    ASSERT_TRUE(query.prepare(QStringLiteral(
        "INSERT INTO messages (contact_id, author, body, created_at) VALUES (?, 'client', ?, ?)")));
    for (int i = 0; i < 20; ++i) {
        query.addBindValue(1);
        query.addBindValue(oldText);
        query.addBindValue(ago(40));
        ASSERT_TRUE(query.exec());
    }
    query.addBindValue(1);
    query.addBindValue(newText);
    query.addBindValue(ago(1));
    ASSERT_TRUE(query.exec());
    run(db, QStringLiteral("INSERT INTO findings (contact_id, kind, rule, created_at) "
                           "VALUES (2, 'crisis', 'acute', %1)")
                .arg(ago(1)));
    run(db, QStringLiteral("INSERT INTO records (kind, created_at) VALUES ('old', %1)")
                .arg(Now.addMonths(-13).toSecsSinceEpoch()));
    run(db, QStringLiteral("INSERT INTO records (kind, created_at) VALUES ('recent', %1)")
                .arg(Now.addMonths(-6).toSecsSinceEpoch()));
}

class PurgeTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("p.vault")); }

    std::unique_ptr<Vault> create()
    {
        auto vault = Vault::create(path(), rawKey(), m_clock);
        EXPECT_TRUE(vault);
        return vault ? std::move(*vault) : nullptr;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{Now};
};

TEST_F(PurgeTest, RemovesExpiredMessagesAndEverythingOlderThanTheRecordLimit)
{
    auto vault = create();
    ASSERT_TRUE(vault);
    QSqlDatabase db = vault->database();
    fill(db, QStringLiteral("old"), QStringLiteral("new"));

    const auto report = vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    EXPECT_EQ(report->ranAtUtc, Now);
    EXPECT_EQ(report->messagesRemoved, 20);
    EXPECT_EQ(report->recordsRemoved, 3); // contact 2, its finding, the old record
    EXPECT_EQ(count(db, QStringLiteral("messages")), 1);
    EXPECT_EQ(count(db, QStringLiteral("contacts")), 1);
    EXPECT_EQ(count(db, QStringLiteral("findings")), 0);
    EXPECT_EQ(count(db, QStringLiteral("records")), 1);

    m_clock.advanceDays(30); // the remaining message is now 31 days old
    const auto later = vault->purge();
    ASSERT_TRUE(later);
    EXPECT_EQ(later->messagesRemoved, 1);
    EXPECT_EQ(count(db, QStringLiteral("messages")), 0);
}

TEST_F(PurgeTest, OpeningTheVaultPurges)
{
    {
        auto vault = create();
        ASSERT_TRUE(vault);
        fill(vault->database(), QStringLiteral("old"), QStringLiteral("new"));
    }
    auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(vault);
    EXPECT_EQ(count((*vault)->database(), QStringLiteral("messages")), 1);
    EXPECT_EQ(count((*vault)->database(), QStringLiteral("records")), 1);
}

TEST_F(PurgeTest, OpeningReportsWhatItsPurgeRemoved)
{
    {
        auto vault = create();
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->openingPurge());
        EXPECT_EQ(vault->openingPurge()->messagesRemoved, 0);
        EXPECT_EQ(vault->openingPurge()->recordsRemoved, 0);
        fill(vault->database(), QStringLiteral("old"), QStringLiteral("new"));
    }
    auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(vault);
    const std::optional<PurgeReport> opening = (*vault)->openingPurge();
    ASSERT_TRUE(opening);
    EXPECT_EQ(opening->ranAtUtc, Now);
    EXPECT_EQ(opening->messagesRemoved, 20);
    EXPECT_EQ(opening->recordsRemoved, 3);
    // The opening purge already removed it all: this is why a caller reporting what
    // expired needs openingPurge().
    const auto again = (*vault)->purge();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->messagesRemoved, 0);
    EXPECT_EQ(again->recordsRemoved, 0);
    EXPECT_EQ((*vault)->openingPurge()->messagesRemoved, 20); // purge() does not replace it
}

/// Dated tables (the schedule module's programme) expire by the end of their event.
TEST_F(PurgeTest, PastEventsExpireTwelveMonthsAfterTheyEndedNotAfterTheyWereStored)
{
    auto vault = create();
    ASSERT_TRUE(vault);
    QSqlDatabase db = vault->database();
    const qint64 cutoff = RetentionPolicy{}.recordCutoff(Now).toSecsSinceEpoch();
    const qint64 stored = Now.toSecsSinceEpoch() - Day;         // stored yesterday: irrelevant
    const qint64 ancient = Now.addYears(-3).toSecsSinceEpoch(); // stored long ago: irrelevant
    // Ended one second before the cutoff: expired. Ended at the cutoff: stays.
    run(db, QStringLiteral("INSERT INTO schedule_cancellations (activity_id, event_date, reason, "
                           "event_end, created_at) VALUES ('club', '2024-08-31', 'x', %1, %2), "
                           "('club', '2024-09-01', 'y', %3, %4)")
                .arg(cutoff - 1)
                .arg(stored)
                .arg(cutoff)
                .arg(ancient));
    run(db, QStringLiteral("INSERT INTO schedule_changes (activity_id, event_date, definition, "
                           "event_end, created_at) VALUES ('trip', '2023-05-01', '{}', %1, %2)")
                .arg(ago(500))
                .arg(stored));
    // An activity that recurs without end (NULL) never expires, however old.
    run(db, QStringLiteral("INSERT INTO schedule_activities (activity_id, position, definition, "
                           "event_end, created_at) VALUES ('club', 0, '{}', NULL, %1), "
                           "('trip', 1, '{}', %2, %3), ('camp', 2, '{}', %4, %5)")
                .arg(ancient)
                .arg(ago(366))
                .arg(stored)
                .arg(ago(10))
                .arg(ancient));
    // Not about contacts: the vault reports no oldest record.
    const auto info = vault->info();
    ASSERT_TRUE(info);
    EXPECT_FALSE(info->oldestRecordAgeSeconds.has_value());

    const auto report = vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    EXPECT_EQ(report->recordsRemoved, 3); // the cancellation before the cutoff, change, trip
    EXPECT_EQ(report->messagesRemoved, 0);
    EXPECT_EQ(count(db, QStringLiteral("schedule_cancellations")), 1);
    EXPECT_EQ(count(db, QStringLiteral("schedule_changes")), 0);
    QSqlQuery left(db);
    ASSERT_TRUE(
        left.exec(QStringLiteral("SELECT group_concat(activity_id) FROM (SELECT activity_id FROM "
                                 "schedule_activities ORDER BY position)")));
    ASSERT_TRUE(left.next());
    EXPECT_EQ(left.value(0).toString(), QStringLiteral("club,camp"));

    // The same rule runs when the vault is opened later (and by the hourly Purger): within
    // two months of its last use on its own, after a year of no use once a person confirms
    // the date.
    vault.reset();
    m_clock.advanceDays(365);
    auto reopened = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(reopened);
    ASSERT_TRUE((*reopened)->purgeHeld());
    EXPECT_EQ(count((*reopened)->database(), QStringLiteral("schedule_activities")), 2);
    (*reopened)->confirmClock();
    const auto later = (*reopened)->purge();
    ASSERT_TRUE(later);
    EXPECT_EQ(later->recordsRemoved, 2); // the cutoff one and the camp
    EXPECT_EQ(count((*reopened)->database(), QStringLiteral("schedule_activities")), 1);
}

// Issue 14: a client's e-mail address stays only until the answer plus a grace period. The
// purge blanks it (and the message ids) once that time has passed; the row stays as a record.
TEST_F(PurgeTest, AClientsAddressGoesAtItsOwnTimeWhileTheRecordStays)
{
    auto vault = create();
    ASSERT_TRUE(vault);
    QSqlDatabase db = vault->database();
    run(db, QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                           "VALUES (1, 'Eva', 'email', %1)")
                .arg(ago(10)));
    // Answered, grace over a second ago; answered, grace not over; not answered yet.
    const qint64 now = Now.toSecsSinceEpoch();
    run(db, QStringLiteral("INSERT INTO mail_messages (folder, uid_validity, uid, contact_id, "
                           "received_at, due_at, client_address, client_message_id, "
                           "client_references, address_expires_at, created_at) VALUES "
                           "('INBOX', 7, 1, 1, %1, %1, 'eva@example.cz', 'a@example.cz', "
                           "'r@example.cz', %2, %1), "
                           "('INBOX', 7, 2, 1, %1, %1, 'jan@example.cz', 'b@example.cz', NULL, "
                           "%3, %1), "
                           "('INBOX', 7, 3, 1, %1, %1, 'ota@example.cz', 'c@example.cz', NULL, "
                           "NULL, %1)")
                .arg(ago(10))
                .arg(now - 1)
                .arg(now + Day));

    ASSERT_TRUE(vault->purge());
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral(
        "SELECT uid, coalesce(client_address, '-'), coalesce(client_message_id, '-'), "
        "coalesce(client_references, '-') FROM mail_messages ORDER BY uid")));
    QStringList rows;
    while (query.next())
        rows << QStringList{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toString()}
                    .join(u' ');
    EXPECT_EQ(rows, QStringList({QStringLiteral("1 - - -"),
                                 QStringLiteral("2 jan@example.cz b@example.cz -"),
                                 QStringLiteral("3 ota@example.cz c@example.cz -")}));

    m_clock.advanceDays(2);
    ASSERT_TRUE(vault->purge());
    EXPECT_EQ(count(db, QStringLiteral("mail_messages WHERE client_address IS NULL")), 2);
    EXPECT_EQ(count(db, QStringLiteral("mail_messages")), 3);
}

// Issue 13, point 4: a clock far past the vault's last use (here "--now 2099") deletes
// nothing on opening nor on a purge, until a person confirms the date; within two months of
// the last use, opening purges as before.
TEST_F(PurgeTest, AClockFarPastTheLastUseDeletesNothingUntilConfirmed)
{
    auto vault = create();
    ASSERT_TRUE(vault);
    QSqlDatabase db = vault->database();
    run(db, QStringLiteral("INSERT INTO records (kind, created_at) VALUES ('x', %1)")
                .arg(Now.toSecsSinceEpoch()));
    vault.reset();

    FixedClock jumped(QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC));
    auto opened = Vault::open(path(), rawKey(), jumped);
    ASSERT_TRUE(opened);
    EXPECT_TRUE((*opened)->purgeHeld());
    ASSERT_TRUE((*opened)->lastUsedUtc().has_value());
    EXPECT_EQ((*opened)->openingPurge()->recordsRemoved, 0);
    const auto held = (*opened)->purge();
    ASSERT_TRUE(held);
    EXPECT_EQ(held->recordsRemoved, 0);
    EXPECT_EQ(count((*opened)->database(), QStringLiteral("records")), 1);
    opened->reset();

    m_clock.advanceDays(Vault::MaxDaysWithoutUse - 1);
    auto soon = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(soon);
    EXPECT_FALSE((*soon)->purgeHeld());
}

TEST_F(PurgeTest, PurgedTextIsNotInTheVaultFileOrItsWal)
{
    const QString secret = QStringLiteral("Purgovaný text Věry 99812");
    auto vault = create();
    ASSERT_TRUE(vault);
    fill(vault->database(), secret, QStringLiteral("new"));
    ASSERT_TRUE(vault->purge());
    for (const QString& file : QStringList{path(), path() + QStringLiteral("-wal")}) {
        EXPECT_FALSE(fileContainsText(file, secret)) << qPrintable(file);
    }
    vault.reset();
    EXPECT_FALSE(fileContainsText(path(), secret));
}

/// The same purge on an unkeyed file of the same driver: here the raw bytes would show
/// the text if secure_delete or the WAL truncation did not do their job.
TEST_F(PurgeTest, SecureDeleteAndWalTruncationLeaveNoTraceInTheRawBytes)
{
    const QString secret = QStringLiteral("Viditelný text Jaroslavy 55120");
    const QString plainPath = m_dir.filePath(QStringLiteral("plain.db"));
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("plain-purge");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), name);
        db.setDatabaseName(plainPath);
        db.setConnectOptions(QStringLiteral("KOTVA_CREATE"));
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(storage::applyConnectionPragmas(db));
        ASSERT_TRUE(storage::migrate(db));
        fill(db, secret, QStringLiteral("new"));
        // Sanity: unencrypted, the text is on disk before the purge (WAL or main file).
        ASSERT_TRUE(fileContainsText(plainPath, secret) ||
                    fileContainsText(plainPath + QStringLiteral("-wal"), secret));
        run(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        ASSERT_TRUE(fileContainsText(plainPath, secret));

        const auto report = storage::purgeExpired(db, RetentionPolicy{}, Now);
        ASSERT_TRUE(report) << qPrintable(report.error().toString());
        EXPECT_EQ(report->messagesRemoved, 20);
        EXPECT_FALSE(fileContainsText(plainPath, secret));
        EXPECT_FALSE(fileContainsText(plainPath + QStringLiteral("-wal"), secret));
        EXPECT_EQ(QFileInfo(plainPath + QStringLiteral("-wal")).size(), 0);
        EXPECT_FALSE(fileContainsText(plainPath, QStringLiteral("Bohouš")));
    }
    QSqlDatabase::removeDatabase(name);
}

TEST(RetentionPolicyTest, BoundsAreEnforced)
{
    auto policy = [](int days, int months) { return RetentionPolicy{days, months}.validated(); };
    EXPECT_TRUE(policy(30, 12));
    EXPECT_TRUE(policy(1, 1));
    EXPECT_TRUE(policy(365, 12));
    EXPECT_EQ(policy(0, 12).error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(policy(366, 12));
    EXPECT_FALSE(policy(30, 13)); // the 12-month ceiling cannot be raised
    EXPECT_FALSE(policy(30, 0));
    EXPECT_EQ(RetentionPolicy{}.messageDays, 30);
    EXPECT_EQ(RetentionPolicy{}.recordMonths, 12);
    EXPECT_EQ(RetentionPolicy{}.messageCutoff(Now), Now.addDays(-30));
    EXPECT_EQ(RetentionPolicy{}.recordCutoff(Now), Now.addMonths(-12));
}

TEST_F(PurgeTest, RetentionIsStoredInTheVaultAndShorteningItPurgesAtOnce)
{
    auto vault = create();
    ASSERT_TRUE(vault);
    fill(vault->database(), QStringLiteral("old"), QStringLiteral("new"));
    EXPECT_FALSE(vault->setRetention(RetentionPolicy{30, 13}));
    EXPECT_FALSE(vault->setRetention(RetentionPolicy{400, 12}));
    EXPECT_EQ(vault->retention(), RetentionPolicy{});

    m_clock.advanceSeconds(3600); // the newest message is now just over a day old
    ASSERT_TRUE(vault->setRetention(RetentionPolicy{1, 6}));
    EXPECT_EQ(count(vault->database(), QStringLiteral("messages")), 0); // purged right away
    vault.reset();
    auto reopened = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(reopened);
    EXPECT_EQ((*reopened)->retention(), (RetentionPolicy{1, 6}));
}

TEST_F(PurgeTest, TamperedRetentionNeverRaisesTheCeiling)
{
    {
        auto vault = create();
        ASSERT_TRUE(vault);
        run(vault->database(), QStringLiteral("UPDATE settings SET value = '60' WHERE key = "
                                              "'retention.record_months'"));
        run(vault->database(), QStringLiteral("UPDATE settings SET value = '9999' WHERE key = "
                                              "'retention.message_days'"));
    }
    auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(vault);
    EXPECT_EQ((*vault)->retention().recordMonths, 12);
    EXPECT_EQ((*vault)->retention().messageDays, 365);
}

TEST_F(PurgeTest, PurgerRunsWhenStartedAndReportsFailures)
{
    auto vault = create();
    ASSERT_TRUE(vault);
    fill(vault->database(), QStringLiteral("old"), QStringLiteral("new"));
    Purger purger(*vault);
    QSignalSpy purged(&purger, &Purger::purged);
    QSignalSpy failed(&purger, &Purger::failed);
    purger.start();
    ASSERT_EQ(purged.count(), 1);
    EXPECT_EQ(purged.at(0).at(0).value<PurgeReport>().messagesRemoved, 20);
    EXPECT_EQ(failed.count(), 0);
    purger.stop();

    vault->close();
    purger.start();
    EXPECT_EQ(failed.count(), 1);
    purger.stop();
}

} // namespace
