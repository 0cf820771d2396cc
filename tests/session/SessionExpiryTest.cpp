// Expiry is the storage layer's job (Vault::purge): a turn's text goes after the message
// retention and the turn stays; the contact and everything about it go after the record
// retention.

#include "tests/session/SessionFixture.h"

using namespace kotva;
using namespace kotva::test;

namespace {

class SessionExpiryTest : public SessionFixture
{};

TEST_F(SessionExpiryTest, ContactSaysWhenItsTextAndItselfExpire)
{
    const Contact fresh = open();
    EXPECT_FALSE(fresh.textExpiresAtUtc); // no text stored yet
    EXPECT_EQ(fresh.recordExpiresAtUtc, SessionNow.addMonths(12));

    m_clock.advanceDays(2);
    ASSERT_TRUE(m_service->addTurn(fresh.id, Author::Client, QStringLiteral("První zpráva.")));
    m_clock.advanceDays(1);
    ASSERT_TRUE(m_service->addTurn(fresh.id, Author::Client, QStringLiteral("Druhá zpráva.")));
    const Contact withText = reread(fresh.id);
    ASSERT_TRUE(withText.textExpiresAtUtc);
    EXPECT_EQ(*withText.textExpiresAtUtc, SessionNow.addDays(2 + 30)); // the oldest text

    ASSERT_TRUE(m_vault->setRetention(RetentionPolicy{7, 6}));
    const Contact shorter = reread(fresh.id);
    EXPECT_EQ(*shorter.textExpiresAtUtc, SessionNow.addDays(2 + 7));
    EXPECT_EQ(shorter.recordExpiresAtUtc, SessionNow.addMonths(6));
}

TEST_F(SessionExpiryTest, PurgeRemovesTheTextButKeepsTheTurn)
{
    const Contact contact = open();
    const QString secret = QStringLiteral("Tajemství 48213 o sousedce.");
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client, secret));
    m_clock.advanceDays(20);
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Worker, QStringLiteral("Rozumím.")));

    m_clock.advanceDays(11); // the first text is 31 days old, the second 11
    const auto report = m_vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    EXPECT_EQ(report->messagesRemoved, 1);

    const QList<Turn> turns = turnsOf(contact.id);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_TRUE(turns.at(0).textExpired);
    EXPECT_TRUE(turns.at(0).text.isEmpty());
    EXPECT_EQ(turns.at(0).createdAtUtc, SessionNow);
    EXPECT_FALSE(turns.at(1).textExpired);
    EXPECT_EQ(turns.at(1).text, QStringLiteral("Rozumím."));
    EXPECT_FALSE(column(*m_vault, QStringLiteral("SELECT body FROM messages"))
                     .join(u' ')
                     .contains(QStringLiteral("48213")));
    const Contact after = reread(contact.id);
    EXPECT_EQ(after.turnCount, 2);
    ASSERT_TRUE(after.textExpiresAtUtc);
    EXPECT_EQ(*after.textExpiresAtUtc, SessionNow.addDays(20 + 30));

    // The same rule when the vault is opened after a long break.
    m_clock.advanceDays(30);
    reopen();
    const QList<Turn> later = turnsOf(contact.id);
    ASSERT_EQ(later.size(), 2);
    EXPECT_TRUE(later.at(1).textExpired);
    EXPECT_FALSE(reread(contact.id).textExpiresAtUtc);
}

// Issue 12 (seed 000: no client files): the pseudonym goes with the message text; the
// contact stays as a record under its anonymous reference.
TEST_F(SessionExpiryTest, ThePseudonymGoesWithTheTextAndTheReferenceStays)
{
    const Contact quiet = open(QStringLiteral("Modrá"));
    ASSERT_TRUE(m_service->addTurn(quiet.id, Author::Client, QStringLiteral("Ahoj.")));
    m_clock.advanceDays(20);
    const Contact active = open();
    m_clock.advanceDays(11); // quiet: 31 days without activity; active: 11
    ASSERT_TRUE(m_vault->purge());

    const Contact gone = reread(quiet.id);
    EXPECT_TRUE(gone.pseudonym.isEmpty());
    EXPECT_FALSE(gone.reference.isEmpty());
    EXPECT_EQ(gone.displayName(), gone.reference);
    EXPECT_EQ(gone.turnCount, 1) << "the record stays";
    EXPECT_EQ(reread(active.id).pseudonym, active.pseudonym);
    EXPECT_FALSE(column(*m_vault, QStringLiteral("SELECT pseudonym FROM contacts"))
                     .contains(QStringLiteral("Modrá")));
}

TEST_F(SessionExpiryTest, AfterTheRecordRetentionNothingAboutTheContactIsLeft)
{
    const Contact contact = open(QStringLiteral("Zuzana"));
    ASSERT_TRUE(m_service->addTurn(contact.id, Author::Client,
                                   QStringLiteral("Spolykala jsem deset prášků.")));
    ASSERT_TRUE(m_service->changeContract(contact.id, ContractWish::FindSolution));
    ASSERT_TRUE(m_service->stopTopic(contact.id, QStringLiteral("práce")));
    ASSERT_TRUE(m_service->closeContact(contact.id, {{}, true, true}));
    m_clock.advanceDays(100);
    const Contact younger = open(QStringLiteral("Yvona"));

    m_clock.set(SessionNow.addMonths(12).addSecs(1));
    const auto report = m_vault->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    EXPECT_EQ(m_service->contact(contact.id).error().code, ErrorCode::NotFound);
    const QList<Contact> left = *m_service->contacts();
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.constFirst().id, younger.id);
    for (const QString& table :
         {QStringLiteral("turns"), QStringLiteral("messages"), QStringLiteral("contact_stops"),
          QStringLiteral("contact_outcomes"), QStringLiteral("records")})
        EXPECT_EQ(countRows(*m_vault, table), 0) << qPrintable(table);
    EXPECT_EQ(countRows(*m_vault, QStringLiteral("contact_contracts")), 1); // Yvona's
    EXPECT_TRUE(turnsOf(contact.id).isEmpty());
}

} // namespace
