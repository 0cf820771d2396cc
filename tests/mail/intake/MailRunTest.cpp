// Mail runs against a real Dovecot and a real SMTP server (aiosmtpd) on loopback, both over
// TLS with the tests' own CA, and a real vault: what a client receives, what stays on the
// server, and what stays in the vault, also across crashes.

#include "core/mail/intake/MailRun.h"

#include "core/mail/intake/ServerTransport.h"
#include "core/mail/mime/MimeReader.h"
#include "tests/mail/intake/MailFixture.h"
#include "tests/mail/support/DovecotServer.h"
#include "tests/mail/support/SmtpSink.h"
#include "tests/mail/support/TestCertificates.h"
#include "tests/storage/support/SqlCipher3Pages.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

QByteArray mailFrom(int i)
{
    static const QStringList names{QStringLiteral("Jana Dvořáková"), QStringLiteral("Petr Malý"),
                                   QStringLiteral("Lucie"), QStringLiteral("Karel Novotný")};
    static const QStringList bodies{
        QStringLiteral("Dobrý den, píšu, protože se o mámu starám sama a už nemůžu."),
        QStringLiteral("Dobrý den, od rozvodu nespím a nevím, komu to říct."),
        QStringLiteral("Ahoj, můžu se zeptat, jak u vás funguje skupina pro pozůstalé?"),
        QStringLiteral("Dobrý den, syn přestal chodit do školy a nechce se mnou mluvit.")};
    return clientMail(names.at(i % 4), QStringLiteral("klient%1@example.cz").arg(i),
                      QStringLiteral("Dotaz %1").arg(i), bodies.at(i % 4),
                      QByteArray("m") + QByteArray::number(i) + "@example.cz");
}

QByteArray vacationReply()
{
    return clientMail(QStringLiteral("Úřad"), QStringLiteral("urad@example.cz"),
                      QStringLiteral("Automatická odpověď"),
                      QStringLiteral("Jsem mimo kancelář do pondělí."), "auto@example.cz",
                      "Auto-Submitted: auto-replied\r\n");
}

QByteArray bounce()
{
    return QByteArray("From: Mail Delivery System <MAILER-DAEMON@example.cz>\r\n"
                      "To: poradna@kotva.test\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                      "Message-ID: <b1@example.cz>\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/report; report-type=delivery-status; "
                      "boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                      "The mail could not be delivered.\r\n--b--\r\n");
}

class MailRunTest : public MailFixture
{
protected:
    void SetUp() override
    {
        MailFixture::SetUp();
        ASSERT_TRUE(m_dovecot.start()) << qPrintable(m_dovecot.log());
        m_imapPassword =
            SecureBuffer::copyOf(m_dovecot.password().constData(), m_dovecot.password().size());
        const QByteArray smtp = SmtpSink::password().toUtf8();
        m_smtpPassword = SecureBuffer::copyOf(smtp.constData(), smtp.size());
        MailAccount smtpAccount = m_sink.account();
        smtpAccount.address = QStringLiteral("poradna@kotva.test");
        m_smtpAccount = smtpAccount;
    }

    MailRunReport runOnce()
    {
        ImapMailboxReader reader(m_dovecot.account(), m_imapPassword);
        SmtpMailSender sender(m_smtpAccount, m_smtpPassword);
        std::stop_source never;
        return MailRun(*m_intake).run(reader, sender, QStringLiteral("INBOX"), never.get_token());
    }

    /// The acknowledgements the sink received, by recipient.
    QMap<QString, int> acknowledgementsByRecipient()
    {
        QMap<QString, int> counts;
        for (const SinkMessage& message : m_sink.messages()) {
            const auto read = MimeReader::read(message.raw);
            if (read && read->automated)
                ++counts[message.recipients.join(u',')];
        }
        return counts;
    }

    DovecotServer m_dovecot;
    SmtpSink m_sink;
    SecureBuffer m_imapPassword;
    SecureBuffer m_smtpPassword;
    MailAccount m_smtpAccount;
};

} // namespace

TEST_F(MailRunTest, EachNewMessageIsTakenInAndAcknowledgedOnceAndAutomataAreLeftAlone)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(m_dovecot.deliver(mailFrom(i)));
    ASSERT_TRUE(m_dovecot.deliver(vacationReply()));
    ASSERT_TRUE(m_dovecot.deliver(bounce()));

    const MailRunReport report = runOnce();
    EXPECT_FALSE(report.error) << qPrintable(report.error->message);
    EXPECT_EQ(report.newMessages, 5);
    EXPECT_EQ(report.contacts, 3);
    EXPECT_EQ(report.automated, 2);
    EXPECT_EQ(report.acknowledged, 3);
    EXPECT_EQ(m_contacts->contacts()->size(), 3);

    const QList<SinkMessage> sent = m_sink.messages();
    ASSERT_EQ(sent.size(), 3);
    for (const SinkMessage& message : sent) {
        EXPECT_EQ(message.mailFrom, QStringLiteral("poradna@kotva.test"));
        const auto ack = MimeReader::read(message.raw);
        ASSERT_TRUE(ack);
        EXPECT_TRUE(ack->inReplyTo.endsWith("@example.cz"));
        EXPECT_TRUE(ack->text.contains(QStringLiteral("112")));
    }
    // The server's copies were read, not marked as read: the mailbox looks as it did.
    for (const QString& flags : m_dovecot.messageFlags())
        EXPECT_FALSE(flags.contains(u'S')) << qPrintable(flags);

    // Nothing new: nothing taken in, nothing sent.
    const MailRunReport again = runOnce();
    EXPECT_FALSE(again.error);
    EXPECT_EQ(again.newMessages, 0);
    EXPECT_EQ(m_sink.messages().size(), 3);

    ASSERT_TRUE(m_dovecot.deliver(mailFrom(3)));
    const MailRunReport third = runOnce();
    EXPECT_EQ(third.contacts, 1);
    EXPECT_EQ(third.acknowledged, 1);
    EXPECT_EQ(m_sink.messages().size(), 4);
}

