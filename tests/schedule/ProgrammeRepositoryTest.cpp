#include "core/schedule/ProgrammeRepository.h"

#include "ScheduleTestSupport.h"
#include "core/keys/VaultKey.h"
#include "core/storage/Vault.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// A real SQLCipher vault in a temporary folder, with a clock the test moves.
class ProgrammeVault : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto vault =
            Vault::create(m_dir.filePath(QStringLiteral("test.vault")), m_key.clone(), m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
    }

    qint64 rows(const char* table)
    {
        QSqlQuery query(m_vault->database());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
        EXPECT_TRUE(query.next());
        return query.value(0).toLongLong();
    }

    static Programme programmeWithPastEvents()
    {
        Programme programme = test::exampleProgramme();
        Activity trip;
        trip.id = QStringLiteral("trip");
        trip.title = QStringLiteral("Výlet na Karlštejn");
        trip.start = QTime(9, 0);
        trip.end = QTime(17, 0);
        trip.venue = Venue::at(QStringLiteral("Praha-Smíchov, nádraží"));
        trip.leads = {QStringLiteral("Sára"), QStringLiteral("Monika")};
        trip.capacity = 12;
        trip.rules = {RecurrenceRule::once(QDate(2026, 12, 12))};
        programme.activities.append(trip);
        programme.cancellations.append(
            {QStringLiteral("club"), QDate(2026, 12, 10), QStringLiteral("Nemoc")});
        programme.changes.append({QStringLiteral("support-group"), QDate(2026, 12, 14),
                                  QTime(17, 0), QTime(19, 30), Venue::announced(),
                                  QStringLiteral("Vánoční posezení")});
        return programme;
    }

    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Vault> m_vault;
};

TEST_F(ProgrammeVault, NothingSavedIsNotFound)
{
    const auto loaded = ProgrammeRepository(*m_vault).load();
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
}

TEST_F(ProgrammeVault, SaveAndLoadRoundTrip)
{
    const Programme programme = programmeWithPastEvents();
    ProgrammeRepository repository(*m_vault);
    ASSERT_TRUE(repository.save(programme).has_value());
    auto loaded = repository.load();
    ASSERT_TRUE(loaded.has_value()) << loaded.error().toString().toStdString();
    EXPECT_EQ(*loaded, programme);

    // Saving again replaces, it does not add.
    ASSERT_TRUE(repository.save(programme).has_value());
    EXPECT_EQ(rows("schedule_activities"), 3);
    EXPECT_EQ(rows("schedule_cancellations"), 1);
}

TEST_F(ProgrammeVault, SurvivesClosingAndReopening)
{
    const QString path = m_vault->path();
    ASSERT_TRUE(ProgrammeRepository(*m_vault).save(programmeWithPastEvents()).has_value());
    m_vault.reset();
    EXPECT_FALSE(Vault::open(path, VaultKey::generateRaw(), m_clock).has_value());
    auto reopened = Vault::open(path, m_key.clone(), m_clock);
    ASSERT_TRUE(reopened.has_value()) << reopened.error().toString().toStdString();
    const auto loaded = ProgrammeRepository(**reopened).load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(*loaded, programmeWithPastEvents());
}

TEST_F(ProgrammeVault, PastEventsExpireTwelveMonthsAfterTheyEnded)
{
    ProgrammeRepository repository(*m_vault);
    ASSERT_TRUE(repository.save(programmeWithPastEvents()).has_value());
    // The vault's own purge (default retention: 12 months) expires past programme rows.
    // 11. 12. 2027: the cancellation of 10. 12. 2026 ended more than 12 months ago, the trip
    // (12. 12.) and the change (14. 12.) did not yet.
    m_clock.set(QDateTime(QDate(2027, 12, 11), QTime(12, 0), QTimeZone::utc()));
    auto removed = m_vault->purge();
    ASSERT_TRUE(removed.has_value());
    EXPECT_EQ(removed->recordsRemoved, 1);
    auto loaded = repository.load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(loaded->cancellations.isEmpty());
    EXPECT_EQ(loaded->changes.size(), 1);
    EXPECT_EQ(loaded->activities.size(), 3);

    // 20. 12. 2027: the trip and the change are gone too; the recurring activities stay.
    m_clock.set(QDateTime(QDate(2027, 12, 20), QTime(12, 0), QTimeZone::utc()));
    removed = m_vault->purge();
    ASSERT_TRUE(removed.has_value());
    EXPECT_EQ(removed->recordsRemoved, 2);
    loaded = repository.load();
    ASSERT_TRUE(loaded.has_value());
    EXPECT_TRUE(loaded->changes.isEmpty());
    ASSERT_EQ(loaded->activities.size(), 2);
    EXPECT_EQ(loaded->activities.at(0).id, QStringLiteral("support-group"));
    EXPECT_EQ(loaded->activities.at(1).id, QStringLiteral("club"));
    EXPECT_TRUE(loaded->isUsable());
}

TEST_F(ProgrammeVault, VaultPurgeAlsoExpiresPastEvents)
{
    // The vault's own purge (on open and hourly) expires past events, and later events stay
    // until their own twelve months are over.
    ProgrammeRepository repository(*m_vault);
    ASSERT_TRUE(repository.save(programmeWithPastEvents()).has_value());

    // 11. 12. 2027: only the cancellation of 10. 12. 2026 ended more than 12 months ago.
    m_clock.set(QDateTime(QDate(2027, 12, 11), QTime(12, 0), QTimeZone::utc()));
    auto report = m_vault->purge();
    ASSERT_TRUE(report.has_value()) << report.error().toString().toStdString();
    EXPECT_EQ(report->recordsRemoved, 1);
    EXPECT_EQ(rows("schedule_cancellations"), 0);
    EXPECT_EQ(rows("schedule_changes"), 1);
    EXPECT_EQ(rows("schedule_activities"), 3);

    // 1. 6. 2028: the trip and the change are gone too; the recurring activities stay.
    m_clock.set(QDateTime(QDate(2028, 6, 1), QTime(12, 0), QTimeZone::utc()));
    report = m_vault->purge();
    ASSERT_TRUE(report.has_value()) << report.error().toString().toStdString();
    EXPECT_EQ(report->recordsRemoved, 2);
    EXPECT_EQ(report->messagesRemoved, 0);
    EXPECT_EQ(rows("schedule_changes"), 0);
    EXPECT_EQ(rows("schedule_activities"), 2);
    const auto loaded = repository.load();
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(loaded->activities.size(), 2);
    EXPECT_EQ(loaded->activities.at(0).id, QStringLiteral("support-group"));
    EXPECT_EQ(loaded->activities.at(1).id, QStringLiteral("club"));
    EXPECT_TRUE(loaded->isUsable());
}

} // namespace
} // namespace kotva
