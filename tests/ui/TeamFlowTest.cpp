// A team lead makes their vault a team vault in Settings and adds a peer worker; the peer
// worker unlocks it as themselves, must choose their own passphrase first, and gets no pane
// their role does not allow (issue 15). The app as main.cpp wires it, offscreen, on a real
// SQLCipher vault, real key slots (Argon2id at libsodium's floor) and a real keychain.

#include "core/access/VaultAccess.h"
#include "core/keys/KeychainStore.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/keys/KeyringSession.h"
#include "tests/support/BuiltIns.h"
#include "tests/ui/ScriptedPrompter.h"
#include "tests/ui/Typing.h"
#include "ui/shell/AppController.h"
#include "ui/shell/ExchangeDialog.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MemberDialog.h"
#include "ui/shell/MembersDialog.h"
#include "ui/shell/NewPassphraseDialog.h"
#include "ui/shell/PassphraseFields.h"
#include "ui/shell/SettingsController.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/SetupDialog.h"
#include "ui/shell/UnlockDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace kotva {
namespace {

using test::waitFor;

const QString kPassphrase = QStringLiteral("modrá kočka spí na okně");
const QString kLead = QStringLiteral("vedoucí týmu má dlouhé heslo");
const QString kFirst = QStringLiteral("první heslo pro Janu");
const QString kOwn = QStringLiteral("Janino úplně vlastní heslo");

class TeamFlowTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }
    void TearDown() override { quit(); }

    void launch()
    {
        access = std::make_unique<VaultAccess>(path, keychain);
        access->setSlotParameters(PassphraseKdf::minimum());
        controller = std::make_unique<AppController>(*access, prompter, test::builtInAnalyzer());
        // Panes that need a role, as main.cpp registers them.
        controller->registerPane(
            QStringLiteral("workspace"), QStringLiteral("Contacts"), QIcon(),
            [](VaultSession&) { return new QLabel; }, Capability::ClientWork);
        // A pane only a team has, as main.cpp's individual supervision.
        controller->registerPane(
            QStringLiteral("individual"), QStringLiteral("Individual supervision"), QIcon(),
            [](VaultSession& session) -> QWidget* {
                return session.access().actor().isTeamMember() ? new QLabel : nullptr;
            },
            Capability::IndividualSupervision);
        controller->registerPane(
            QStringLiteral("figures"), QStringLiteral("Figures"), QIcon(),
            [](VaultSession&) { return new QLabel; }, Capability::Figures);
        controller->registerPane(QStringLiteral("programme"), QStringLiteral("Programme"), QIcon(),
                                 [](VaultSession&) { return new QLabel; });
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
    UnlockDialog* waitForMemberPrompt()
    {
        const bool asked = waitFor([this] {
            UnlockDialog* d = controller->unlockDialog();
            return d && d->isVisible() && d->mode() == UnlockDialog::Mode::Member &&
                   d->passphraseEdit()->isEnabled();
        });
        return asked ? controller->unlockDialog() : nullptr;
    }
    void unlockAs(UnlockDialog* unlock, const QString& label, const QString& passphrase)
    {
        unlock->memberCombo()->setCurrentIndex(unlock->memberCombo()->findText(label));
        test::typeText(unlock->passphraseEdit(), passphrase);
        unlock->unlockButton()->click();
    }

    /// The one person's passphrase vault, made a team vault with "EK" as its lead, who adds
    /// "JN", a peer worker.
    void makeTeam()
    {
        launch();
        ASSERT_TRUE(waitFor([this] { return controller->setupDialog() != nullptr; }));
        SetupDialog* setup = controller->setupDialog();
        setup->findChild<QRadioButton*>(QStringLiteral("passphraseChoice"))->click();
        test::typeText(setup->passphraseFields()->passphraseEdit(), kPassphrase);
        test::typeText(setup->passphraseFields()->confirmationEdit(), kPassphrase);
        setup->createButton()->click();
        ASSERT_TRUE(waitForMainWindow());
        EXPECT_EQ(controller->mainWindow()->pane(QStringLiteral("individual")), nullptr)
            << "a vault of one person has nobody else to supervise";
        controller->mainWindow()->showPane(QStringLiteral("figures"));

        controller->mainWindow()->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        SettingsDialog* settings = controller->settings()->dialog();
        ASSERT_NE(settings, nullptr);
        ASSERT_TRUE(settings->makeTeamButton()->isVisible());
        settings->makeTeamButton()->click();
        MemberDialog* founder = controller->settings()->makeTeamDialog();
        ASSERT_NE(founder, nullptr);
        test::typeText(founder->labelEdit(), QStringLiteral("EK"));
        test::typeText(founder->fields()->passphraseEdit(), kLead);
        test::typeText(founder->fields()->confirmationEdit(), kLead);
        ASSERT_TRUE(founder->okButton()->isEnabled());
        founder->okButton()->click();
        EXPECT_EQ(settings->keyMessage()->kind(), InlineMessage::Kind::Success)
            << settings->keyMessage()->text().toStdString();
        EXPECT_FALSE(settings->makeTeamButton()->isVisible());
        ASSERT_TRUE(settings->membersButton()->isVisible());
        EXPECT_EQ(controller->session()->access().actor().label, QStringLiteral("EK"));
        // The panes of a team come in at once, in their place, and the lead stays where they
        // were.
        EXPECT_EQ(controller->mainWindow()->paneIds(),
                  (QStringList{MainWindow::OverviewPaneId, QStringLiteral("workspace"),
                               QStringLiteral("individual"), QStringLiteral("figures"),
                               QStringLiteral("programme")}));
        EXPECT_EQ(controller->mainWindow()->currentPaneId(), QStringLiteral("figures"));
        EXPECT_EQ(controller->mainWindow()->navigation()->currentItem()->data(Qt::UserRole),
                  QStringLiteral("figures"));

        settings->membersButton()->click();
        MembersDialog* members = controller->settings()->membersDialog();
        ASSERT_NE(members, nullptr);
        ASSERT_EQ(members->table()->rowCount(), 1);
        members->addButton()->click();
        MemberDialog* add = members->memberDialog();
        ASSERT_NE(add, nullptr);
        test::typeText(add->labelEdit(), QStringLiteral("JN"));
        EXPECT_TRUE(add->roleBox(Role::PeerWorker)->isChecked());
        test::typeText(add->fields()->passphraseEdit(), kFirst);
        test::typeText(add->fields()->confirmationEdit(), kFirst);
        add->okButton()->click();
        ASSERT_EQ(members->table()->rowCount(), 2) << members->message()->text().toStdString();
        members->close();

        // Beside the members: the cards and files of workers on other PCs.
        ASSERT_TRUE(settings->exchangeButton()->isVisible());
        settings->exchangeButton()->click();
        ExchangeDialog* exchange = controller->settings()->exchangeDialog();
        ASSERT_NE(exchange, nullptr);
        EXPECT_TRUE(exchange->isVisible());
        EXPECT_NE(exchange->leadPage(), nullptr);
        // Workers of the team use this vault: files come from vaults of one person elsewhere.
        EXPECT_EQ(exchange->workerPage(), nullptr);
        exchange->close();
        quit();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("team.vault"));
    KeychainStore keychain{QStringLiteral("KotvaTeamUiTest")};
    test::ScriptedPrompter prompter;
    std::unique_ptr<VaultAccess> access;
    std::unique_ptr<AppController> controller;
};

