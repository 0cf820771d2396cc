#include "core/mail/intake/AcknowledgementText.h"
#include "core/mail/intake/MailFigures.h"
#include "core/mail/intake/MailService.h"
#include "core/mail/mime/MimeReader.h"
#include "tests/mail/intake/MailFixture.h"

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QString Folder = QStringLiteral("INBOX");

QByteArray janaMail()
{
    return clientMail(QStringLiteral("Jana Dvořáková"), QStringLiteral("jana.dvorakova@seznam.cz"),
                      QStringLiteral("Nevím si rady s mámou"),
                      QStringLiteral("Dobrý den,\npíšu vám, protože se o mámu starám sama a "
                                     "nevím, kde hledat pomoc s péčí. Volat mi můžete na "
                                     "603 123 456.\nJana"),
                      "c1@seznam.cz");
}

class MailIntakeTest : public MailFixture
{};

} // namespace

TEST_F(MailIntakeTest, AClientsMessageBecomesAnEmailContactWithItsDueDateAndNoPersonalData)
{
    const auto taken = m_intake->takeIn(Folder, 7, 1, janaMail());
    ASSERT_TRUE(taken) << qPrintable(taken.error().toString());
    EXPECT_EQ(*taken, TakenIn::Contact);

    const auto contacts = m_contacts->contacts();
    ASSERT_TRUE(contacts);
    ASSERT_EQ(contacts->size(), 1);
    const Contact& contact = contacts->first();
    EXPECT_EQ(contact.channel, Channel::Email);
    EXPECT_EQ(contact.pseudonym, QStringLiteral("Jana")); // the first name only
    const auto turns = m_contacts->turns(contact.id);
    ASSERT_TRUE(turns);
    ASSERT_EQ(turns->size(), 1);
    EXPECT_TRUE(turns->first().text.contains(QStringLiteral("Nevím si rady s mámou")));
    EXPECT_TRUE(turns->first().text.contains(QStringLiteral("pomoc s péčí")));
    EXPECT_FALSE(turns->first().text.contains(QStringLiteral("603 123 456")));

    // Monday 09:30 + 4 working days = Friday 09:30 (Prague).
    const auto record = m_intake->repository().recordOfContact(contact.id);
    ASSERT_TRUE(record && *record);
    EXPECT_EQ((*record)->dueAtUtc, QDateTime(QDate(2026, 12, 11), QTime(8, 30), Qt::UTC));
    EXPECT_EQ((*record)->ack, AckState::Pending);
    // The address is kept (encrypted in the vault) only for the answer.
    EXPECT_EQ((*record)->clientAddress, QStringLiteral("jana.dvorakova@seznam.cz"));
    EXPECT_TRUE(column(QStringLiteral("SELECT body FROM messages"))
                    .join(u' ')
                    .indexOf(QStringLiteral("seznam.cz")) < 0);
}

TEST_F(MailIntakeTest, TheSameUidIsTakenInOnceAndTheCursorMovesPastIt)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    const auto again = m_intake->takeIn(Folder, 7, 1, janaMail());
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, TakenIn::Duplicate);
    EXPECT_EQ(m_contacts->contacts()->size(), 1);
    EXPECT_EQ(*m_intake->nextUid(Folder, 7), 2u);
    // Another UIDVALIDITY starts the folder again, and recognises the same message by its id.
    EXPECT_EQ(*m_intake->nextUid(Folder, 8), 1u);
    const auto renumbered = m_intake->takeIn(Folder, 8, 5, janaMail());
    ASSERT_TRUE(renumbered);
    EXPECT_EQ(*renumbered, TakenIn::Duplicate);
    EXPECT_EQ(m_contacts->contacts()->size(), 1);
    EXPECT_EQ(*m_intake->nextUid(Folder, 8), 6u);
}

