// The IMAP client against a real Dovecot that each test starts on 127.0.0.1: logging in,
// folders, fetching by UID byte for byte, moving and deleting (checked on disk), and the
// certificate rules with expired, wrong-host, unknown and pinned certificates.

#include "core/mail/TlsPolicy.h"
#include "core/mail/imap/ImapClient.h"
#include "tests/mail/imap/ImapTestSupport.h"
#include "tests/mail/support/DovecotServer.h"
#include "tests/mail/support/TestCertificates.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

// Fixtures written here so the bytes compared are visible: CRLF line ends, as a server
// stores them (Dovecot would otherwise add CRs and the bytes would differ).
QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

const QByteArray Utf8Message = crlf("From: Jana Nov\xc3\xa1kov\xc3\xa1 <jana@example.cz>\n"
                                    "To: poradna@example.org\n"
                                    "Subject: =?UTF-8?Q?Pot=C5=99ebuji_poradit?=\n"
                                    "Date: Sun, 6 Dec 2026 08:00:00 +0100\n"
                                    "Message-ID: <1@example.cz>\n"
                                    "MIME-Version: 1.0\n"
                                    "Content-Type: text/plain; charset=UTF-8\n"
                                    "Content-Transfer-Encoding: 8bit\n"
                                    "\n"
                                    "Dobr\xc3\xbd den,\n"
                                    "u\xc5\xbe t\xc5\x99i t\xc3\xbd\xc5\xbe"
                                    "dny nesp\xc3\xadm a nev\xc3\xadm, co d\xc3\xa1l.\n"
                                    "D\xc4\x9bkuji, J.\n");

const QByteArray Latin2Message = crlf("From: petr@example.cz\n"
                                      "To: poradna@example.org\n"
                                      "Subject: =?ISO-8859-2?Q?Dotaz_na_=B9kolu?=\n"
                                      "Message-ID: <2@example.cz>\n"
                                      "MIME-Version: 1.0\n"
                                      "Content-Type: text/plain; charset=ISO-8859-2\n"
                                      "Content-Transfer-Encoding: quoted-printable\n"
                                      "\n"
                                      "M=F9j syn nechce chodit do =B9koly. Co m=E1me d=EClat?\n");

const QByteArray MultipartMessage =
    crlf("From: anonym@example.net\n"
         "To: poradna@example.org\n"
         "Subject: Pomoc\n"
         "Message-ID: <3@example.net>\n"
         "MIME-Version: 1.0\n"
         "Content-Type: multipart/alternative; boundary=\"b1\"\n"
         "\n"
         "--b1\n"
         "Content-Type: text/plain; charset=UTF-8\n"
         "Content-Transfer-Encoding: base64\n"
         "\n"
         "TmV2w61tIHNpIHJhZHkuCg==\n"
         "--b1\n"
         "Content-Type: text/html; charset=UTF-8\n"
         "\n"
         "<p>Nev\xc3\xadm si rady.</p><img src=\"https://tracker.example/x.png\">\n"
         "--b1--\n");

class ImapDovecot : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto started = m_dovecot.start();
        ASSERT_TRUE(started) << started.error().toStdString();
    }

    /// A client that connected and logged in.
    std::unique_ptr<ImapClient> loggedIn()
    {
        auto client = std::make_unique<ImapClient>(m_dovecot.account());
        EXPECT_TRUE(succeeds(client->connectToServer())) << m_dovecot.log().toStdString();
        EXPECT_TRUE(succeeds(client->login(secret(m_dovecot.password()))))
            << m_dovecot.log().toStdString();
        return client;
    }

    DovecotServer m_dovecot;
};

TEST_F(ImapDovecot, LogsInAndSelectsTheInbox)
{
    auto client = loggedIn();
    EXPECT_TRUE(client->hasCapability("UIDPLUS"));
    const auto inbox = client->select(QStringLiteral("INBOX"));
    ASSERT_TRUE(succeeds(inbox));
    EXPECT_NE(inbox->uidValidity, 0u);
    EXPECT_EQ(inbox->exists, 0u);
    EXPECT_EQ(inbox->uidNext, 1u);
    EXPECT_TRUE(succeeds(client->logout()));
}

TEST_F(ImapDovecot, AWrongPasswordIsALoginFailure)
{
    ImapClient client(m_dovecot.account());
    ASSERT_TRUE(succeeds(client.connectToServer()));
    const auto login = client.login(secret("not the password"));
    EXPECT_TRUE(failsWith(login, MailFailure::Login));
    EXPECT_FALSE(login.error().message.isEmpty());
}

