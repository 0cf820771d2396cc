// The contact list: newest activity first, filters, and what a restart shows.

#include "tests/session/SessionFixture.h"

#include <QSet>

using namespace kotva;
using namespace kotva::test;

namespace {

class ContactListTest : public SessionFixture
{
protected:
    QStringList pseudonyms(const ContactFilter& filter = {})
    {
        const Result<QList<Contact>> all = m_service->contacts(filter);
        EXPECT_TRUE(all) << qPrintable(all.error().toString());
        QStringList names;
        for (const Contact& contact : all.value_or(QList<Contact>{}))
            names << contact.pseudonym;
        return names;
    }
};

TEST_F(ContactListTest, NewestActivityFirst)
{
    const Contact anna = open(QStringLiteral("Anna"));
    m_clock.advanceSeconds(60);
    const Contact bara = open(QStringLiteral("Bára"));
    m_clock.advanceSeconds(60);
    const Contact cyril = open(QStringLiteral("Cyril"));
    EXPECT_EQ(pseudonyms(), (QStringList{QStringLiteral("Cyril"), QStringLiteral("Bára"),
                                         QStringLiteral("Anna")}));

    // A new turn moves a contact to the top; contract changes and STOP do not.
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_service->addTurn(anna.id, Author::Client, QStringLiteral("Jsem zpátky.")));
    m_clock.advanceSeconds(60);
    ASSERT_TRUE(m_service->changeContract(bara.id, ContractWish::FindSolution));
    ASSERT_TRUE(m_service->stopTopic(bara.id));
    EXPECT_EQ(pseudonyms(), (QStringList{QStringLiteral("Anna"), QStringLiteral("Cyril"),
                                         QStringLiteral("Bára")}));
    const Contact annaNow = reread(anna.id);
    EXPECT_EQ(annaNow.lastActivityUtc, SessionNow.addSecs(180));
    EXPECT_EQ(annaNow.createdAtUtc, SessionNow);
    EXPECT_EQ(annaNow.turnCount, 1);
    EXPECT_EQ(reread(cyril.id).lastActivityUtc, reread(cyril.id).createdAtUtc);
}

TEST_F(ContactListTest, FilterByChannelAndState)
{
    const Contact chat = open(QStringLiteral("Anna"), Channel::Chat);
    open(QStringLiteral("Bára"), Channel::Phone);
    const Contact phone = open(QStringLiteral("Cyril"), Channel::Phone);
    open(QStringLiteral("Dana"), Channel::InPerson);
    ASSERT_TRUE(m_service->closeContact(phone.id, {}));
    ASSERT_TRUE(m_service->closeContact(chat.id, {}));

    EXPECT_EQ(pseudonyms({Channel::Phone, std::nullopt}).size(), 2);
    EXPECT_EQ(pseudonyms({Channel::Phone, ContactState::Open}),
              QStringList{QStringLiteral("Bára")});
    EXPECT_EQ(pseudonyms({Channel::Phone, ContactState::Closed}),
              QStringList{QStringLiteral("Cyril")});
    EXPECT_EQ(pseudonyms({std::nullopt, ContactState::Closed}).size(), 2);
    EXPECT_EQ(pseudonyms({std::nullopt, ContactState::Open}),
              (QStringList{QStringLiteral("Dana"), QStringLiteral("Bára")}));
    EXPECT_TRUE(pseudonyms({Channel::Group, std::nullopt}).isEmpty());
    EXPECT_EQ(pseudonyms().size(), 4);
    // The filtered list carries the contact's history like the full one.
    const QList<Contact> closed = *m_service->contacts({Channel::Chat, ContactState::Closed});
    ASSERT_EQ(closed.size(), 1);
    EXPECT_TRUE(closed.constFirst().outcome);
    EXPECT_EQ(closed.constFirst().contract.size(), 1);
}

