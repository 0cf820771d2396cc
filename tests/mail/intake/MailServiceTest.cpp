// The mail service over a real vault and a real Dovecot: where the mailbox password is kept
// (issue 14): in the real OS keychain (gnome-keyring under the test command's D-Bus session)
// when the vault's key is kept there, in the vault when the vault opens with a passphrase;
// moved, never lost, when either changes; and fetching on its own while the vault is open.

#include "core/mail/intake/MailService.h"

#include "core/keys/KeychainStore.h"
#include "core/mail/TlsPolicy.h"
#include "core/mail/intake/MailPassword.h"
#include "tests/keys/KeyringSession.h"
#include "tests/mail/intake/MailFixture.h"
#include "tests/mail/support/DovecotServer.h"
#include "tests/mail/support/TestCertificates.h"

#include <QSignalSpy>
#include <QUuid>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

QByteArray outOfOffice(int n)
{
    return "From: Ferda <ferda@example.cz>\r\nTo: poradna@kotva.test\r\n"
           "Subject: Out of office\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <v" +
           QByteArray::number(n) + "@example.cz>\r\n\r\nOut of office.\r\n";
}

/// Dovecot's account as the settings dialog stores it: its certificate pinned, an SMTP
/// server that is never reached (automated mail is not acknowledged).
MailAccount pinnedAccount(const DovecotServer& dovecot)
{
    MailAccount account = dovecot.account();
    account.trust.authorities.clear();
    account.trust.pinnedSha256 = {
        TlsPolicy::sha256(TestCertificates::shared().certificate(QStringLiteral("selfsigned")))};
    account.smtp = {QStringLiteral("127.0.0.1"), 1}; // nothing listens: acknowledgements fail
    account.address = QStringLiteral("poradna@kotva.test");
    return account;
}

const QString Typed = QStringLiteral("Heslo k poradně 7×");

QString fromSecret(const SecureBuffer& secret)
{
    return QString::fromUtf8(secret.constData(), secret.size());
}

class MailServiceTest : public MailFixture
{
protected:
    void SetUp() override
    {
        MailFixture::SetUp();
        m_settings = std::make_unique<MailSettings>(*m_vault);
        m_password = std::make_unique<MailPassword>(*m_settings);
    }
    void TearDown() override
    {
        m_password.reset();
        m_settings.reset();
        MailFixture::TearDown();
    }

    /// What the vault itself holds under the password's setting.
    QString vaultCopy() const
    {
        return m_settings->raw().value(MailSettings::Password).value_or(QStringLiteral("?"));
    }

