#include "tests/mail/smtp/SmtpTestSupport.h"

#include <QElapsedTimer>

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace kotva::test {
namespace {

std::string describe(const std::expected<void, MailError>& result)
{
    if (result)
        return "success";
    return result.error().message.toStdString() + " / " + result.error().detail.toStdString();
}

SmtpSink::Options withMode(SmtpSink::Mode mode)
{
    SmtpSink::Options options;
    options.mode = mode;
    return options;
}

TEST(SmtpClientFailureTest, WrongPasswordIsALoginFailure)
{
    SmtpSink sink;
    const auto sent = sendWith(sink.account(), simpleEnvelope(), QStringLiteral("wrong password"));
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Login) << describe(sent);
    EXPECT_TRUE(sent.error().detail.startsWith(QStringLiteral("535")));
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpClientFailureTest, RefusedRecipientIsNamedAndNothingIsSent)
{
    SmtpSink::Options options;
    options.rejectRecipients = {QStringLiteral("neznamy@example.cz")};
    SmtpSink sink(options);
    SmtpEnvelope envelope = simpleEnvelope();
    envelope.recipients << QStringLiteral("neznamy@example.cz");
    const auto sent = sendWith(sink.account(), envelope);
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Rejected) << describe(sent);
    EXPECT_TRUE(sent.error().message.contains(QStringLiteral("neznamy@example.cz")));
    EXPECT_TRUE(sent.error().detail.startsWith(QStringLiteral("550")));
    EXPECT_TRUE(sink.messages().isEmpty()) << "one refused recipient stops the whole message";
}

TEST(SmtpClientFailureTest, RefusedMessageIsRejected)
{
    SmtpSink sink(withMode(SmtpSink::Mode::RejectData));
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Rejected) << describe(sent);
    EXPECT_TRUE(sent.error().detail.startsWith(QStringLiteral("554")));
}

TEST(SmtpClientFailureTest, NoAuthOfferedMeansNoSending)
{
    SmtpSink::Options options;
    options.authMechanisms = {};
    SmtpSink sink(options);
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Protocol) << describe(sent);
    EXPECT_TRUE(sent.error().message.contains(QStringLiteral("log in")));
    EXPECT_EQ(sink.authCommands(), 0);
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpClientFailureTest, GreetingOtherThan220IsAGreetingFailure)
{
    SmtpSink sink(withMode(SmtpSink::Mode::Greet554));
    QElapsedTimer clock;
    clock.start();
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Greeting) << describe(sent);
    EXPECT_TRUE(sent.error().detail.startsWith(QStringLiteral("554")));
    // The server closes (TLS close_notify) half a second after greeting; the client's QUIT
    // notices that instead of waiting for the whole timeout.
    EXPECT_LT(clock.elapsed(), sink.account().timeoutMs);
}

TEST(SmtpClientFailureTest, SilentServerTimesOutWithinTheAccountTimeout)
{
    SmtpSink sink(withMode(SmtpSink::Mode::Silent));
    QElapsedTimer clock;
    clock.start();
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Timeout) << describe(sent);
    EXPECT_GE(clock.elapsed(), sink.account().timeoutMs - 100);
    EXPECT_LT(clock.elapsed(), sink.account().timeoutMs + 1500);
}

TEST(SmtpClientFailureTest, StalledHandshakeTimesOut)
{
    SmtpSink sink(withMode(SmtpSink::Mode::NoHandshake));
    QElapsedTimer clock;
    clock.start();
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Timeout) << describe(sent);
    EXPECT_LT(clock.elapsed(), sink.account().timeoutMs + 1500);
}

TEST(SmtpClientFailureTest, EndlessLineIsAProtocolFailure)
{
    SmtpSink sink(withMode(SmtpSink::Mode::LongLine));
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Protocol) << describe(sent);
}

TEST(SmtpClientFailureTest, PlainServerIsATlsFailure)
{
    SmtpSink sink(withMode(SmtpSink::Mode::Plain));
    const auto sent = sendWith(sink.account(), simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Tls) << describe(sent);
    EXPECT_EQ(sink.authCommands(), 0);
}

TEST(SmtpClientFailureTest, NothingListeningIsATcpFailure)
{
    MailAccount account;
    account.smtp = MailServer{QStringLiteral("127.0.0.1"), closedPort()};
    account.timeoutMs = 2000;
    const auto sent = sendWith(account, simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Tcp) << describe(sent);
}

TEST(SmtpClientFailureTest, UnknownNameIsADnsFailure)
{
    MailAccount account;
    account.smtp = MailServer{QStringLiteral("nonexistent.invalid"), 465};
    account.timeoutMs = 2000;
    const auto sent = sendWith(account, simpleEnvelope());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Dns) << describe(sent);
}

TEST(SmtpClientFailureTest, InjectionIsRefusedBeforeConnecting)
{
    // Nothing listens there: a client that connected would fail with Tcp, not Rejected.
    MailAccount account;
    account.smtp = MailServer{QStringLiteral("127.0.0.1"), closedPort()};
    account.timeoutMs = 2000;
    SmtpEnvelope recipient = simpleEnvelope();
    recipient.recipients = {QStringLiteral("klient@example.cz>\r\nRCPT TO:<evil@example.org")};
    SmtpEnvelope sender = simpleEnvelope();
    sender.from = QStringLiteral("poradna@kotva.test\nBcc: evil@example.org");
    for (const SmtpEnvelope& envelope : {recipient, sender}) {
        const auto sent = sendWith(account, envelope);
        ASSERT_FALSE(sent.has_value());
        EXPECT_EQ(sent.error().failure, MailFailure::Rejected) << describe(sent);
    }
}

TEST(SmtpClientFailureTest, InjectionNeverReachesARealServer)
{
    SmtpSink sink;
    SmtpEnvelope envelope = simpleEnvelope();
    envelope.recipients = {QStringLiteral("klient@example.cz"),
                           QStringLiteral("x@example.cz> NOTIFY=NEVER")};
    const auto sent = sendWith(sink.account(), envelope);
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Rejected) << describe(sent);
    EXPECT_EQ(sink.authCommands(), 0);
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpClientFailureTest, CancelledBeforeItStartsSendsNothing)
{
    SmtpSink sink;
    std::stop_source stop;
    stop.request_stop();
    const auto sent =
        sendWith(sink.account(), simpleEnvelope(), SmtpSink::password(), stop.get_token());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Cancelled) << describe(sent);
    EXPECT_EQ(sink.authCommands(), 0);
}

TEST(SmtpClientFailureTest, CancellingAWaitEndsItPromptly)
{
    SmtpSink sink(withMode(SmtpSink::Mode::Silent));
    MailAccount account = sink.account();
    account.timeoutMs = 20000;
    std::stop_source stop;
    std::jthread canceller([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop.request_stop();
    });
    QElapsedTimer clock;
    clock.start();
    const auto sent = sendWith(account, simpleEnvelope(), SmtpSink::password(), stop.get_token());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().failure, MailFailure::Cancelled) << describe(sent);
    EXPECT_LT(clock.elapsed(), 2000);
}

} // namespace
} // namespace kotva::test
