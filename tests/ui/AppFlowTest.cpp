#include "core/access/VaultAccess.h"
#include "core/common/Clock.h"
#include "core/keys/KeychainStore.h"
#include "core/session/ContactRepository.h"
#include "core/storage/Vault.h"
#include "tests/keys/KeyringSession.h"
#include "tests/support/BuiltIns.h"
#include "tests/ui/ScriptedPrompter.h"
#include "tests/ui/Typing.h"
#include "ui/shell/AppController.h"
#include "ui/shell/BackupController.h"
#include "ui/shell/BackupDialog.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NewPassphraseDialog.h"
#include "ui/shell/PassphraseFields.h"
#include "ui/shell/SettingsController.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SetupDialog.h"
#include "ui/shell/UnlockDialog.h"
#include "ui/shell/VaultOverviewPage.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace kotva {
namespace {

using test::waitFor;

const QString kPassphrase = QStringLiteral("modrá kočka spí na okně");

/// The whole app as main.cpp wires it, on a vault in a temporary folder and a keychain
/// service of its own; launch() / quit() are a start and an exit of the program.
class AppFlowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    void TearDown() override
    {
        quit();
        bool removed = false;
        QObject context;
        keychain.removeKey(path, &context, [&](Status) { removed = true; });
        waitFor([&] { return removed; });
    }

    void launch()
    {
        access = std::make_unique<VaultAccess>(path, keychain);
        controller = std::make_unique<AppController>(*access, prompter, test::builtInAnalyzer());
        controller->start();
    }
    void quit()
    {
        controller.reset();
        access.reset();
    }

    bool waitForMainWindow()
    {
        return waitFor(
            [this] { return controller->mainWindow() && controller->mainWindow()->isVisible(); });
    }
    bool waitForPassphrasePrompt()
    {
        return waitFor([this] {
            UnlockDialog* d = controller->unlockDialog();
            return d && d->isVisible() && d->mode() == UnlockDialog::Mode::Passphrase &&
                   d->passphraseEdit()->isEnabled(); // not busy opening any more
        });
    }

    void createWithPassphrase(const QString& passphrase)
    {
        ASSERT_TRUE(waitFor([this] { return controller->setupDialog() != nullptr; }));
        SetupDialog* setup = controller->setupDialog();
        ASSERT_TRUE(setup->isVisible());
        setup->findChild<QRadioButton*>(QStringLiteral("passphraseChoice"))->click();
        test::typeText(setup->passphraseFields()->passphraseEdit(), passphrase);
        test::typeText(setup->passphraseFields()->confirmationEdit(), passphrase);
        ASSERT_TRUE(setup->createButton()->isEnabled());
        setup->createButton()->click();
        ASSERT_TRUE(waitForMainWindow());
    }

    void unlockWith(const QString& passphrase)
    {
        UnlockDialog* unlock = controller->unlockDialog();
        ASSERT_NE(unlock, nullptr);
        test::typeText(unlock->passphraseEdit(), passphrase);
        unlock->unlockButton()->click();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kotva.vault"));
    KeychainStore keychain{QStringLiteral("KotvaUiTest")};
    test::ScriptedPrompter prompter;
    std::unique_ptr<VaultAccess> access;
    std::unique_ptr<AppController> controller;
};

TEST_F(AppFlowTest, PassphraseVaultIsCreatedThenAskedForAtTheNextStart)
{
    launch();
    createWithPassphrase(kPassphrase);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.read(16).startsWith("SQLite format 3"));
    file.close();
    VaultOverviewPage* overview = controller->mainWindow()->overview();
    EXPECT_EQ(overview->pathLabel()->text(), QDir::toNativeSeparators(path));
    EXPECT_TRUE(overview->encryptionLabel()->text().contains(QStringLiteral("Encrypted")));
    EXPECT_TRUE(overview->oldestLabel()->text().contains(QStringLiteral("no records")))
        << qPrintable(overview->oldestLabel()->text());
    // The purge ran as the vault opened, and the overview says when.
    EXPECT_FALSE(overview->lastPurgeLabel()->text().startsWith(QStringLiteral("Not yet")));
    EXPECT_EQ(controller->setupDialog(), nullptr);