    /// The keychain's own answer for this vault's mailbox password.
    Result<SecureBuffer> keychainCopy()
    {
        std::optional<Result<SecureBuffer>> answer;
        QObject context;
        m_keychain.readSecret(KeychainStore::mailPasswordEntryIdFor(path()), &context,
                              [&](Result<SecureBuffer> secret) { answer = std::move(secret); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        return answer ? std::move(*answer) : fail(ErrorCode::Internal, QStringLiteral("no answer"));
    }

    Result<SecureBuffer> readPassword()
    {
        std::optional<Result<SecureBuffer>> answer;
        m_password->read([&](Result<SecureBuffer> secret) { answer = std::move(secret); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        return answer ? std::move(*answer) : fail(ErrorCode::Internal, QStringLiteral("no answer"));
    }

    bool settlesIn(MailPassword::Place place)
    {
        return waitFor([&] { return m_password->place() == place; }, 15000);
    }

    // A service name of its own: tests never see each other's entries.
    KeychainStore m_keychain{QStringLiteral("Kotva-mail-test-") +
                             QUuid::createUuid().toString(QUuid::WithoutBraces)};
    std::unique_ptr<MailSettings> m_settings;
    std::unique_ptr<MailPassword> m_password;
};

} // namespace

TEST_F(MailServiceTest, AKeychainVaultKeepsThePasswordInTheKeychainAndNotInTheVault)
{
    m_password->useKeychain(m_keychain, path(), true);
    ASSERT_TRUE(m_password->store(Typed));
    ASSERT_TRUE(settlesIn(MailPassword::Place::Keychain));

    EXPECT_EQ(vaultCopy(), QString());
    const auto inKeychain = keychainCopy();
    ASSERT_TRUE(inKeychain) << qPrintable(inKeychain.error().toString());
    EXPECT_EQ(fromSecret(*inKeychain), Typed);
    const auto read = readPassword();
    ASSERT_TRUE(read) << qPrintable(read.error().toString());
    EXPECT_EQ(fromSecret(*read), Typed);
}

TEST_F(MailServiceTest, APassphraseVaultKeepsThePasswordInTheVaultAndNothingInTheKeychain)
{
    m_password->useKeychain(m_keychain, path(), false);
    ASSERT_TRUE(m_password->store(Typed));
    EXPECT_EQ(m_password->place(), MailPassword::Place::Vault);
    EXPECT_EQ(vaultCopy(), Typed);
    const auto inKeychain = keychainCopy();
    ASSERT_FALSE(inKeychain);
    EXPECT_EQ(inKeychain.error().code, ErrorCode::KeyMissing);
}

TEST_F(MailServiceTest, ThePasswordFollowsTheVaultsKeyIntoTheKeychainAndBack)
{
    // Stored while the vault opened with a passphrase, then the key moved to the keychain.
    m_password->useKeychain(m_keychain, path(), false);
    ASSERT_TRUE(m_password->store(Typed));
    m_password->useKeychain(m_keychain, path(), true);
    ASSERT_TRUE(settlesIn(MailPassword::Place::Keychain));
    EXPECT_EQ(vaultCopy(), QString());

    // And back to a passphrase: the password is in the vault again, the keychain forgets it.
    QSignalSpy moved(m_password.get(), &MailPassword::placeChanged);
    m_password->useKeychain(m_keychain, path(), false);
    ASSERT_TRUE(settlesIn(MailPassword::Place::Vault));
    EXPECT_EQ(vaultCopy(), Typed);
    ASSERT_TRUE(waitFor([&] {
        const auto left = keychainCopy();
        return !left && left.error().code == ErrorCode::KeyMissing;
    }));
    EXPECT_EQ(moved.count(), 1);
}

TEST_F(MailServiceTest, ANewPasswordTypedLaterReplacesTheOneInTheKeychain)
{
    m_password->useKeychain(m_keychain, path(), true);
    ASSERT_TRUE(m_password->store(QStringLiteral("staré heslo")));
    ASSERT_TRUE(settlesIn(MailPassword::Place::Keychain));
    ASSERT_TRUE(m_password->store(Typed));
    ASSERT_TRUE(settlesIn(MailPassword::Place::Keychain));
    const auto read = readPassword();
    ASSERT_TRUE(read);
    EXPECT_EQ(fromSecret(*read), Typed);
}

TEST_F(MailServiceTest, WithoutAKeychainThePasswordStaysInTheVaultAndStillWorks)
{
    if (!kotva::test::inNoKeychainChild()) {
        EXPECT_TRUE(kotva::test::runThisTestWithoutKeychain());
        return;
    }
    QSignalSpy refused(m_password.get(), &MailPassword::keychainRefused);
    m_password->useKeychain(m_keychain, path(), true);
    ASSERT_TRUE(m_password->store(Typed));
    ASSERT_TRUE(waitFor([&] { return refused.count() == 1; }));
    EXPECT_EQ(m_password->place(), MailPassword::Place::Vault);
    const auto read = readPassword();
    ASSERT_TRUE(read);
    EXPECT_EQ(fromSecret(*read), Typed);
}

TEST_F(MailServiceTest, AKeychainThatLostThePasswordSaysToTypeItAgain)
{
    m_password->useKeychain(m_keychain, path(), true);
    ASSERT_TRUE(m_password->store(Typed));
    ASSERT_TRUE(settlesIn(MailPassword::Place::Keychain));
    bool removed = false;
    QObject context;
    m_keychain.removeSecret(KeychainStore::mailPasswordEntryIdFor(path()), &context,
                            [&](Status) { removed = true; });
    ASSERT_TRUE(waitFor([&] { return removed; }));

    const auto read = readPassword();
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::KeyMissing);
    EXPECT_TRUE(read.error().message.contains(QLatin1String("type it again")))
        << qPrintable(read.error().message);
}

// The service fetches with the password the keychain gives it, and a keychain without the
// password ends the fetch with a message instead of a connection attempt.
TEST_F(MailServiceTest, TheServiceFetchesWithThePasswordFromTheKeychain)
{
    DovecotServer dovecot(QStringLiteral("selfsigned"));
    const auto started = dovecot.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    // An auto-reply only: nothing to acknowledge, so no SMTP server is needed.
    ASSERT_TRUE(dovecot.deliver(outOfOffice(1)));
    MailService service(*m_vault, *m_contacts, m_clock);
    ASSERT_TRUE(service.settings().setAccount(pinnedAccount(dovecot)));
    service.password().useKeychain(m_keychain, path(), true);
    ASSERT_TRUE(service.setPassword(QString::fromUtf8(dovecot.password())));
    ASSERT_TRUE(
        waitFor([&] { return service.password().place() == MailPassword::Place::Keychain; }));
    ASSERT_TRUE(service.ready());

    std::optional<MailRunReport> finished;
    QObject::connect(&service, &MailService::fetchFinished, &service,
                     [&](const MailRunReport& report) { finished = report; });
    ASSERT_TRUE(service.fetch());
    EXPECT_TRUE(service.busy());
    ASSERT_TRUE(waitFor([&] { return finished.has_value(); }, 60000));
    MailRunReport report = *std::exchange(finished, std::nullopt);
    EXPECT_FALSE(report.error) << qPrintable(report.error->message);
    EXPECT_EQ(report.automated, 1);
    EXPECT_FALSE(service.busy());

    bool removed = false;
    QObject context;
    m_keychain.removeSecret(KeychainStore::mailPasswordEntryIdFor(path()), &context,
                            [&](Status) { removed = true; });
    ASSERT_TRUE(waitFor([&] { return removed; }));
    ASSERT_TRUE(service.fetch());
    ASSERT_TRUE(waitFor([&] { return finished.has_value(); }, 60000));
    report = *finished;
    ASSERT_TRUE(report.error);
    EXPECT_EQ(report.error->failure, MailFailure::Password);
    EXPECT_FALSE(service.busy());
}

// While the vault is open the inbox fills on its own: each tick fetches what is new, and a
// mailbox set to "only with Fetch mail" is never fetched unasked.
TEST_F(MailServiceTest, TheServiceFetchesOnItsOwnWhileOpen)
{
    DovecotServer dovecot(QStringLiteral("selfsigned"));
    const auto started = dovecot.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    ASSERT_TRUE(dovecot.deliver(outOfOffice(1)));
    MailService service(*m_vault, *m_contacts, m_clock);
    ASSERT_TRUE(service.settings().setAccount(pinnedAccount(dovecot)));
    ASSERT_TRUE(service.setPassword(QString::fromUtf8(dovecot.password())));

    QList<MailRunReport> reports;
    QObject::connect(&service, &MailService::fetchFinished, &service,
                     [&](const MailRunReport& report) { reports << report; });
    using std::chrono::milliseconds;
    service.scheduleAutomaticFetch(milliseconds(300), milliseconds(10));
    EXPECT_TRUE(service.fetchesAutomatically());
    ASSERT_TRUE(waitFor([&] { return reports.size() >= 1; }, 60000));
    EXPECT_FALSE(reports.first().error) << qPrintable(reports.first().error->message);
    EXPECT_EQ(reports.first().automated, 1);

    ASSERT_TRUE(dovecot.deliver(outOfOffice(2)));
    ASSERT_TRUE(waitFor(
        [&] {
            return std::any_of(reports.begin() + 1, reports.end(),
                               [](const MailRunReport& r) { return r.automated == 1; });
        },
        60000));
    int automated = 0;
    for (const MailRunReport& report : reports)
        automated += report.automated;
    EXPECT_EQ(automated, 2) << "each message is taken in once, however often the timer fires";

    // "Only with Fetch mail" (0 minutes) stops it.
    ASSERT_TRUE(service.settings().raw().setValue(MailSettings::FetchIntervalMinutes, 0));
    service.scheduleAutomaticFetch();
    EXPECT_FALSE(service.fetchesAutomatically());
}

TEST_F(MailServiceTest, AMailboxThatIsNotSetUpIsNotFetchedAutomatically)
{
    MailService service(*m_vault, *m_contacts, m_clock);
    int runs = 0;
    QObject::connect(&service, &MailService::busyChanged, &service,
                     [&](bool busy) { runs += busy; });
    using std::chrono::milliseconds;
    service.scheduleAutomaticFetch(milliseconds(20), milliseconds(1));
    waitFor([] { return false; }, 300);
    EXPECT_EQ(runs, 0);
    EXPECT_TRUE(service.fetchesAutomatically());
}

// The settings dialog saves through one transaction: a value the vault refuses leaves every
// setting as it was.
TEST_F(MailServiceTest, SettingsChangedTogetherAreAllStoredOrNone)
{
    const QString before = m_settings->raw().value(MailSettings::ImapHost).value_or(QString());
    const Status saved = m_settings->changeTogether([&]() -> Status {
        if (Status s = m_settings->raw().setValue(MailSettings::ImapHost,
                                                  QStringLiteral("jiny.server.example"));
            !s)
            return s;
        return m_settings->raw().setValue(MailSettings::AnswerWorkingDays, 99); // out of range
    });
    ASSERT_FALSE(saved);
    EXPECT_EQ(m_settings->raw().value(MailSettings::ImapHost).value_or(QString()), before);
    EXPECT_FALSE(before.isEmpty());

    ASSERT_TRUE(m_settings->changeTogether([&] {
        return m_settings->raw().setValue(MailSettings::ImapHost,
                                          QStringLiteral("jiny.server.example"));
    }));
    EXPECT_EQ(m_settings->raw().value(MailSettings::ImapHost).value_or(QString()),
              QStringLiteral("jiny.server.example"));
}

// A fetch that brings acute danger says so, once: the inbox pane then comes forward.
TEST_F(MailServiceTest, AFetchThatBringsAcuteDangerSaysWhichContact)
{
    DovecotServer dovecot(QStringLiteral("selfsigned"));
    const auto started = dovecot.start();
    ASSERT_TRUE(started) << started.error().toStdString();
    ASSERT_TRUE(dovecot.deliver(
        clientMail(QStringLiteral("Lucie Nováková"), QStringLiteral("lucie.novakova@seznam.cz"),
                   QStringLiteral("Už nemůžu"),
                   QStringLiteral("Mám doma připravené prášky a dnes večer je všechny spolknu."),
                   "acute-1@seznam.cz")));
    ASSERT_TRUE(dovecot.deliver(
        clientMail(QStringLiteral("Tomáš Král"), QStringLiteral("tomas.kral@email.cz"),
                   QStringLiteral("Samota"), QStringLiteral("Od rozchodu se cítím sám."),
                   "lonely-1@email.cz")));
    MailService service(*m_vault, *m_contacts, m_clock);
    ASSERT_TRUE(service.settings().setAccount(pinnedAccount(dovecot)));
    ASSERT_TRUE(service.setPassword(QString::fromUtf8(dovecot.password())));

    QList<QList<ContactId>> alerts;
    int finished = 0;
    QObject::connect(&service, &MailService::acuteMailArrived, &service,
                     [&](const QList<ContactId>& contacts) { alerts << contacts; });
    QObject::connect(&service, &MailService::fetchFinished, &service,
                     [&](const MailRunReport&) { ++finished; });
    ASSERT_TRUE(service.fetch());
    ASSERT_TRUE(waitFor([&] { return finished == 1 && !service.busy(); }, 60000));
    ASSERT_EQ(alerts.size(), 1);
    ASSERT_EQ(alerts.first().size(), 1);
    const auto contact = m_contacts->contact(alerts.first().first());
    ASSERT_TRUE(contact);
    EXPECT_EQ(contact->highestRisk, RiskLevel::Acute);
    EXPECT_EQ(contact->pseudonym, QStringLiteral("Lucie"));

    // Nothing new: no second alert for the same contact.
    ASSERT_TRUE(service.fetch());
    ASSERT_TRUE(waitFor([&] { return finished == 2 && !service.busy(); }, 60000));
    EXPECT_EQ(alerts.size(), 1);
}