TEST_F(ImapDovecot, AMissingFolderIsAFolderFailure)
{
    auto client = loggedIn();
    const auto selected = client->select(QStringLiteral("Neexistuje"));
    EXPECT_TRUE(failsWith(selected, MailFailure::Folder));
    EXPECT_TRUE(selected.error().message.contains(QStringLiteral("Neexistuje")));
}

TEST_F(ImapDovecot, TestConnectionSaysWhichStepFailed)
{
    EXPECT_TRUE(
        succeeds(ImapClient::testConnection(m_dovecot.account(), secret(m_dovecot.password()))));
    EXPECT_TRUE(failsWith(ImapClient::testConnection(m_dovecot.account(), secret("wrong")),
                          MailFailure::Login));
    MailAccount account = m_dovecot.account();
    account.inboxFolder = QStringLiteral("Poradna");
    EXPECT_TRUE(failsWith(ImapClient::testConnection(account, secret(m_dovecot.password())),
                          MailFailure::Folder));
}

TEST_F(ImapDovecot, FetchesDeliveredMessagesByUidByteForByte)
{
    const QList<QByteArray> delivered{Utf8Message, Latin2Message, MultipartMessage};
    for (const QByteArray& raw : delivered)
        ASSERT_TRUE(m_dovecot.deliver(raw));
    auto client = loggedIn();
    const auto inbox = client->select(QStringLiteral("INBOX"));
    ASSERT_TRUE(succeeds(inbox));
    EXPECT_EQ(inbox->exists, 3u);
    const auto uids = client->uidSearch(1);
    ASSERT_TRUE(succeeds(uids));
    ASSERT_EQ(uids->size(), 3);
    QSet<QByteArray> fetched;
    for (const quint32 uid : *uids) {
        const auto message = client->fetch(uid);
        ASSERT_TRUE(succeeds(message));
        EXPECT_EQ(message->uid, uid);
        EXPECT_TRUE(delivered.contains(message->raw)) << message->raw.toStdString();
        // Dovecot's time of arrival (the Maildir file's): delivered moments ago.
        EXPECT_TRUE(message->internalDate.isValid());
        EXPECT_LT(std::abs(message->internalDate.secsTo(QDateTime::currentDateTimeUtc())), 600);
        fetched.insert(message->raw);
    }
    EXPECT_EQ(fetched.size(), 3);

    // Searching from a UID above the last: "n:*" still names the last message; it is not new.
    EXPECT_EQ(client->uidSearch(uids->last() + 1).value_or(QList<quint32>{0}), QList<quint32>());
    EXPECT_EQ(client->uidSearch(uids->last()).value_or(QList<quint32>{}),
              QList<quint32>{uids->last()});
    // A UID that is not there.
    EXPECT_TRUE(failsWith(client->fetch(uids->last() + 10), MailFailure::Folder));
}

TEST_F(ImapDovecot, FetchingDoesNotMarkMessagesSeen)
{
    ASSERT_TRUE(m_dovecot.deliver(Utf8Message));
    auto client = loggedIn();
    ASSERT_TRUE(succeeds(client->select(QStringLiteral("INBOX"))));
    const auto uids = client->uidSearch(1);
    ASSERT_TRUE(succeeds(uids));
    ASSERT_EQ(uids->size(), 1);
    ASSERT_TRUE(succeeds(client->fetch(uids->first())));
    ASSERT_TRUE(succeeds(client->logout()));
    ASSERT_EQ(m_dovecot.messageFlags().size(), 1);
    EXPECT_FALSE(m_dovecot.messageFlags().first().contains(QLatin1Char('S')))
        << m_dovecot.messageFlags().first().toStdString();
}