    // Another pane writes a contact; coming back to the overview shows it is there.
    MainWindow* window = controller->mainWindow();
    ASSERT_TRUE(ContactRepository(*access->vault())
                    .insertContact(QStringLiteral("Eva"), Channel::Chat, ContractWish::NotSaidYet,
                                   QDateTime::currentDateTimeUtc().addDays(-2))
                    .has_value());
    window->addPane(QStringLiteral("other"), QStringLiteral("Other"), QIcon(), new QWidget);
    ASSERT_TRUE(window->showPane(QStringLiteral("other")));
    ASSERT_TRUE(window->showPane(MainWindow::OverviewPaneId));
    EXPECT_FALSE(overview->oldestLabel()->text().contains(QStringLiteral("no records")))
        << overview->oldestLabel()->text().toStdString();

    quit();
    launch();
    ASSERT_TRUE(waitForPassphrasePrompt());
    EXPECT_EQ(controller->mainWindow(), nullptr);
    EXPECT_EQ(controller->setupDialog(), nullptr) << "an existing vault is never a first run";
    UnlockDialog* unlock = controller->unlockDialog();
    EXPECT_FALSE(unlock->explanation()->text().isEmpty());

    unlockWith(QStringLiteral("modrá kočka spí na stole"));
    ASSERT_TRUE(waitFor([unlock] { return unlock->message()->isVisible(); }));
    EXPECT_EQ(unlock->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_EQ(controller->unlockDialog(), unlock) << "the same dialog stays on screen";
    EXPECT_TRUE(unlock->isVisible());
    EXPECT_EQ(controller->mainWindow(), nullptr);
    EXPECT_TRUE(unlock->passphraseEdit()->text().isEmpty());

    ASSERT_TRUE(waitForPassphrasePrompt());
    unlockWith(kPassphrase);
    ASSERT_TRUE(waitForMainWindow());
    EXPECT_EQ(controller->mainWindow()->overview()->pathLabel()->text(),
              QDir::toNativeSeparators(path));
}

// Issue 13, point 4: a vault last used 100 days ago (by the clock) deletes nothing until the
// user says today's date is right; "Cancel" keeps everything, "The date is right" purges.
TEST_F(AppFlowTest, AVaultUnusedForMonthsAsksBeforeDeletingAnything)
{
    {
        FixedClock past(QDateTime::currentDateTimeUtc().addDays(-100));
        const QByteArray passphrase = QStringLiteral("modrá kočka spí").toUtf8();
        auto key = VaultKey::fromPassphrase(
            SecureBuffer::copyOf(passphrase.constData(), passphrase.size()));
        ASSERT_TRUE(key);
        auto vault = Vault::create(path, *key, past);
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
    }
    for (const bool dateIsRight : {false, true}) {
        prompter.answers = {dateIsRight};
        prompter.asked.clear();
        launch();
        ASSERT_TRUE(waitForPassphrasePrompt());
        unlockWith(QStringLiteral("modrá kočka spí"));
        ASSERT_TRUE(waitForMainWindow());
        ASSERT_EQ(prompter.asked.size(), 1);
        EXPECT_TRUE(prompter.asked.first().text.contains(QStringLiteral("100")))
            << prompter.asked.first().text.toStdString();
        EXPECT_EQ(access->vault()->purgeHeld(), !dateIsRight);
        quit();
    }
}

TEST_F(AppFlowTest, KeychainVaultOpensWithoutADialogAtTheNextStart)
{
    launch();
    ASSERT_TRUE(waitFor([this] { return controller->setupDialog() != nullptr; }));
    SetupDialog* setup = controller->setupDialog();
    EXPECT_EQ(setup->protection(), SetupDialog::Protection::Keychain);
    setup->createButton()->click();
    ASSERT_TRUE(waitForMainWindow()) << setup->message()->text().toStdString();

    quit();
    launch();
    ASSERT_TRUE(waitForMainWindow());
    EXPECT_EQ(controller->unlockDialog(), nullptr);
    EXPECT_EQ(controller->setupDialog(), nullptr);
}

TEST_F(AppFlowTest, LockClosesTheWindowAndUnlockingNeedsThePassphraseAgain)
{
    launch();
    createWithPassphrase(kPassphrase);
    controller->mainWindow()->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();

    EXPECT_EQ(controller->mainWindow(), nullptr) << "no window with vault content while locked";
    EXPECT_EQ(access->vault(), nullptr);
    UnlockDialog* unlock = controller->unlockDialog();
    ASSERT_NE(unlock, nullptr);
    EXPECT_TRUE(unlock->isVisible());
    EXPECT_EQ(unlock->mode(), UnlockDialog::Mode::Locked);

    unlock->unlockButton()->click();
    ASSERT_TRUE(waitForPassphrasePrompt());
    unlockWith(kPassphrase);
    ASSERT_TRUE(waitForMainWindow());
}

TEST_F(AppFlowTest, ShorterRetentionIsConfirmedBeforeAnythingIsDeleted)
{
    launch();
    createWithPassphrase(kPassphrase);
    MainWindow* window = controller->mainWindow();
    window->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog* settings = controller->settings()->dialog();
    ASSERT_NE(settings, nullptr);
    ASSERT_TRUE(settings->isVisible());
    EXPECT_EQ(settings->retention(), access->vault()->retention());

    settings->messageDaysSpin()->setValue(7);
    prompter.answers = {false};
    settings->saveButton()->click();
    ASSERT_EQ(prompter.asked.size(), 1);
    EXPECT_TRUE(prompter.asked.front().destructive);
    EXPECT_TRUE(settings->isVisible());
    EXPECT_EQ(access->vault()->retention().messageDays, RetentionPolicy::DefaultMessageDays);

    prompter.answers = {true};
    settings->saveButton()->click();
    EXPECT_EQ(prompter.asked.size(), 2);
    EXPECT_EQ(access->vault()->retention().messageDays, 7);
    EXPECT_TRUE(waitFor([&] { return !controller->settings()->dialog(); }));
    EXPECT_TRUE(window->overview()->messageRetentionLabel()->text().contains(QStringLiteral("7")));

    // The choice is kept in the vault, not in the window.
    quit();
    launch();
    ASSERT_TRUE(waitForPassphrasePrompt());
    unlockWith(kPassphrase);
    ASSERT_TRUE(waitForMainWindow());
    EXPECT_EQ(access->vault()->retention().messageDays, 7);
}

TEST_F(AppFlowTest, ChangedPassphraseOpensTheVaultAndTheOldOneNoLonger)
{
    launch();
    createWithPassphrase(kPassphrase);
    controller->mainWindow()->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    SettingsDialog* settings = controller->settings()->dialog();
    ASSERT_NE(settings, nullptr);
    settings->changePassphraseButton()->click();
    NewPassphraseDialog* change = controller->settings()->passphraseDialog();
    ASSERT_NE(change, nullptr);
    const QString newPassphrase = QStringLiteral("zelený čaj u řeky Ostravice");
    test::typeText(change->fields()->passphraseEdit(), newPassphrase);
    test::typeText(change->fields()->confirmationEdit(), newPassphrase);
    ASSERT_TRUE(change->okButton()->isEnabled());
    change->okButton()->click();
    EXPECT_EQ(settings->keyMessage()->kind(), InlineMessage::Kind::Success)
        << settings->keyMessage()->text().toStdString();

    quit();
    launch();
    ASSERT_TRUE(waitForPassphrasePrompt());
    UnlockDialog* unlock = controller->unlockDialog();
    unlockWith(kPassphrase);
    ASSERT_TRUE(waitFor([unlock] { return unlock->message()->isVisible(); }));
    ASSERT_TRUE(waitForPassphrasePrompt());
    unlockWith(newPassphrase);
    ASSERT_TRUE(waitForMainWindow());
}

TEST_F(AppFlowTest, AFileThatIsNoVaultIsNeverReplaced)
{
    const QByteArray garbage(4096, 'x');
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    launch();
    ASSERT_TRUE(waitForPassphrasePrompt());
    EXPECT_EQ(controller->setupDialog(), nullptr);
    unlockWith(kPassphrase);
    ASSERT_TRUE(waitFor([this] {
        UnlockDialog* d = controller->unlockDialog();
        return d && d->message()->isVisible();
    }));
    EXPECT_EQ(controller->mainWindow(), nullptr);
    EXPECT_EQ(controller->setupDialog(), nullptr);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), garbage);
}

} // namespace

