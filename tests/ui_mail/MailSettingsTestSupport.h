#pragma once

// The mail settings dialog on a real SQLCipher vault in a temporary folder, with the
// VaultSession that owns MailService; the clock stands at Monday 23 Nov 2026 09:00 UTC.

#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/BuiltIns.h"
#include "ui/mail/MailSettingsDialog.h"

#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {

class MailSettingsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Result<std::unique_ptr<Vault>> created = Vault::create(path, key.clone(), clock);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        vault = std::move(*created);
        session = std::make_unique<VaultSession>(*vault, builtInAnalyzer(), clock);
    }
    void TearDown() override
    {
        dialog.reset();
        session.reset();
        vault.reset();
    }

    MailService& mail() { return session->mail(); }
    MailSettingsDialog& openDialog()
    {
        dialog = std::make_unique<MailSettingsDialog>(mail(), clock);
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return *dialog;
    }
    /// A complete account as an organisation would enter it.
    static MailAccount exampleAccount()
    {
        MailAccount account;
        account.imap = {QStringLiteral("imap.poradna.example"), 993};
        account.smtp = {QStringLiteral("smtp.poradna.example"), 465};
        account.user = QStringLiteral("poradna");
        account.address = QStringLiteral("poradna@poradna.example");
        return account;
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kotva.vault"));
    VaultKey key = VaultKey::generateRaw();
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<VaultSession> session;
    std::unique_ptr<MailSettingsDialog> dialog;
};

} // namespace kotva::test