TEST_F(MailIntakeTest, AutoRepliesBouncesAndListsGetNoContactAndNoAcknowledgement)
{
    const QByteArray vacation =
        clientMail(QStringLiteral("Petr"), QStringLiteral("petr@example.cz"),
                   QStringLiteral("Nepřítomnost"), QStringLiteral("Jsem do pondělí pryč."),
                   "v1@example.cz", "Auto-Submitted: auto-replied\r\n");
    const QByteArray list =
        clientMail(QStringLiteral("Zpravodaj"), QStringLiteral("news@example.cz"),
                   QStringLiteral("Novinky"), QStringLiteral("Novinky z oboru."), "l1@example.cz",
                   "List-Id: <novinky.example.cz>\r\nPrecedence: list\r\n");
    ASSERT_EQ(*m_intake->takeIn(Folder, 7, 1, vacation), TakenIn::Automated);
    ASSERT_EQ(*m_intake->takeIn(Folder, 7, 2, list), TakenIn::Automated);
    EXPECT_TRUE(m_contacts->contacts()->isEmpty());
    EXPECT_EQ(column(QStringLiteral("SELECT ack_state FROM mail_messages")),
              QStringList({QStringLiteral("not_needed"), QStringLiteral("not_needed")}));
    EXPECT_EQ(*m_intake->nextUid(Folder, 7), 3u);
}

TEST_F(MailIntakeTest, GarbageIsRecordedAsUnreadableAndNotFetchedAgain)
{
    const auto taken = m_intake->takeIn(Folder, 7, 1, QByteArray("\x00\x01\x02 not a message", 20));
    ASSERT_TRUE(taken);
    EXPECT_EQ(*taken, TakenIn::Unreadable);
    EXPECT_EQ(*m_intake->nextUid(Folder, 7), 2u);
    EXPECT_TRUE(m_contacts->contacts()->isEmpty());
}

TEST_F(MailIntakeTest, OldMessagesAndOurOwnAreNotAcknowledged)
{
    // A mailbox connected for the first time still holds last month's mail.
    const QByteArray old =
        clientMail(QStringLiteral("Eva"), QStringLiteral("eva@example.cz"), QStringLiteral("Dotaz"),
                   QStringLiteral("Dobrý den, dotaz."), "o1@example.cz");
    m_clock.set(MailNow.addDays(30));
    ASSERT_EQ(*m_intake->takeIn(Folder, 7, 1, old), TakenIn::Contact);
    const QByteArray own = clientMail(
        QStringLiteral("Poradna"), QStringLiteral("poradna@kotva.test"), QStringLiteral("Test"),
        QStringLiteral("Zkouška."), "s1@kotva.test", {}, MailNow.addDays(30));
    ASSERT_EQ(*m_intake->takeIn(Folder, 7, 2, own), TakenIn::Contact);
    EXPECT_EQ(column(QStringLiteral("SELECT ack_state FROM mail_messages ORDER BY uid")),
              QStringList({QStringLiteral("not_needed"), QStringLiteral("not_needed")}));
}

TEST_F(MailIntakeTest, TheAcknowledgementSaysWhenAnswerComesAndWhereToTurnInDanger)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    const auto claimed = m_intake->claimAcknowledgement();
    ASSERT_TRUE(claimed && *claimed)
        << qPrintable(claimed ? QString() : claimed.error().toString());
    const SmtpEnvelope& envelope = (*claimed)->envelope;
    EXPECT_EQ(envelope.from, QStringLiteral("poradna@kotva.test"));
    EXPECT_EQ(envelope.recipients, QStringList{QStringLiteral("jana.dvorakova@seznam.cz")});

    const auto ack = MimeReader::read(envelope.message);
    ASSERT_TRUE(ack) << qPrintable(ack.error().toString());
    EXPECT_TRUE(ack->automated) << "marked Auto-Submitted, so the client's autoresponder is quiet";
    EXPECT_EQ(ack->inReplyTo, QByteArray("c1@seznam.cz"));
    EXPECT_TRUE(ack->text.contains(QStringLiteral("do 11. 12. 2026"))) << qPrintable(ack->text);
    EXPECT_TRUE(ack->text.contains(QStringLiteral("by 11 December 2026")));
    EXPECT_TRUE(ack->text.contains(QStringLiteral("Přílohy e-mailů")));
    EXPECT_TRUE(ack->text.contains(QStringLiteral("112")));
    EXPECT_TRUE(ack->text.contains(QStringLiteral("155")));
    EXPECT_TRUE(ack->text.contains(QStringLiteral("116 123")));
    EXPECT_TRUE(ack->text.contains(QStringLiteral("Poradna Kotva")));

    // Claimed once: a second claim finds nothing, and a restart makes it Uncertain, never
    // Pending again.
    EXPECT_FALSE(*m_intake->claimAcknowledgement());
    reopen();
    EXPECT_EQ(*m_intake->settleInterrupted(), 1);
    EXPECT_FALSE(*m_intake->claimAcknowledgement());
    EXPECT_EQ(column(QStringLiteral("SELECT ack_state FROM mail_messages")),
              QStringList{QStringLiteral("uncertain")});
}