namespace {

qint64 contactCount(const Vault& vault)
{
    QSqlQuery query(vault.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void addContact(const Vault& vault, const QString& pseudonym)
{
    QSqlQuery query(vault.database());
    query.prepare(QStringLiteral("INSERT INTO contacts (pseudonym, channel, created_at) "
                                 "VALUES (?, 'chat', strftime('%s', 'now'))"));
    query.addBindValue(pseudonym);
    EXPECT_TRUE(query.exec());
}

} // namespace

TEST_F(AppFlowTest, ABackupMadeInTheDialogIsRestoredAndKotvaLocksAfterwards)
{
    launch();
    createWithPassphrase(kPassphrase);
    addContact(*access->vault(), QStringLiteral("Před zálohou"));

    // Vault → Backups…: a folder, a passphrase of its own, "Back up now".
    const QString folder = dir.filePath(QStringLiteral("usb"));
    ASSERT_TRUE(QDir().mkpath(folder));
    controller->mainWindow()->findChild<QAction*>(QStringLiteral("backupsAction"))->trigger();
    BackupDialog* backups = controller->backups()->dialog();
    ASSERT_NE(backups, nullptr);
    ASSERT_TRUE(backups->isVisible());
    EXPECT_FALSE(backups->backUpNowButton()->isEnabled()) << "no folder yet";
    test::typeText(backups->folderEdit(), folder);
    test::typeText(backups->passphraseFields()->passphraseEdit(), QStringLiteral("heslo zálohy 1"));
    test::typeText(backups->passphraseFields()->confirmationEdit(),
                   QStringLiteral("heslo zálohy 1"));
    backups->backUpNowButton()->click();
    EXPECT_TRUE(backups->message()->text().contains(folder))
        << backups->message()->text().toStdString();
    ASSERT_EQ(QDir(folder).entryList({QStringLiteral("kotva-backup-*.vault")}).size(), 1);
    ASSERT_EQ(backups->backupList()->count(), 1);

    addContact(*access->vault(), QStringLiteral("Po záloze"));
    ASSERT_EQ(contactCount(*access->vault()), 2);

    // A wrong passphrase is said inline and changes nothing.
    backups->backupList()->setCurrentRow(0);
    test::typeText(backups->restorePassphraseEdit(), QStringLiteral("jiné heslo"));
    prompter.answers = {true};
    backups->restoreButton()->click();
    EXPECT_EQ(backups->message()->text(),
              QStringLiteral("This passphrase does not open the backup."));
    EXPECT_EQ(contactCount(*access->vault()), 2);

    // The right one, confirmed: the vault holds what the backup held, and Kotva locks.
    test::typeText(backups->restorePassphraseEdit(), QStringLiteral("heslo zálohy 1"));
    prompter.answers = {true};
    backups->restoreButton()->click();
    ASSERT_TRUE(prompter.asked.last().destructive);
    ASSERT_TRUE(waitFor([this] { return controller->mainWindow() == nullptr; }));
    ASSERT_NE(controller->unlockDialog(), nullptr);
    controller->unlockDialog()->unlockButton()->click();
    ASSERT_TRUE(waitForPassphrasePrompt());
    unlockWith(kPassphrase);
    ASSERT_TRUE(waitForMainWindow());
    EXPECT_EQ(contactCount(*access->vault()), 1);
}

} // namespace kotva
