#include "ui/shell/SetupDialog.h"

#include "tests/ui/Typing.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/PassphraseFields.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class SetupDialogTest : public ::testing::Test
{
protected:
    SetupDialogTest()
    {
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QRadioButton*>(QStringLiteral("passphraseChoice"))->click();
    }

    void type(const QString& passphrase, const QString& confirmation)
    {
        PassphraseFields* fields = dialog.passphraseFields();
        fields->passphraseEdit()->clear();
        fields->confirmationEdit()->clear();
        test::typeText(fields->passphraseEdit(), passphrase);
        test::typeText(fields->confirmationEdit(), confirmation);
    }

    SetupDialog dialog{QStringLiteral("/home/pracovnice/.local/share/Kotva/kotva.vault")};
};

TEST_F(SetupDialogTest, ShowsWhereTheVaultWillBe)
{
    auto* path = dialog.findChild<QLabel*>(QStringLiteral("vaultPath"));
    ASSERT_NE(path, nullptr);
    EXPECT_TRUE(path->text().contains(QStringLiteral("/home/pracovnice/.local/share/Kotva")));
}

TEST_F(SetupDialogTest, KeychainChoiceCanBeCreatedAtOnce)
{
    dialog.findChild<QRadioButton*>(QStringLiteral("keychainChoice"))->click();
    EXPECT_EQ(dialog.protection(), SetupDialog::Protection::Keychain);
    EXPECT_TRUE(dialog.createButton()->isEnabled());
    EXPECT_FALSE(dialog.passphraseFields()->isEnabled());
}

TEST_F(SetupDialogTest, EmptyPassphraseCannotBeCreated)
{
    QSignalSpy requested(&dialog, &SetupDialog::createRequested);
    EXPECT_FALSE(dialog.createButton()->isEnabled());
    QTest::keyClick(dialog.passphraseFields()->passphraseEdit(), Qt::Key_Return);
    dialog.createButton()->click();
    EXPECT_EQ(requested.count(), 0);
    EXPECT_TRUE(dialog.isVisible());
}

TEST_F(SetupDialogTest, MismatchingPassphrasesAreRefusedWithAReason)
{
    QSignalSpy requested(&dialog, &SetupDialog::createRequested);
    type(QStringLiteral("modrá kočka spí na okně"), QStringLiteral("modrá kočka spí na okne"));
    EXPECT_FALSE(dialog.createButton()->isEnabled());
    EXPECT_TRUE(dialog.passphraseFields()->hintLabel()->text().contains(QStringLiteral("differ")));
    QTest::keyClick(dialog.passphraseFields()->confirmationEdit(), Qt::Key_Return);
    EXPECT_EQ(requested.count(), 0);
}

TEST_F(SetupDialogTest, TooShortPassphraseIsRefused)
{
    type(QStringLiteral("kocka"), QStringLiteral("kocka"));
    EXPECT_FALSE(dialog.createButton()->isEnabled());
    EXPECT_TRUE(dialog.passphraseFields()->hintLabel()->text().contains(QStringLiteral("short")));
}

TEST_F(SetupDialogTest, MatchingPassphraseEnablesCreateAndIsHandedOverOnce)
{
    QSignalSpy requested(&dialog, &SetupDialog::createRequested);
    const QString passphrase = QStringLiteral("modrá kočka spí na okně");
    type(passphrase, passphrase);
    ASSERT_TRUE(dialog.createButton()->isEnabled());
    dialog.createButton()->click();
    ASSERT_EQ(requested.count(), 1);

    const SecureBuffer taken = dialog.takePassphrase();
    EXPECT_EQ(QString::fromUtf8(taken.constData(), taken.size()), passphrase);
    // The fields are wiped once the passphrase is taken out.
    EXPECT_TRUE(dialog.passphraseFields()->passphraseEdit()->text().isEmpty());
    EXPECT_TRUE(dialog.passphraseFields()->confirmationEdit()->text().isEmpty());
    EXPECT_FALSE(dialog.createButton()->isEnabled());
}

TEST_F(SetupDialogTest, BusyDialogDoesNotCreateTwice)
{
    const QString passphrase = QStringLiteral("modrá kočka spí na okně");
    type(passphrase, passphrase);
    dialog.setBusy(true);
    EXPECT_FALSE(dialog.createButton()->isEnabled());
    dialog.setBusy(false);
    EXPECT_TRUE(dialog.createButton()->isEnabled());
}

TEST_F(SetupDialogTest, KeychainFailureSteersToPassphraseInline)
{
    dialog.findChild<QRadioButton*>(QStringLiteral("keychainChoice"))->click();
    dialog.offerPassphraseInstead(
        Error{ErrorCode::KeychainUnavailable, QStringLiteral("No keychain answers."), {}});
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.protection(), SetupDialog::Protection::Passphrase);
    EXPECT_FALSE(dialog.findChild<QRadioButton*>(QStringLiteral("keychainChoice"))->isEnabled());
    EXPECT_TRUE(dialog.message()->isVisible());
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("No keychain answers."));
    EXPECT_FALSE(dialog.createButton()->isEnabled());
}

} // namespace
} // namespace kotva
