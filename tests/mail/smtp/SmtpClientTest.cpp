#include "tests/mail/smtp/SmtpTestSupport.h"

#include <QJsonObject>
#include <QSysInfo>

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace kotva::test {
namespace {

// A hand-written Czech message: 8-bit UTF-8 body, lines that begin with a dot (one of them
// nothing but a dot, which would end DATA early without dot-stuffing), bare LF line ends
// and no line end at the very end.
const QByteArray CzechMessage =
    QStringLiteral("From: Poradna Kotva <poradna@kotva.test>\r\n"
                   "To: klient@example.cz\r\n"
                   "Subject: =?utf-8?q?Odpov=C4=9B=C4=8F_na_Va=C5=A1i_zpr=C3=A1vu?=\r\n"
                   "MIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n"
                   "Content-Transfer-Encoding: 8bit\r\n"
                   "\r\n"
                   "Dobrý den,\n"
                   "děkujeme za Vaši zprávu.\r\n"
                   ".tečka na začátku řádku\r\n"
                   "..dvě tečky\n"
                   ".\r\n"
                   "Příliš žluťoučký kůň úpěl ďábelské ódy.\n"
                   "S pozdravem\r\n"
                   "Poradna")
        .toUtf8();

// What the server must have after undoing dot-stuffing: the same bytes, every line CRLF.
const QByteArray CzechMessageOnTheWire =
    QStringLiteral("From: Poradna Kotva <poradna@kotva.test>\r\n"
                   "To: klient@example.cz\r\n"
                   "Subject: =?utf-8?q?Odpov=C4=9B=C4=8F_na_Va=C5=A1i_zpr=C3=A1vu?=\r\n"
                   "MIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n"
                   "Content-Transfer-Encoding: 8bit\r\n"
                   "\r\n"
                   "Dobrý den,\r\n"
                   "děkujeme za Vaši zprávu.\r\n"
                   ".tečka na začátku řádku\r\n"
                   "..dvě tečky\r\n"
                   ".\r\n"
                   "Příliš žluťoučký kůň úpěl ďábelské ódy.\r\n"
                   "S pozdravem\r\n"
                   "Poradna\r\n")
        .toUtf8();

TEST(SmtpClientTest, SendsACzechMessageExactlyAsWritten)
{
    SmtpSink sink;
    const SmtpEnvelope envelope{
        QStringLiteral("poradna@kotva.test"),
        {QStringLiteral("klient@example.cz"), QStringLiteral("supervize@example.cz")},
        CzechMessage};
    SmtpClient client(sink.account(), secret(SmtpSink::password()));
    const auto sent = client.send(envelope);
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString() << " / "
                                  << sent.error().detail.toStdString() << "\n"
                                  << sink.errors().toStdString();
    EXPECT_TRUE(client.acceptance().startsWith(QStringLiteral("250 2.0.0 Ok: queued as sink")));

    const QList<SinkMessage> messages = sink.messages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].raw, CzechMessageOnTheWire);
    EXPECT_EQ(messages[0].mailFrom, QStringLiteral("poradna@kotva.test"));
    EXPECT_EQ(messages[0].recipients, QStringList({QStringLiteral("klient@example.cz"),
                                                   QStringLiteral("supervize@example.cz")}));
    EXPECT_EQ(messages[0].user, SmtpSink::user());
    EXPECT_EQ(messages[0].mailOptions, QStringList{QStringLiteral("BODY=8BITMIME")});
    // The service's own domain, never the office PC's name.
    EXPECT_EQ(messages[0].ehlo, QStringLiteral("kotva.test"));
    EXPECT_NE(messages[0].ehlo, QSysInfo::machineHostName());
}

TEST(SmtpClientTest, SendsALargeMessageWhole)
{
    // Several megabytes go through the write loop in many TLS records; every byte arrives.
    SmtpSink sink;
    SmtpEnvelope envelope = simpleEnvelope();
    QByteArray body;
    for (int line = 0; body.size() < 4 * 1024 * 1024; ++line)
        body +=
            (line % 7 == 0 ? "." : "") + QByteArray::number(line) + QByteArray(70, 'x') + "\r\n";
    envelope.message = "Subject: velka zprava\r\n\r\n" + body;
    const auto sent = sendWith(sink.account(), envelope);
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    const QList<SinkMessage> messages = sink.messages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0].raw, envelope.message);
    EXPECT_TRUE(messages[0].mailOptions.isEmpty()) << "plain ASCII needs no BODY=8BITMIME";
}

