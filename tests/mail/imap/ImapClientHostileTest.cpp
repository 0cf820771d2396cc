// The IMAP client against servers that are not there, not IMAP, or hostile: each failure
// names its step, comes within the timeout, and no password ever leaves over a connection
// whose certificate did not verify.

#include "core/mail/imap/ImapClient.h"
#include "tests/mail/imap/ImapTestSupport.h"
#include "tests/mail/support/HostileImapServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>

#include <gtest/gtest.h>
#include <thread>

using namespace kotva;
using namespace kotva::test;
using namespace std::chrono_literals;

namespace {

const QByteArray Password = "Tajne heslo 42";

enum class Step { Connect, Login, Fetch };

struct HostileCase
{
    const char* mode;
    Step failingStep;
    MailFailure failure;
};

void PrintTo(const HostileCase& c, std::ostream* os)
{
    *os << c.mode;
}

class ImapHostile : public ::testing::TestWithParam<HostileCase>
{};

/// Runs the session up to the step that should fail and returns that step's result.
std::expected<void, MailError> runUntil(ImapClient& client, Step step)
{
    if (auto connected = client.connectToServer(); !connected || step == Step::Connect)
        return connected;
    if (auto loggedIn = client.login(secret(Password)); !loggedIn || step == Step::Login)
        return loggedIn;
    if (auto selected = client.select(QStringLiteral("INBOX")); !selected)
        return std::unexpected(selected.error());
    const auto fetched = client.fetch(1);
    if (!fetched)
        return std::unexpected(fetched.error());
    return {};
}

TEST_P(ImapHostile, IsRefusedWithAClearErrorAndNoHang)
{
    const HostileCase& c = GetParam();
    HostileImapServer server(QString::fromLatin1(c.mode));
    const auto started = server.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    ImapClient client(server.account());
    QElapsedTimer clock;
    clock.start();
    const auto result = runUntil(client, c.failingStep);
    EXPECT_TRUE(failsWith(result, c.failure));
    if (!result) {
        EXPECT_FALSE(result.error().message.isEmpty());
    }
    // The account's timeout is 2 s; nothing may take much longer.
    EXPECT_LT(clock.elapsed(), 4000);
}

INSTANTIATE_TEST_SUITE_P(
    Modes, ImapHostile,
    ::testing::Values(HostileCase{"invalid-greeting", Step::Connect, MailFailure::Greeting},
                      HostileCase{"silence", Step::Connect, MailFailure::Timeout},
                      HostileCase{"endless-line", Step::Connect, MailFailure::Protocol},
                      HostileCase{"bye", Step::Connect, MailFailure::Greeting},
                      HostileCase{"login-refused", Step::Login, MailFailure::Login},
                      HostileCase{"logindisabled", Step::Login, MailFailure::Login},
                      HostileCase{"lying-literal-close", Step::Fetch, MailFailure::Protocol},
                      HostileCase{"lying-literal-stall", Step::Fetch, MailFailure::Timeout},
                      HostileCase{"huge-literal", Step::Fetch, MailFailure::Protocol},
                      HostileCase{"no-tls", Step::Connect, MailFailure::Timeout},
                      HostileCase{"plain-imap", Step::Connect, MailFailure::Tls}),
    [](const ::testing::TestParamInfo<HostileCase>& param) {
        std::string name = param.param.mode;
        std::replace(name.begin(), name.end(), '-', '_');
        return name;
    });

TEST(ImapHostile, LoginDisabledMeansNoPasswordIsSent)
{
    HostileImapServer server(QStringLiteral("logindisabled"));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    ASSERT_TRUE(succeeds(client.connectToServer()));
    EXPECT_TRUE(failsWith(client.login(secret(Password)), MailFailure::Login));
    for (const QString& line : server.receivedLines())
        EXPECT_FALSE(line.contains(QStringLiteral("LOGIN"), Qt::CaseInsensitive))
            << line.toStdString();
}

class ImapNoPasswordOverUnverified : public ::testing::TestWithParam<const char*>
{};

// The recording server accepts any login; over a certificate the client refuses, not one
// line may reach it (and the positive control below shows that a LOGIN would be seen).
TEST_P(ImapNoPasswordOverUnverified, NothingReachesTheServer)
{
    HostileImapServer server(QStringLiteral("record"), QString::fromLatin1(GetParam()));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    EXPECT_TRUE(failsWith(client.connectToServer(), MailFailure::Certificate));
    EXPECT_FALSE(client.login(secret(Password)).has_value());
    EXPECT_EQ(server.receivedLines(), QStringList());
}

INSTANTIATE_TEST_SUITE_P(Certificates, ImapNoPasswordOverUnverified,
                         ::testing::Values("expired", "wronghost", "selfsigned"));

TEST(ImapNoPasswordOverUnverified, TheRecordingServerSeesALoginOverAVerifiedConnection)
{
    HostileImapServer server(QStringLiteral("record"));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    ASSERT_TRUE(succeeds(client.connectToServer()));
    ASSERT_TRUE(succeeds(client.login(secret(Password))));
    const QStringList lines = server.receivedLines();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_TRUE(lines.filter(QStringLiteral(" LOGIN \"poradna\" \"Tajne heslo 42\"")).size() == 1)
        << lines.join(QLatin1Char('\n')).toStdString();
}

TEST(ImapHostile, AuthenticatePlainWaitsForTheContinuation)
{
    HostileImapServer server(QStringLiteral("auth-plain"));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    ASSERT_TRUE(succeeds(client.connectToServer()));
    ASSERT_TRUE(succeeds(client.login(secret(Password))));
    const QStringList lines = server.receivedLines();
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral(" AUTHENTICATE PLAIN")))
        << lines.at(0).toStdString();

    ImapClient wrong(server.account());
    ASSERT_TRUE(succeeds(wrong.connectToServer()));
    EXPECT_TRUE(failsWith(wrong.login(secret("nope")), MailFailure::Login));
}