TEST_F(MailIntakeTest, TheOrganisationsOwnAcknowledgementTextIsUsed)
{
    ASSERT_TRUE(m_intake->settings().raw().setValue(
        MailSettings::AcknowledgementCzech,
        QStringLiteral("Děkujeme, odpovíme do {due}. V ohrožení volejte 112. {organisation}")));
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    const auto claimed = m_intake->claimAcknowledgement();
    ASSERT_TRUE(claimed && *claimed);
    const auto ack = MimeReader::read((*claimed)->envelope.message);
    ASSERT_TRUE(ack);
    EXPECT_TRUE(ack->text.startsWith(QStringLiteral(
        "Děkujeme, odpovíme do 11. 12. 2026. V ohrožení volejte 112. Poradna Kotva")))
        << qPrintable(ack->text);
    EXPECT_TRUE(ack->text.contains(QStringLiteral("thank you for your message")))
        << "the English default stays";
}

TEST_F(MailIntakeTest, TheInboxPutsAcuteFirstThenTheNearestDueDate)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    m_clock.set(MailNow.addSecs(3600));
    const QByteArray acute = clientMail(
        QStringLiteral("Tomáš"), QStringLiteral("tomas@example.cz"), QStringLiteral("Sbohem"),
        QStringLiteral("Mám doma připravené prášky a dnes večer je všechny spolknu. Sbohem."),
        "a1@example.cz", {}, MailNow.addSecs(3600));
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 2, acute));
    MailService service(*m_vault, *m_contacts, m_clock);
    const auto inbox = service.inbox();
    ASSERT_TRUE(inbox);
    ASSERT_EQ(inbox->size(), 2);
    EXPECT_EQ(inbox->at(0).name, QStringLiteral("Tomáš"));
    EXPECT_EQ(inbox->at(0).risk, RiskLevel::Acute);
    EXPECT_EQ(inbox->at(1).name, QStringLiteral("Jana"));
    EXPECT_FALSE(inbox->at(1).overdue(MailNow.addDays(4)));
    EXPECT_TRUE(inbox->at(1).overdue(MailNow.addDays(5)));
}

TEST(AcknowledgementTextTest, DatesAreWrittenAsEachLanguageWritesThem)
{
    const QDateTime due(QDate(2026, 12, 31), QTime(9, 0), Qt::UTC);
    EXPECT_EQ(AcknowledgementText::czechDate(due), QStringLiteral("31. 12. 2026"));
    EXPECT_EQ(AcknowledgementText::englishDate(due), QStringLiteral("31 December 2026"));
}

