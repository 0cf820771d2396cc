// Not a check: fills a throwaway vault with e-mails in Czech, so the inbox can be looked at
// in the real application. Skipped unless KOTVA_DEMO_VAULT names a vault made with
// `kotva-cli vault create --passphrase-stdin` and KOTVA_DEMO_PASSPHRASE is its passphrase.

#include "core/mail/intake/MailIntake.h"
#include "core/session/SessionService.h"
#include "core/storage/Vault.h"
#include "tests/ui_mail/InboxTestSupport.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

TEST(InboxDemoVault, FillsAThrowawayVaultForTheApp)
{
    const QString path = qEnvironmentVariable("KOTVA_DEMO_VAULT");
    QByteArray passphrase = qgetenv("KOTVA_DEMO_PASSPHRASE");
    if (path.isEmpty() || passphrase.isEmpty())
        GTEST_SKIP() << "KOTVA_DEMO_VAULT and KOTVA_DEMO_PASSPHRASE are not set";
    const Result<VaultKey> key = VaultKey::fromPassphrase(SecureBuffer::takeFrom(passphrase));
    ASSERT_TRUE(key.has_value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FixedClock clock(now.addDays(-8));
    // The vault on the real clock (the app would ask about a clock that jumped); the e-mails
    // come in over the last week on the test's own clock.
    auto vault = Vault::open(path, *key);
    ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
    SessionService contacts(**vault, test::inboxAnalyzer(), clock);
    MailIntake intake(**vault, contacts, clock);

    MailAccount account;
    account.imap = {QStringLiteral("imap.poradna-kotva.invalid"), 993};
    account.smtp = {QStringLiteral("smtp.poradna-kotva.invalid"), 465};
    account.user = QStringLiteral("poradna");
    account.address = QStringLiteral("poradna@poradna-kotva.invalid");
    ASSERT_TRUE(intake.settings().setAccount(account).has_value());
    ASSERT_TRUE(intake.settings().raw().setValue(MailSettings::OrganisationName,
                                                 QStringLiteral("Poradna Kotva")));
    ASSERT_TRUE(
        intake.settings().raw().setValue(MailSettings::Password, QStringLiteral("jen-na-ukazku")));

    quint32 uid = 1;
    const auto takeIn = [&](const test::RawMail& mail, AckState ack) {
        ASSERT_EQ(intake.takeIn(QStringLiteral("INBOX"), 1, uid++, test::rawMail(mail)),
                  TakenIn::Contact);
        ContactId newest = 0;
        for (const Contact& contact : contacts.contacts().value_or(QList<Contact>()))
            newest = std::max(newest, contact.id);
        const auto record = intake.repository().recordOfContact(newest);
        ASSERT_TRUE(record && *record);
        ASSERT_TRUE(intake.repository().setAck((*record)->id, ack, clock.nowUtc()));
    };
    takeIn(test::motherMail(clock.nowUtc()), AckState::Sent);
    clock.set(now.addDays(-1));
    takeIn(test::medicationMail(clock.nowUtc()), AckState::Uncertain);
    clock.set(now.addSecs(-3 * 3600));
    takeIn(test::lonelyMail(clock.nowUtc()), AckState::Sent);
    clock.set(now.addSecs(-600));
    takeIn(test::acuteMail(clock.nowUtc()), AckState::Pending);
}

} // namespace
} // namespace kotva