TEST_F(TeamFlowTest, ANewMemberUnlocksAsThemselvesAndChoosesTheirOwnPassphraseFirst)
{
    makeTeam();
    launch();
    UnlockDialog* unlock = waitForMemberPrompt();
    ASSERT_NE(unlock, nullptr);
    ASSERT_EQ(unlock->memberCombo()->count(), 2);

    // The lead's passphrase is not Jana's: said in the dialog, which keeps Jana chosen.
    unlockAs(unlock, QStringLiteral("JN"), kLead);
    ASSERT_NE(waitForMemberPrompt(), nullptr);
    EXPECT_TRUE(unlock->message()->isVisible());
    EXPECT_EQ(unlock->memberCombo()->currentText(), QStringLiteral("JN"));

    unlockAs(unlock, QStringLiteral("JN"), kFirst);
    ASSERT_TRUE(waitForMainWindow());
    auto* change = controller->mainWindow()->findChild<NewPassphraseDialog*>(
        QStringLiteral("ownPassphraseDialog"));
    ASSERT_NE(change, nullptr) << "a first passphrase must be changed";
    test::typeText(change->fields()->passphraseEdit(), kOwn);
    test::typeText(change->fields()->confirmationEdit(), kOwn);
    change->okButton()->click();
    EXPECT_FALSE(controller->session()->team().mustChangePassphrase());
    // A peer worker meets clients; the team's figures are not theirs.
    EXPECT_NE(controller->mainWindow()->pane(QStringLiteral("workspace")), nullptr);
    EXPECT_NE(controller->mainWindow()->pane(QStringLiteral("programme")), nullptr);
    EXPECT_EQ(controller->mainWindow()->pane(QStringLiteral("figures")), nullptr);

    quit();
    launch();
    unlock = waitForMemberPrompt();
    ASSERT_NE(unlock, nullptr);
    unlockAs(unlock, QStringLiteral("JN"), kOwn);
    ASSERT_TRUE(waitForMainWindow());
    EXPECT_EQ(controller->mainWindow()->findChild<NewPassphraseDialog*>(
                  QStringLiteral("ownPassphraseDialog")),
              nullptr);
}

TEST_F(TeamFlowTest, NotChoosingAnOwnPassphraseLocksAgain)
{
    makeTeam();
    launch();
    UnlockDialog* unlock = waitForMemberPrompt();
    ASSERT_NE(unlock, nullptr);
    unlockAs(unlock, QStringLiteral("JN"), kFirst);
    ASSERT_TRUE(waitForMainWindow());
    auto* change = controller->mainWindow()->findChild<NewPassphraseDialog*>(
        QStringLiteral("ownPassphraseDialog"));
    ASSERT_NE(change, nullptr);
    change->reject();
    EXPECT_TRUE(waitFor([this] { return access->state() == VaultAccess::State::Locked; }));
    EXPECT_EQ(controller->mainWindow(), nullptr);
}

TEST_F(TeamFlowTest, TheLeadSeesEveryPaneAndTheMembersButton)
{
    makeTeam();
    launch();
    UnlockDialog* unlock = waitForMemberPrompt();
    ASSERT_NE(unlock, nullptr);
    unlockAs(unlock, QStringLiteral("EK"), kLead);
    ASSERT_TRUE(waitForMainWindow());
    EXPECT_NE(controller->mainWindow()->pane(QStringLiteral("figures")), nullptr);
    EXPECT_NE(controller->mainWindow()->pane(QStringLiteral("workspace")), nullptr);
    controller->mainWindow()->findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    EXPECT_TRUE(controller->settings()->dialog()->membersButton()->isVisible());
}

} // namespace
} // namespace kotva