TEST(MailFiguresTest, MonthsCountAnswersWithinTheDeadlineAndTheMedianTimeWithoutAnyText)
{
    const auto at = [](int month, int day, int hour) {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
    };
    const auto record = [&](int month, int day, std::optional<int> answeredAfterHours,
                            bool outOfScope = false) {
        MailRecord r;
        r.contactId = 1;
        r.receivedAtUtc = at(month, day, 9);
        r.dueAtUtc = r.receivedAtUtc.addDays(4);
        r.ack = AckState::Sent;
        r.outOfScope = outOfScope;
        if (answeredAfterHours) {
            r.answer = AnswerState::Sent;
            r.answeredAtUtc = r.receivedAtUtc.addSecs(*answeredAfterHours * 3600);
        }
        return r;
    };
    MailRecord bounce;
    bounce.automated = true;
    bounce.receivedAtUtc = at(11, 3, 9);
    const QList<MailMonthFigures> figures =
        monthlyMailFigures({record(11, 2, 10), record(11, 5, 30, true), record(11, 9, 120),
                            record(11, 20, {}), record(12, 1, 2), bounce});
    ASSERT_EQ(figures.size(), 2);
    EXPECT_EQ(figures.at(0).month, QDate(2026, 12, 1));
    EXPECT_EQ(figures.at(0).received, 1);
    const MailMonthFigures& november = figures.at(1);
    EXPECT_EQ(november.received, 4);
    EXPECT_EQ(november.acknowledgementsSent, 4);
    EXPECT_EQ(november.answered, 3);
    EXPECT_EQ(november.answeredWithinDeadline, 2); // 120 hours is past the 4 days
    EXPECT_EQ(november.outOfScope, 1);
    ASSERT_TRUE(november.medianHoursToAnswer);
    EXPECT_DOUBLE_EQ(*november.medianHoursToAnswer, 30.0);
}

TEST_F(MailIntakeTest, ClosingAnUnansweredEmailContactLetsItsAddressGoAfterTheGracePeriod)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    const ContactId contact = m_contacts->contacts()->first().id;
    MailService service(*m_vault, *m_contacts, m_clock);
    ASSERT_TRUE(m_contacts->closeContact(contact, ContactOutcome{}));
    ASSERT_TRUE(service.contactClosed(contact));
    m_clock.advanceDays(6);
    ASSERT_TRUE(m_vault->purge());
    EXPECT_EQ(column(QStringLiteral("SELECT client_address FROM mail_messages")),
              QStringList{QStringLiteral("jana.dvorakova@seznam.cz")});
    m_clock.advanceDays(2);
    ASSERT_TRUE(m_vault->purge());
    EXPECT_EQ(column(QStringLiteral("SELECT coalesce(client_address, '-') FROM mail_messages")),
              QStringList{QStringLiteral("-")});
    EXPECT_FALSE(m_answers->canAnswer(contact));
}

namespace {

/// Jana writes again, replying to her own first message (or to the acknowledgement, which
/// carries it in References), a day later.
QByteArray janaFollowUp(const QString& fromAddress = QStringLiteral("jana.dvorakova@seznam.cz"))
{
    return clientMail(
        QStringLiteral("Jana Dvořáková"), fromAddress, QStringLiteral("Re: Nevím si rady s mámou"),
        QStringLiteral("Ještě jsem zapomněla napsat, že máma bydlí sama."), "c2@seznam.cz",
        "In-Reply-To: <ack-1@kotva.test>\r\nReferences: <c1@seznam.cz> "
        "<ack-1@kotva.test>\r\n",
        MailNow.addDays(1));
}

} // namespace

TEST_F(MailIntakeTest, AClientsReplyContinuesHerOpenConversationAndKeepsTheEarlierDeadline)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    m_clock.advanceDays(1);
    const auto taken = m_intake->takeIn(Folder, 7, 2, janaFollowUp());
    ASSERT_TRUE(taken) << qPrintable(taken.error().toString());
    EXPECT_EQ(*taken, TakenIn::FollowUp);

    const auto contacts = m_contacts->contacts();
    ASSERT_TRUE(contacts);
    ASSERT_EQ(contacts->size(), 1) << "one conversation, not two";
    const auto turns = m_contacts->turns(contacts->first().id);
    ASSERT_TRUE(turns);
    ASSERT_EQ(turns->size(), 2);
    EXPECT_TRUE(turns->at(1).text.contains(QStringLiteral("máma bydlí sama")));

    MailService service(*m_vault, *m_contacts, m_clock);
    const auto inbox = service.inbox();
    ASSERT_TRUE(inbox);
    ASSERT_EQ(inbox->size(), 1);
    // Due when the first, still unanswered message is: Friday, not Monday.
    EXPECT_EQ(inbox->first().dueAtUtc, QDateTime(QDate(2026, 12, 11), QTime(8, 30), Qt::UTC));
    EXPECT_EQ(inbox->first().receivedAtUtc, MailNow.addDays(1));
}