TEST_F(MailRunTest, AnAnswerIsThreadedAndTheServerCopyIsArchivedThenTheAddressGoes)
{
    ASSERT_TRUE(m_dovecot.deliver(mailFrom(0)));
    ASSERT_EQ(runOnce().contacts, 1);
    const ContactId contact = m_contacts->contacts()->first().id;
    ASSERT_TRUE(m_answers->canAnswer(contact));

    const QString answer = QStringLiteral("Dobrý den, paní Jano,\n\nděkuji, že jste se ozvala. To, "
                                          "co popisujete, zní vyčerpávající.\n"
                                          "Volat mi můžete na 777 888 999.\n\nS pozdravem Markéta");
    const auto prepared = m_answers->prepare(contact, answer);
    ASSERT_TRUE(prepared) << qPrintable(prepared.error().toString());
    SmtpMailSender sender(m_smtpAccount, m_smtpPassword);
    ASSERT_TRUE(sender.send(prepared->envelope));
    const auto saved = m_answers->sent(*prepared, contact, answer, false);
    ASSERT_TRUE(saved) << qPrintable(saved.error().toString());

    // The client got the worker's words as written, threaded under their message.
    const SinkMessage& delivered = m_sink.messages().last();
    EXPECT_EQ(delivered.recipients, QStringList{QStringLiteral("klient0@example.cz")});
    const auto read = MimeReader::read(delivered.raw);
    ASSERT_TRUE(read);
    EXPECT_FALSE(read->automated);
    EXPECT_EQ(read->subject, QStringLiteral("Re: Dotaz 0"));
    EXPECT_EQ(read->inReplyTo, QByteArray("m0@example.cz"));
    EXPECT_TRUE(read->references.contains(QByteArray("m0@example.cz")));
    EXPECT_TRUE(read->text.contains(QStringLiteral("777 888 999")));
    // The vault keeps it redacted.
    EXPECT_FALSE(saved->turn.text.contains(QStringLiteral("777 888 999")));
    EXPECT_FALSE(m_answers->canAnswer(contact)) << "answered once, never twice";

    // The next run moves the server's copy into the archive folder.
    const MailRunReport tidy = runOnce();
    EXPECT_FALSE(tidy.error) << qPrintable(tidy.error->message);
    EXPECT_EQ(tidy.archived, 1);
    EXPECT_EQ(m_dovecot.messageCount(QStringLiteral("INBOX")), 0);
    EXPECT_EQ(m_dovecot.messageCount(QStringLiteral("Archiv")), 1);

    // After the grace period the address is in no page of the vault file or its WAL.
    const QString address = QStringLiteral("klient0@example.cz");
    const QByteArray key = QByteArray::fromHex(QByteArray(64, 'c'));
    const auto pagesWith = [&] {
        const auto main = sqlcipher3::decryptDatabase(path(), key, 4096);
        const auto wal = sqlcipher3::decryptWal(path() + QStringLiteral("-wal"), key, 4096);
        return sqlcipher3::pagesContaining(main.value_or(QList<sqlcipher3::Page>{}), address)
                   .size() +
               sqlcipher3::pagesContaining(wal.value_or(QList<sqlcipher3::Page>{}), address).size();
    };
    EXPECT_GT(pagesWith(), 0) << "the reader must see the address while it is kept";
    m_clock.advanceDays(8);
    ASSERT_TRUE(m_vault->purge());
    reopen();
    EXPECT_EQ(pagesWith(), 0);
    EXPECT_EQ(m_contacts->contacts()->size(), 1) << "the contact stays as a record";
}