TEST(SmtpClientTest, PrefersAuthPlain)
{
    SmtpSink sink;
    ASSERT_TRUE(sendWith(sink.account(), simpleEnvelope()).has_value());
    const QList<QJsonObject> log = sink.authLog();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].value(QStringLiteral("mechanism")).toString(), QStringLiteral("PLAIN"));
    EXPECT_TRUE(log[1].value(QStringLiteral("ok")).toBool());
}

TEST(SmtpClientTest, LogsInWithAuthLoginWhenOnlyThatIsOffered)
{
    SmtpSink::Options options;
    options.authMechanisms = {QStringLiteral("LOGIN")};
    SmtpSink sink(options);
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    const QList<QJsonObject> log = sink.authLog();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log[1].value(QStringLiteral("mechanism")).toString(), QStringLiteral("LOGIN"));
    EXPECT_EQ(sink.messages().size(), 1);
}

TEST(SmtpClientTest, SendsWhenTheConnectionDropsAfterTheServerAcceptedTheMessage)
{
    // Accepted (250 after the final dot) is sent, whatever QUIT then meets: reporting a
    // failure here would make the worker send the answer twice.
    SmtpSink::Options options;
    options.mode = SmtpSink::Mode::DropAfterData;
    SmtpSink sink(options);
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    EXPECT_EQ(sink.messages().size(), 1);
}

TEST(SmtpClientTest, CancellingAfterTheFinalDotStillWaitsForTheVerdict)
{
    // Once the final dot is out the server may deliver; cutting the line then would turn a
    // sent message into an unknown one. The worker's cancel comes while the server thinks.
    SmtpSink::Options options;
    options.mode = SmtpSink::Mode::SlowAccept;
    SmtpSink sink(options);
    std::stop_source stop;
    std::jthread canceller([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        stop.request_stop();
    });
    const auto sent =
        sendWith(sink.account(), simpleEnvelope(), SmtpSink::password(), stop.get_token());
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
    EXPECT_EQ(sink.messages().size(), 1);
}

TEST(SmtpClientTest, NoVerdictOnTheFinalDotIsUnconfirmed)
{
    SmtpSink::Options options;
    options.mode = SmtpSink::Mode::SilentAfterData;
    SmtpSink sink(options);
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Unconfirmed);
    EXPECT_TRUE(sent.error().message.contains(QStringLiteral("may have been sent")));
}

TEST(SmtpClientTest, TestsTheConnectionWithoutSendingAnything)
{
    SmtpSink sink;
    SmtpClient client(sink.account(), secret(SmtpSink::password()));
    const auto tested = client.testConnection();
    ASSERT_TRUE(tested.has_value()) << tested.error().message.toStdString();
    EXPECT_EQ(sink.authCommands(), 1);
    EXPECT_TRUE(sink.messages().isEmpty());

    SmtpClient wrong(sink.account(), secret(QStringLiteral("wrong")));
    const auto refused = wrong.testConnection();
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().failure, MailFailure::Login);
}

TEST(SmtpClientTest, ReachesTheServerByAddressToo)
{
    SmtpSink sink;
    MailAccount account = sink.account();
    account.smtp.host = QStringLiteral("127.0.0.1"); // the test certificate names the address
    const auto sent = sendWith(account, simpleEnvelope());
    ASSERT_TRUE(sent.has_value()) << sent.error().message.toStdString();
}

TEST(SmtpClientTest, NamesItselfNeutrallyInEhlo)
{
    EXPECT_EQ(SmtpClient::ehloName(QStringLiteral("poradna@Linka-Pomoci.cz")),
              QStringLiteral("linka-pomoci.cz"));
    EXPECT_EQ(SmtpClient::ehloName(QString()), QStringLiteral("kotva.invalid"));
    EXPECT_EQ(SmtpClient::ehloName(QStringLiteral("poradna@localhost")),
              QStringLiteral("kotva.invalid"));
    EXPECT_EQ(SmtpClient::ehloName(QStringLiteral("x@bad domain.cz\r\nRSET")),
              QStringLiteral("kotva.invalid"));
}

} // namespace
} // namespace kotva::test