TEST_F(ContactListTest, ReopeningTheVaultShowsTheSameContacts)
{
    const Contact anna = open(QStringLiteral("Anna"), Channel::Email, ContractWish::FindSolution);
    ASSERT_TRUE(m_service->addTurn(anna.id, Author::Client, QStringLiteral("Dobrý den,")));
    ASSERT_TRUE(m_service->addTurn(anna.id, Author::Worker, QStringLiteral("Dobrý den, Anno.")));
    ASSERT_TRUE(m_service->stopTopic(anna.id, QStringLiteral("rodiče")));
    const Contact bara = open(QStringLiteral("Bára"), Channel::Group);
    const QList<Contact> before = *m_service->contacts();

    reopen();
    const QList<Contact> after = *m_service->contacts();
    ASSERT_EQ(after.size(), 2);
    for (qsizetype i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after.at(i).id, before.at(i).id);
        EXPECT_EQ(after.at(i).reference, before.at(i).reference);
        EXPECT_EQ(after.at(i).pseudonym, before.at(i).pseudonym);
        EXPECT_EQ(after.at(i).channel, before.at(i).channel);
        EXPECT_EQ(after.at(i).turnCount, before.at(i).turnCount);
        EXPECT_EQ(after.at(i).currentWish(), before.at(i).currentWish());
        EXPECT_EQ(after.at(i).stoppedTopics.size(), before.at(i).stoppedTopics.size());
    }
    const Contact annaAgain = reread(anna.id);
    EXPECT_EQ(annaAgain.channel, Channel::Email);
    EXPECT_EQ(annaAgain.currentWish(), ContractWish::FindSolution);
    EXPECT_EQ(reread(bara.id).channel, Channel::Group);
    const QList<Turn> turns = turnsOf(anna.id);
    ASSERT_EQ(turns.size(), 2);
    EXPECT_EQ(turns.at(0).author, Author::Client);
    EXPECT_EQ(turns.at(1).author, Author::Worker);
    EXPECT_EQ(turns.at(1).text, QStringLiteral("Dobrý den, Anno."));
}

TEST_F(ContactListTest, ReferencesAreUniqueAndSayNothingAboutTheOrder)
{
    QSet<QString> references;
    for (int i = 0; i < 40; ++i)
        references.insert(open(QStringLiteral("Host")).reference);
    EXPECT_EQ(references.size(), 40);
    EXPECT_EQ(column(*m_vault, QStringLiteral("SELECT count(DISTINCT reference) FROM contacts")),
              QStringList{QStringLiteral("40")});
}

TEST_F(ContactListTest, ContactsWrittenBeforeTheWorkspaceStillList)
{
    // A row in the shape of schema version 1 (the storage tests and old vaults write these).
    QSqlQuery query(m_vault->database());
    ASSERT_TRUE(query.exec(
        QStringLiteral("INSERT INTO contacts (pseudonym, channel, created_at) VALUES ('Old', "
                       "'chat', %1)")
            .arg(SessionNow.toSecsSinceEpoch() - 3600)));
    const QList<Contact> all = *m_service->contacts();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.constFirst().state, ContactState::Open);
    EXPECT_EQ(all.constFirst().lastActivityUtc, SessionNow.addSecs(-3600));
    EXPECT_EQ(all.constFirst().contract.size(), 1); // never empty
    EXPECT_TRUE(all.constFirst().reference.isEmpty());
    const ContactId id = all.constFirst().id;
    EXPECT_TRUE(turnsOf(id).isEmpty());

    // A message written without a turn keeps its id; the next turn's text gets a new one.
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO messages (id, contact_id, author, body, "
                                          "created_at) VALUES (1, %1, 'client', 'staré', %2)")
                               .arg(id)
                               .arg(SessionNow.toSecsSinceEpoch())));
    const auto saved = m_service->addTurn(id, Author::Client, QStringLiteral("nové"));
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());
    EXPECT_GT(saved->turn.id, 1);
    const QList<Turn> turns = turnsOf(id);
    ASSERT_EQ(turns.size(), 1);
    EXPECT_EQ(turns.constFirst().text, QStringLiteral("nové"));
    ASSERT_TRUE(m_service->closeContact(id, {}));
    EXPECT_EQ(reread(id).state, ContactState::Closed);
}

} // namespace