// Waits are cut into short slices for cancelling; a handshake slower than a slice must
// still succeed.
TEST(ImapHostile, ASlowHandshakeIsWaitedFor)
{
    HostileImapServer server(QStringLiteral("slow-tls"));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    EXPECT_TRUE(succeeds(client.connectToServer()));
}

TEST(ImapHostile, UidsBelowTheOneAskedForAreNotNew)
{
    HostileImapServer server(QStringLiteral("record"));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    ASSERT_TRUE(succeeds(client.connectToServer()));
    ASSERT_TRUE(succeeds(client.login(secret(Password))));
    ASSERT_TRUE(succeeds(client.select(QStringLiteral("INBOX"))));
    EXPECT_EQ(client.uidSearch(5).value_or(QList<quint32>{}), QList<quint32>{9});
    EXPECT_EQ(client.uidSearch(10).value_or(QList<quint32>{0}), QList<quint32>{});
    EXPECT_TRUE(server.receivedLines().filter(QStringLiteral("UID SEARCH UID 5:*")).size() == 1);
}

TEST(ImapHostile, AnEsearchRangeOfFourBillionUidsIsRefused)
{
    HostileImapServer server(QStringLiteral("esearch-bomb"));
    ASSERT_TRUE(server.start());
    ImapClient client(server.account());
    ASSERT_TRUE(succeeds(client.connectToServer()));
    ASSERT_TRUE(succeeds(client.login(secret(Password))));
    ASSERT_TRUE(succeeds(client.select(QStringLiteral("INBOX"))));
    EXPECT_TRUE(failsWith(client.uidSearch(1), MailFailure::Protocol));
}

TEST(ImapNetwork, NothingListeningIsATcpFailure)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    MailAccount account;
    account.imap = MailServer{QStringLiteral("127.0.0.1"), probe.serverPort()};
    account.timeoutMs = 2000;
    probe.close();
    ImapClient client(account);
    EXPECT_TRUE(failsWith(client.connectToServer(), MailFailure::Tcp));
}

TEST(ImapNetwork, AnUnknownNameIsADnsFailure)
{
    MailAccount account;
    account.imap = MailServer{QStringLiteral("nonexistent.invalid"), 993};
    account.timeoutMs = 5000;
    ImapClient client(account);
    EXPECT_TRUE(failsWith(client.connectToServer(), MailFailure::Dns));
}

TEST(ImapCancel, ACancelEndsAWaitWithinAFractionOfASecond)
{
    HostileImapServer server(QStringLiteral("silence"));
    ASSERT_TRUE(server.start());
    MailAccount account = server.account();
    account.timeoutMs = 60000;
    std::stop_source stop;
    ImapClient client(account, stop.get_token());
    std::jthread canceller([&stop] {
        std::this_thread::sleep_for(300ms);
        stop.request_stop();
    });
    QElapsedTimer clock;
    clock.start();
    EXPECT_TRUE(failsWith(client.connectToServer(), MailFailure::Cancelled));
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST(ImapCancel, ACancelledClientDoesNotConnect)
{
    HostileImapServer server(QStringLiteral("record"));
    ASSERT_TRUE(server.start());
    std::stop_source stop;
    stop.request_stop();
    ImapClient client(server.account(), stop.get_token());
    EXPECT_TRUE(failsWith(client.connectToServer(), MailFailure::Cancelled));
}

} // namespace
