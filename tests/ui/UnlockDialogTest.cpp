#include "ui/shell/UnlockDialog.h"

#include "tests/ui/Typing.h"
#include "ui/shell/InlineMessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class UnlockDialogTest : public ::testing::Test
{
protected:
    UnlockDialogTest()
    {
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    }

    UnlockDialog dialog{QStringLiteral("/tmp/kotva.vault")};
};

TEST_F(UnlockDialogTest, SaysWhyThePassphraseIsNeeded)
{
    const QString reason = QStringLiteral("No keychain answers on this computer.");
    dialog.showPassphrasePrompt(Error{ErrorCode::KeychainUnavailable, reason, {}});
    EXPECT_EQ(dialog.mode(), UnlockDialog::Mode::Passphrase);
    EXPECT_EQ(dialog.explanation()->text(), reason);
    EXPECT_TRUE(dialog.passphraseEdit()->isVisible());
    EXPECT_FALSE(dialog.message()->isVisible());
    EXPECT_TRUE(dialog.retryKeychainButton()->isVisible());
}

TEST_F(UnlockDialogTest, UnlockNeedsSomethingTyped)
{
    QSignalSpy requested(&dialog, &UnlockDialog::unlockRequested);
    dialog.showPassphrasePrompt(Error{ErrorCode::KeyMissing, QStringLiteral("No key."), {}});
    EXPECT_FALSE(dialog.unlockButton()->isEnabled());
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    EXPECT_EQ(requested.count(), 0);
    test::typeText(dialog.passphraseEdit(), QStringLiteral("něco"));
    EXPECT_TRUE(dialog.unlockButton()->isEnabled());
    QTest::keyClick(dialog.passphraseEdit(), Qt::Key_Return);
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(UnlockDialogTest, WrongPassphraseIsShownInlineAndTheDialogStays)
{
    const QString reason = QStringLiteral("The keychain holds no key for this vault.");
    dialog.showPassphrasePrompt(Error{ErrorCode::KeyMissing, reason, {}});
    QTest::keyClicks(dialog.passphraseEdit(), QStringLiteral("spatne heslo"));
    SecureBuffer typed = dialog.takePassphrase();
    EXPECT_EQ(typed.size(), 12);
    EXPECT_TRUE(dialog.passphraseEdit()->text().isEmpty());

    dialog.showPassphrasePrompt(
        Error{ErrorCode::WrongKey, QStringLiteral("This passphrase does not open the vault."), {}});
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.mode(), UnlockDialog::Mode::Passphrase);
    EXPECT_TRUE(dialog.message()->isVisible());
    EXPECT_EQ(dialog.message()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("does not open")));
    // The reason given before stays, so the user still knows why they are asked.
    EXPECT_EQ(dialog.explanation()->text(), reason);
}

TEST_F(UnlockDialogTest, LockedDialogAsksToStartOverWithoutAField)
{
    QSignalSpy retry(&dialog, &UnlockDialog::retryRequested);
    dialog.showLocked();
    EXPECT_FALSE(dialog.passphraseEdit()->isVisible());
    EXPECT_TRUE(dialog.unlockButton()->isEnabled());
    dialog.unlockButton()->click();
    EXPECT_EQ(retry.count(), 1);
}

TEST_F(UnlockDialogTest, FailureSaysTheFileWasLeftAlone)
{
    dialog.showFailure(
        Error{ErrorCode::NotAVault, QStringLiteral("This file is not a vault."), {}});
    EXPECT_EQ(dialog.mode(), UnlockDialog::Mode::Failed);
    EXPECT_FALSE(dialog.passphraseEdit()->isVisible());
    EXPECT_EQ(dialog.message()->text(), QStringLiteral("This file is not a vault."));
    EXPECT_TRUE(dialog.explanation()->text().contains(QStringLiteral("left exactly as it was")));
}

} // namespace
} // namespace kotva
