#include "core/vaultsession/VaultSession.h"

#include "core/keys/VaultKey.h"
#include "core/schedule/ProgrammeJson.h"
#include "core/storage/Vault.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/TestPaths.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// A real SQLCipher vault and the session over it, as the app makes it at unlock.
class VaultSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto vault = Vault::create(path(), m_key.clone(), m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
        m_session = std::make_unique<VaultSession>(*m_vault, test::builtInAnalyzer(), m_clock);
    }
    void TearDown() override
    {
        m_session.reset();
        m_vault.reset();
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.vault")); }

    /// Locks and unlocks: the session goes before the vault closes, a new one comes after.
    void relock()
    {
        m_session.reset();
        m_vault.reset();
        auto vault = Vault::open(path(), m_key.clone(), m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
        m_session = std::make_unique<VaultSession>(*m_vault, test::builtInAnalyzer(), m_clock);
    }

    Contact openContact()
    {
        const Result<Contact> contact =
            m_session->contacts().openContact({Channel::Chat, QStringLiteral("Eva"), {}});
        EXPECT_TRUE(contact.has_value());
        return contact.value_or(Contact{});
    }

    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    FixedClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultSession> m_session;
};

TEST_F(VaultSessionTest, AContactWithSignsOfDangerSuggestsASupervisionNoteWhenClosed)
{
    const Contact contact = openContact();
    ASSERT_TRUE(m_session->contacts()
                    .addTurn(contact.id, Author::Client,
                             QStringLiteral("Už jsem spolykala celou krabičku léků."))
                    .has_value());
    QSignalSpy suggested(m_session.get(), &VaultSession::noteSuggested);
    ASSERT_TRUE(m_session->closeContact(contact.id, ContactOutcome{}).has_value());
    ASSERT_EQ(suggested.count(), 1);
    const auto suggestion = suggested.first().first().value<NoteSuggestion>();
    EXPECT_TRUE(suggestion.crisis);
    EXPECT_FALSE(suggestion.boundary);
    EXPECT_EQ(suggestion.contactReference, contact.reference);
}

TEST_F(VaultSessionTest, AnOrdinaryContactClosesWithoutASuggestion)
{
    const Contact contact = openContact();
    ASSERT_TRUE(m_session->contacts()
                    .addTurn(contact.id, Author::Client, QStringLiteral("Dneska je hezky."))
                    .has_value());
    QSignalSpy suggested(m_session.get(), &VaultSession::noteSuggested);
    ASSERT_TRUE(m_session->closeContact(contact.id, ContactOutcome{}).has_value());
    EXPECT_EQ(suggested.count(), 0);
    // Closing twice is refused and suggests nothing.
    EXPECT_FALSE(m_session->closeContact(contact.id, ContactOutcome{}).has_value());
    EXPECT_EQ(suggested.count(), 0);
}

TEST_F(VaultSessionTest, TheRegionIsStoredAnnouncedOnceAndReadAfterTheNextUnlock)
{
    EXPECT_EQ(m_session->organisationRegion(), QString());
    QSignalSpy changed(m_session.get(), &VaultSession::regionChanged);
    ASSERT_TRUE(m_session->setOrganisationRegion(QStringLiteral("CZ032")).has_value());
    ASSERT_TRUE(m_session->setOrganisationRegion(QStringLiteral("CZ032")).has_value());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toString(), QStringLiteral("CZ032"));
    relock();
    EXPECT_EQ(m_session->organisationRegion(), QStringLiteral("CZ032"));
}

TEST_F(VaultSessionTest, APurgeThatRemovesExpiredTextIsAnnounced)
{
    const Contact contact = openContact();
    ASSERT_TRUE(m_session->contacts()
                    .addTurn(contact.id, Author::Client, QStringLiteral("Ahoj, jak se máš?"))
                    .has_value());
    m_clock.advanceDays(31); // past the default 30 days of message text
    QSignalSpy purged(m_session.get(), &VaultSession::purged);
    m_session->start();
    ASSERT_EQ(purged.count(), 1);
    EXPECT_GT(purged.first().first().value<PurgeReport>().messagesRemoved, 0);
}

TEST_F(VaultSessionTest, EveryUnlockIsInTheAccessLog)
{
    m_session->start();
    relock();
    m_session->start();
    const Result<QList<AccessEntry>> log = m_session->accessLog().entries();
    ASSERT_TRUE(log) << qPrintable(log.error().toString());
    ASSERT_EQ(log->size(), 2);
    for (const AccessEntry& entry : *log)
        EXPECT_EQ(entry.action, AccessAction::Unlocked);
}

TEST_F(VaultSessionTest, ProgrammeEditsAreStoredAndAnnounced)
{
    const Result<LoadedProgramme> example = ProgrammeJson::loadFile(
        test::sourceDir() + QStringLiteral("/resources/programmes/example.json"));
    ASSERT_TRUE(example.has_value());
    QSignalSpy changed(m_session.get(), &VaultSession::programmeChanged);
    ASSERT_TRUE(m_session->programme().replace(example->programme).has_value());
    EXPECT_EQ(changed.count(), 1);
    relock();
    ASSERT_TRUE(m_session->programme().hasProgramme());
    EXPECT_EQ(m_session->programme().programme(), example->programme);
}

TEST_F(VaultSessionTest, NotesAndContactsShareTheVaultAndItsRetention)
{
    EXPECT_EQ(m_session->supervision().recordMonths(), m_vault->retention().recordMonths);
    SupervisionNote note;
    note.text = QStringLiteral("Těžký rozhovor, potřebuju to probrat.");
    ASSERT_TRUE(m_session->supervision().save(note).has_value());
    relock();
    const auto notes = m_session->supervision().notes();
    ASSERT_TRUE(notes.has_value());
    EXPECT_EQ(notes->size(), 1);
}

} // namespace
} // namespace kotva