TEST_F(ImapDovecot, MovesToTheArchiveAndDeletesOnTheServer)
{
    for (const QByteArray& raw : {Utf8Message, Latin2Message, MultipartMessage})
        ASSERT_TRUE(m_dovecot.deliver(raw));
    auto client = loggedIn();
    EXPECT_TRUE(client->hasCapability("MOVE"));
    ASSERT_TRUE(succeeds(client->createFolder(QStringLiteral("Archiv"))));
    ASSERT_TRUE(succeeds(client->createFolder(QStringLiteral("Archiv")))); // already there
    EXPECT_TRUE(m_dovecot.folders().contains(QStringLiteral("Archiv")));
    ASSERT_TRUE(succeeds(client->select(QStringLiteral("INBOX"))));
    const auto uids = client->uidSearch(1);
    ASSERT_TRUE(succeeds(uids));
    ASSERT_EQ(uids->size(), 3);
    const auto moved = client->fetch(uids->at(0));
    ASSERT_TRUE(succeeds(moved));

    ASSERT_TRUE(succeeds(client->moveTo(uids->at(0), QStringLiteral("Archiv"))));
    EXPECT_EQ(m_dovecot.messageCount(), 2);
    EXPECT_EQ(m_dovecot.messageCount(QStringLiteral("Archiv")), 1);
    EXPECT_EQ(m_dovecot.messages(QStringLiteral("Archiv")).value(0), moved->raw);

    ASSERT_TRUE(succeeds(client->remove(uids->at(1))));
    EXPECT_EQ(m_dovecot.messageCount(), 1);
    EXPECT_EQ(m_dovecot.messageCount(QStringLiteral("Archiv")), 1);
    EXPECT_EQ(client->uidSearch(1).value_or(QList<quint32>{}), QList<quint32>{uids->at(2)});

    // Into a folder that is not there: a Folder failure, the message stays.
    EXPECT_TRUE(
        failsWith(client->moveTo(uids->at(2), QStringLiteral("Nikde")), MailFailure::Folder));
    EXPECT_EQ(m_dovecot.messageCount(), 1);
}

TEST_F(ImapDovecot, ACzechFolderNameWorks)
{
    ASSERT_TRUE(m_dovecot.deliver(Utf8Message));
    auto client = loggedIn();
    const QString folder = QString::fromUtf8("Vy\xc5\x99\xc3\xadzen\xc3\xa9");
    ASSERT_TRUE(succeeds(client->createFolder(folder)));
    ASSERT_TRUE(succeeds(client->select(QStringLiteral("INBOX"))));
    const auto uids = client->uidSearch(1);
    ASSERT_TRUE(succeeds(uids));
    ASSERT_TRUE(succeeds(client->moveTo(uids->first(), folder)));
    const auto archive = client->select(folder);
    ASSERT_TRUE(succeeds(archive));
    EXPECT_EQ(archive->exists, 1u);
}

struct CertificateCase
{
    const char* certificate;
    const char* description; ///< what TlsPolicy::describe says about its error
};

class ImapCertificate : public ::testing::TestWithParam<CertificateCase>
{};

TEST_P(ImapCertificate, AnUntrustedCertificateIsRefusedAndShown)
{
    DovecotServer dovecot(QString::fromLatin1(GetParam().certificate));
    const auto started = dovecot.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    ImapClient client(dovecot.account());
    const auto connected = client.connectToServer();
    ASSERT_TRUE(failsWith(connected, MailFailure::Certificate));
    EXPECT_TRUE(connected.error().message.contains(QString::fromLatin1(GetParam().description)))
        << connected.error().message.toStdString();
    // The UI shows the certificate and lets the worker pin it.
    const QSslCertificate shown = client.peerCertificate();
    EXPECT_EQ(shown,
              TestCertificates::shared().certificate(QString::fromLatin1(GetParam().certificate)));
    // No way to log in over it.
    EXPECT_TRUE(failsWith(client.login(secret(dovecot.password())), MailFailure::Tls));
}

INSTANTIATE_TEST_SUITE_P(
    Refused, ImapCertificate,
    ::testing::Values(CertificateCase{"expired", "The certificate has expired."},
                      CertificateCase{"wronghost", "issued for another server name"},
                      CertificateCase{"selfsigned", "not issued by an authority"}),
    [](const ::testing::TestParamInfo<CertificateCase>& param) {
        return std::string(param.param.certificate);
    });

TEST(ImapPinnedCertificate, APinnedCertificateConnectsAndOnlyIt)
{
    DovecotServer dovecot(QStringLiteral("selfsigned"));
    const auto started = dovecot.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    MailAccount account = dovecot.account();
    account.trust.authorities.clear();
    account.trust.pinnedSha256 = {
        TlsPolicy::sha256(TestCertificates::shared().certificate(QStringLiteral("selfsigned")))};
    EXPECT_TRUE(succeeds(ImapClient::testConnection(account, secret(dovecot.password()))))
        << dovecot.log().toStdString();

    // The same pin does not make another certificate with the same errors acceptable.
    DovecotServer other(QStringLiteral("expired"));
    ASSERT_TRUE(other.start());
    account.imap.port = other.port();
    EXPECT_TRUE(failsWith(ImapClient::testConnection(account, secret(other.password())),
                          MailFailure::Certificate));
}

} // namespace
