#include "core/schedule/ProgrammeService.h"

#include "ScheduleTestSupport.h"
#include "core/keys/VaultKey.h"
#include "core/storage/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// The coordinator's programme in a real SQLCipher vault; "restart" opens the file again.
class ProgrammeServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto vault = Vault::create(path(), m_key.clone(), m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.vault")); }

    /// Closes the vault and opens it again, as after a Lock and an unlock.
    void restart()
    {
        m_vault.reset();
        auto vault = Vault::open(path(), m_key.clone(), m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
    }

    static const QDate& monday()
    {
        static const QDate date(2026, 12, 14);
        return date;
    }

    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    FixedClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Vault> m_vault;
};

TEST_F(ProgrammeServiceTest, AnEmptyVaultHasNoProgrammeAndNothingToUndo)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    EXPECT_FALSE(service.hasProgramme());
    EXPECT_FALSE(service.loadError().has_value());
    EXPECT_TRUE(service.storesInVault());
    EXPECT_FALSE(service.canUndo());
    EXPECT_FALSE(service.undo().has_value());
}

TEST_F(ProgrammeServiceTest, TheFirstProgrammeNeedsNoQuestionAndSurvivesARestart)
{
    {
        ProgrammeService service{ProgrammeRepository(*m_vault)};
        const Programme example = test::exampleProgramme();
        EXPECT_FALSE(service.replacementOf(example).needsConfirmation());
        QSignalSpy changed(&service, &ProgrammeService::programmeChanged);
        ASSERT_TRUE(service.replace(example).has_value());
        EXPECT_EQ(changed.count(), 1);
    }
    restart();
    ProgrammeService reopened{ProgrammeRepository(*m_vault)};
    ASSERT_TRUE(reopened.hasProgramme());
    EXPECT_EQ(reopened.programme(), test::exampleProgramme());
}

TEST_F(ProgrammeServiceTest, ACancellationIsStoredAtOnceAndUndone)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    ASSERT_TRUE(service.replace(test::exampleProgramme()).has_value());
    ASSERT_TRUE(service
                    .cancelOccurrence(QStringLiteral("support-group"), monday(),
                                      QStringLiteral("obě vedoucí nemocné"))
                    .has_value());
    ASSERT_TRUE(service.canUndo());
    EXPECT_EQ(service.undoText(), QStringLiteral("the cancellation"));
    restart();
    {
        ProgrammeService reopened{ProgrammeRepository(*m_vault)};
        ASSERT_EQ(reopened.programme().cancellations.size(), 1);
        EXPECT_EQ(reopened.programme().cancellations.first().reason,
                  QStringLiteral("obě vedoucí nemocné"));
        // Undo lives as long as the unlocked session: a restart starts a new history.
        EXPECT_FALSE(reopened.canUndo());
    }
    ProgrammeService service2{ProgrammeRepository(*m_vault)};
    ASSERT_TRUE(service2.restoreOccurrence(QStringLiteral("support-group"), monday()).has_value());
    EXPECT_TRUE(service2.programme().cancellations.isEmpty());
    ASSERT_TRUE(service2.undo().has_value());
    EXPECT_EQ(service2.programme().cancellations.size(), 1);
    EXPECT_EQ(ProgrammeRepository(*m_vault).load()->cancellations.size(), 1);
}

TEST_F(ProgrammeServiceTest, ReplacingSaysWhatWouldBeLost)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    ASSERT_TRUE(service.replace(test::exampleProgramme()).has_value());
    ASSERT_TRUE(
        service.cancelOccurrence(QStringLiteral("support-group"), monday(), QStringLiteral("nemoc"))
            .has_value());
    OccurrenceChange change;
    change.activityId = QStringLiteral("support-group");
    change.date = monday().addDays(7);
    change.start = QTime(17, 0);
    change.end = QTime(19, 0);
    change.note = QStringLiteral("vánoční posezení");
    ASSERT_TRUE(service.changeOccurrence(change).has_value());

    Programme incoming = test::exampleProgramme();
    const QString lostTitle = incoming.activities.last().title;
    const QString lostId = incoming.activities.last().id;
    incoming.activities.removeLast();
    incoming.cancellations.removeIf([&](const Cancellation& c) { return c.activityId == lostId; });
    incoming.changes.removeIf([&](const OccurrenceChange& c) { return c.activityId == lostId; });
    incoming.rota.peers = {QStringLiteral("Eva"), QStringLiteral("Jana")};

    const ProgrammeService::Replacement replacement = service.replacementOf(incoming);
    EXPECT_TRUE(replacement.needsConfirmation());
    EXPECT_TRUE(replacement.replacesStored);
    EXPECT_EQ(replacement.cancellationsLost, 1);
    EXPECT_EQ(replacement.changesLost, 1);
    EXPECT_EQ(replacement.activitiesLost, QStringList{lostTitle});
    EXPECT_TRUE(replacement.rotaChanged);
    EXPECT_EQ(replacement.losses().size(), 4);
    // Asking changed nothing.
    EXPECT_EQ(ProgrammeRepository(*m_vault).load()->cancellations.size(), 1);
}

TEST_F(ProgrammeServiceTest, AnUnusableEditChangesNothing)
{
    ProgrammeService service{ProgrammeRepository(*m_vault)};
    ASSERT_TRUE(service.replace(test::exampleProgramme()).has_value());
    QSignalSpy changed(&service, &ProgrammeService::programmeChanged);
    // The support group does not meet on a Tuesday: a cancellation there is an error.
    const Status refused = service.cancelOccurrence(QStringLiteral("support-group"),
                                                    monday().addDays(1), QStringLiteral("x"));
    ASSERT_FALSE(refused.has_value());
    EXPECT_FALSE(refused.error().message.isEmpty());
    EXPECT_FALSE(
        service.cancelOccurrence(QStringLiteral("support-group"), monday(), QString()).has_value());
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(service.programme().cancellations.isEmpty());
    EXPECT_FALSE(service.canUndo());
}

TEST_F(ProgrammeServiceTest, WithoutAVaultEditsStayInMemory)
{
    ProgrammeService service;
    EXPECT_FALSE(service.storesInVault());
    ASSERT_TRUE(service.replace(test::exampleProgramme()).has_value());
    EXPECT_FALSE(service.replacementOf(Programme{}).replacesStored);
    ASSERT_TRUE(
        service.cancelOccurrence(QStringLiteral("support-group"), monday(), QStringLiteral("x"))
            .has_value());
    EXPECT_FALSE(ProgrammeRepository(*m_vault).load().has_value());
}

} // namespace
} // namespace kotva