TEST_F(MailRunTest, TheOrganisationMayHaveAnsweredMailDeletedOnTheServer)
{
    ASSERT_TRUE(m_intake->settings().setServerCopyPolicy(ServerCopyPolicy::Delete));
    ASSERT_TRUE(m_dovecot.deliver(mailFrom(1)));
    ASSERT_TRUE(m_dovecot.deliver(mailFrom(2)));
    ASSERT_EQ(runOnce().contacts, 2);
    const ContactId contact = m_contacts->contacts()->first().id;
    const auto prepared =
        m_answers->prepare(contact, QStringLiteral("Dobrý den, děkuji za zprávu."));
    ASSERT_TRUE(prepared);
    ASSERT_TRUE(SmtpMailSender(m_smtpAccount, m_smtpPassword).send(prepared->envelope));
    ASSERT_TRUE(
        m_answers->sent(*prepared, contact, QStringLiteral("Dobrý den, děkuji za zprávu."), false));
    const MailRunReport tidy = runOnce();
    EXPECT_EQ(tidy.deleted, 1);
    EXPECT_EQ(m_dovecot.messageCount(QStringLiteral("INBOX")), 1) << "the unanswered one stays";
    EXPECT_FALSE(m_dovecot.folders().contains(QStringLiteral("Archiv")));
}

TEST_F(MailRunTest, AFailedSendKeepsTheAnswerSendableAndSendsNothing)
{
    ASSERT_TRUE(m_dovecot.deliver(mailFrom(0)));
    ASSERT_EQ(runOnce().contacts, 1);
    const ContactId contact = m_contacts->contacts()->first().id;
    const int before = int(m_sink.messages().size());
    const auto prepared = m_answers->prepare(contact, QStringLiteral("Dobrý den."));
    ASSERT_TRUE(prepared);
    MailAccount wrong = m_smtpAccount;
    const QByteArray bad("wrong password");
    const auto failed = SmtpMailSender(wrong, SecureBuffer::copyOf(bad.constData(), bad.size()))
                            .send(prepared->envelope);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().failure, MailFailure::Login);
    ASSERT_TRUE(m_answers->failed(*prepared));
    EXPECT_TRUE(m_answers->canAnswer(contact)) << "the worker can try again";
    EXPECT_EQ(int(m_sink.messages().size()), before);
}

namespace {

struct ChildRun
{
    int exitCode = 0;
    bool killed = false;
    QByteArray output;
};

} // namespace

class MailCrashTest : public MailRunTest
{
protected:
    ChildRun child(const QString& mode, int n)
    {
        QProcess process;
        process.start(QStringLiteral(KOTVA_MAIL_RUN_CHILD),
                      {path(), TestCertificates::shared().certificatePath(QStringLiteral("ca")),
                       QString::number(m_dovecot.port()), m_dovecot.user(),
                       QString::fromUtf8(m_dovecot.password()), QString::number(m_sink.port()),
                       SmtpSink::user(), SmtpSink::password(), mode, QString::number(n)});
        EXPECT_TRUE(process.waitForFinished(120000));
        ChildRun run;
        run.exitCode = process.exitCode();
        run.killed = process.exitStatus() == QProcess::CrashExit;
        run.output = process.readAllStandardOutput() + process.readAllStandardError();
        return run;
    }
};

TEST_F(MailCrashTest, KilledMidFetchAndRestartedEveryMessageIsAcknowledgedExactlyOnce)
{
    // The vault is used by the child only.
    m_answers.reset();
    m_intake.reset();
    m_contacts.reset();
    m_vault.reset();
    for (int i = 0; i < 6; ++i)
        ASSERT_TRUE(m_dovecot.deliver(mailFrom(i)));

    const ChildRun first = child(QStringLiteral("kill-before-fetch"), 2);
    EXPECT_TRUE(first.killed) << first.output.constData();
    EXPECT_TRUE(m_sink.messages().isEmpty()) << "acknowledgements go after the fetch";
    const ChildRun second = child(QStringLiteral("kill-before-fetch"), 3);
    EXPECT_TRUE(second.killed) << second.output.constData();
    const ChildRun last = child(QStringLiteral("none"), 0);
    EXPECT_EQ(last.exitCode, 0) << last.output.constData();

    const QMap<QString, int> acks = acknowledgementsByRecipient();
    EXPECT_EQ(acks.size(), 6);
    for (auto it = acks.cbegin(); it != acks.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << qPrintable(it.key());
    reopen();
    EXPECT_EQ(m_contacts->contacts()->size(), 6);
}

TEST_F(MailCrashTest, KilledRightAfterTheServerAcceptedAnAcknowledgementItIsNeverSentAgain)
{
    m_answers.reset();
    m_intake.reset();
    m_contacts.reset();
    m_vault.reset();
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(m_dovecot.deliver(mailFrom(i)));

    const ChildRun first = child(QStringLiteral("kill-after-send"), 2);
    EXPECT_TRUE(first.killed) << first.output.constData();
    EXPECT_EQ(m_sink.messages().size(), 2);
    const ChildRun restart = child(QStringLiteral("none"), 0);
    EXPECT_EQ(restart.exitCode, 0) << restart.output.constData();
    EXPECT_TRUE(restart.output.contains("\"uncertain\":1")) << restart.output.constData();

    const QMap<QString, int> acks = acknowledgementsByRecipient();
    EXPECT_EQ(acks.size(), 3);
    for (auto it = acks.cbegin(); it != acks.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << qPrintable(it.key());
}