TEST_F(MailIntakeTest, OneAnswerAnswersEveryMessageOfTheConversationAndRepliesToTheNewest)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    m_clock.advanceDays(1);
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 2, janaFollowUp()));
    const ContactId contact = m_contacts->contacts()->first().id;

    const auto prepared = m_answers->prepare(contact, QStringLiteral("Dobrý den, Jano, ..."));
    ASSERT_TRUE(prepared) << qPrintable(prepared.error().toString());
    const auto reply = MimeReader::read(prepared->envelope.message);
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->inReplyTo, QByteArray("c2@seznam.cz"));
    EXPECT_TRUE(reply->references.contains(QByteArray("c1@seznam.cz")));
    ASSERT_TRUE(m_answers->sent(*prepared, contact, QStringLiteral("Dobrý den, Jano, ..."), false));

    const auto records = m_intake->repository().recordsOfContact(contact);
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    for (const MailRecord& r : *records)
        EXPECT_EQ(r.answer, AnswerState::Sent) << r.uid;
    EXPECT_FALSE(m_answers->canAnswer(contact)) << "answered already";
}

TEST_F(MailIntakeTest, AReplyFromAnotherAddressOrToAClosedConversationIsANewContact)
{
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail()));
    // Someone else quoting Jana's thread does not write into her conversation.
    const auto stranger =
        m_intake->takeIn(Folder, 7, 2, janaFollowUp(QStringLiteral("nekdo.jiny@example.cz")));
    ASSERT_TRUE(stranger);
    EXPECT_EQ(*stranger, TakenIn::Contact);
    ASSERT_EQ(m_contacts->contacts()->size(), 2);

    // Jana's conversation closed: her reply opens a new one rather than reopening it.
    ContactId janas = 0;
    const auto all = m_contacts->contacts();
    ASSERT_TRUE(all);
    for (const Contact& c : *all) {
        const auto turns = m_contacts->turns(c.id);
        if (turns && turns->first().text.contains(QStringLiteral("Nevím si rady")))
            janas = c.id;
    }
    ASSERT_NE(janas, 0);
    ASSERT_TRUE(m_contacts->closeContact(janas, ContactOutcome{}));
    const auto afterClosing = m_intake->takeIn(Folder, 7, 3, janaFollowUp());
    ASSERT_TRUE(afterClosing);
    EXPECT_EQ(*afterClosing, TakenIn::Contact);
    EXPECT_EQ(m_contacts->contacts()->size(), 3);
}

// The deadline counts from when the server received the message (IMAP INTERNALDATE), not from
// the Date the sender's clock wrote; without the server's time, from the Date.
TEST_F(MailIntakeTest, TheDeadlineCountsFromTheServersTimeOfArrival)
{
    // Written "Monday 09:30" by a clock a day fast; the server got it on Sunday 20:00.
    const QDateTime arrived(QDate(2026, 12, 6), QTime(19, 0), Qt::UTC);
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 1, janaMail(), arrived));
    const ContactId contact = m_contacts->contacts()->first().id;
    const auto record = m_intake->repository().recordOfContact(contact);
    ASSERT_TRUE(record && *record);
    EXPECT_EQ((*record)->receivedAtUtc, arrived);
    // Arrived on Sunday evening: due at the end of the fourth working day, Thursday (midnight
    // in Prague).
    EXPECT_EQ((*record)->dueAtUtc, QDateTime(QDate(2026, 12, 10), QTime(23, 0), Qt::UTC));

    // A server time in the future is a wrong clock: the Date header then.
    m_clock.advanceDays(2);
    ASSERT_TRUE(m_intake->takeIn(Folder, 7, 2, janaFollowUp(), MailNow.addDays(30)));
    const auto records = m_intake->repository().recordsOfContact(contact);
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->first().receivedAtUtc, MailNow.addDays(1));
}
