#include "app/bootstrap/Hardening.h"
#include "app/bootstrap/QuietLogs.h"
#include "core/access/DesktopLockSignals.h"
#include "core/access/VaultAccess.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/text/Lexicon.h"
#include "core/common/DataSources.h"
#include "core/common/HeapWipe.h"
#include "core/keys/KeychainStore.h"
#include "core/referral/LocalServices.h"
#include "core/referral/ReferralDirectory.h"
#include "core/referral/ReferralPlanner.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSchema.h"
#include "core/vaultsession/VaultSession.h"
#include "translations/Translations.h"
#include "ui/mail/InboxPane.h"
#include "ui/mail/MailSettingsDialog.h"
#include "ui/referral/LocalServicesDialog.h"
#include "ui/schedule/ProgrammeView.h"
#include "ui/shell/AppController.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Prompter.h"
#include "ui/shell/ShellWidgets.h"
#include "ui/stats/FiguresPane.h"
#include "ui/supervision/AgendaPane.h"
#include "ui/supervision/IndividualSupervisionPane.h"
#include "ui/supervision/SupervisionNotePane.h"
#include "ui/workspace/WorkspacePane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // Before anything is allocated: an allocator that overwrites what is freed, so client
    // text from panes destroyed at lock does not linger in the heap (restarts once).
    kotva::heap::restartWithWipingAllocator(argv);
    // Before anything else: no core dumps and no ptrace while keys may be in memory.
    kotva::hardenProcess();
    // The modules' tables every vault is migrated to and purged by.
    kotva::registerVaultSchema();
    QApplication app(argc, argv);
    kotva::keepClientTextOutOfLogs();
    QCoreApplication::setOrganizationName(QStringLiteral("Kotva"));
    QCoreApplication::setApplicationName(QStringLiteral("Kotva"));
    QCoreApplication::setApplicationVersion(kotva::shell::version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kotva"));
    QGuiApplication::setDesktopFileName(QStringLiteral("cz.kotva.Kotva"));
    QApplication::setWindowIcon(kotva::shell::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kotva – a safe workspace for peer workers"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"),
        QCoreApplication::translate("kotva::main", "Open or create the vault at <path>."),
        QStringLiteral("path"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("kotva::main", "User interface language: cs or en."),
        QStringLiteral("language"));
    parser.addOption(vaultOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && lang != u"cs" && lang != u"en") {
        QTextStream(stderr) << QCoreApplication::translate("kotva::main",
                                                           "--lang must be cs or en, not %1")
                                   .arg(lang)
                            << Qt::endl;
        return 2;
    }
    kotva::installTranslators(app, lang);

    QString vaultPath = parser.value(vaultOption);
    if (vaultPath.isEmpty()) {
        vaultPath = kotva::Vault::defaultPath();
        // The default folder may not exist on a first run; a path given with --vault must.
        QDir().mkpath(QFileInfo(vaultPath).absolutePath());
    }
    vaultPath = QFileInfo(vaultPath).absoluteFilePath();

    // The organisation's own lexicons and referral directory, else the installed ones, else
    // the built-in copies; the built-in ones fail only if the build is broken, and then
    // Kotva must not pretend to check anything.
    const kotva::DataFolders folders = kotva::DataFolders::standard();
    kotva::DataInUse lexiconsInUse{QCoreApplication::translate("kotva::main", "Lexicons"), {}, {}};
    kotva::DataInUse directoryInUse{
        QCoreApplication::translate("kotva::main", "Referral directory"), {}, {}};
    const auto analyzer = folders.loadFirst<kotva::Analyzer>(
        QStringLiteral("lexicons"), kotva::Lexicon::builtInDirectory(),
        [](const QString& path) { return kotva::Analyzer::create(path); }, lexiconsInUse);
    const auto directory = folders.loadFirst<kotva::ReferralDirectory>(
        QStringLiteral("referrals/cz.json"), kotva::ReferralDirectory::builtInPath(),
        [](const QString& path) { return kotva::ReferralDirectory::loadNational(path); },
        directoryInUse);
    if (!analyzer || !directory) {
        const kotva::Error& error = analyzer ? directory.error() : analyzer.error();
        QMessageBox::critical(nullptr, QStringLiteral("Kotva"),
                              QCoreApplication::translate("kotva::main",
                                                          "Kotva cannot start its safety checks: "
                                                          "%1")
                                  .arg(error.message));
        return 1;
    }
    // The organisation's own services (a coordinator's list in the user's data folder) are
    // offered after the directory's; the planner reads the merged directory, which changes in
    // place when the list does. A list that does not read is reported and left untouched.
    kotva::LocalServices localServices(*directory, kotva::LocalServices::defaultPath());
    kotva::DataInUse localInUse{
        QCoreApplication::translate("kotva::main", "Your organisation's services"),
        {kotva::DataSource::Origin::UserFolder, localServices.filePath(),
         QFileInfo(localServices.filePath()).lastModified().toUTC()},
        {}};
    if (const kotva::Status loaded = localServices.load(); !loaded)
        localInUse.skipped << localServices.filePath() + QStringLiteral(": ") +
                                  loaded.error().message;
    const kotva::ReferralPlanner planner(localServices.directory());

    kotva::KeychainStore keychain;
    kotva::VaultAccess access(vaultPath, keychain);
    kotva::MessageBoxPrompter prompter;
    kotva::AppController controller(access, prompter, *analyzer);
    QList<kotva::DataInUse> dataInUse{lexiconsInUse, directoryInUse};
    if (QFileInfo::exists(localServices.filePath()))
        dataInUse << localInUse;
    controller.setDataInUse(dataInUse);
    // Suspend and screen lock lock the vault too, not only the idle time.
    controller.lockOn(*kotva::DesktopLockSignals::forThisDesktop(&app));
    controller.setLocalServicesOpener([&localServices](QWidget* parent) {
        auto* dialog = new kotva::LocalServicesDialog(localServices, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // A child of Settings, so it goes with the main window before the session it edits.
    controller.setMailSettingsOpener([](QWidget* parent, kotva::VaultSession& session) {
        auto* dialog = new kotva::MailSettingsDialog(session.mail(), session.clock(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // The modules' panes, in the order of the navigation; each gets its services from the
    // unlocked VaultSession and exists only while it does. The worker's contacts come first:
    // that is where a shift is spent. In a team vault a pane the member's roles do not allow
    // is not made at all (the services would refuse it anyway): a coordinator sees no client.
    controller.registerPane(
        QStringLiteral("workspace"), QCoreApplication::translate("kotva::gui", "Contacts"),
        kotva::shell::icon(QStringLiteral("conversation"), QStringLiteral("mail-message")),
        [&planner](kotva::VaultSession& session) {
            return new kotva::WorkspacePane(session, planner);
        },
        kotva::Capability::ClientWork);
    // E-mail counselling (issue 14): opening an e-mail takes the worker to its conversation,
    // where an acute one raises the crisis-referral pane as a chat does.
    const auto openInWorkspace = [&controller](kotva::ContactId contact) {
        kotva::MainWindow* window = controller.mainWindow();
        if (!window)
            return;
        auto* workspace =
            qobject_cast<kotva::WorkspacePane*>(window->pane(QStringLiteral("workspace")));
        if (!workspace)
            return;
        // Shown first: the workspace makes room for the crisis pane by the width it has.
        window->showPane(QStringLiteral("workspace"));
        workspace->showContact(contact);
    };
    controller.registerPane(
        QStringLiteral("inbox"), QCoreApplication::translate("kotva::gui", "E-mail inbox"),
        kotva::shell::icon(QStringLiteral("mail"), QStringLiteral("mail-folder-inbox")),
        [openInWorkspace](kotva::VaultSession& session) {
            auto* inbox = new kotva::InboxPane(session.mail(), session.clock());
            QObject::connect(inbox, &kotva::InboxPane::openContact, inbox, openInWorkspace);
            // "Set up the mailbox": the same dialog as Settings → E-mail counselling; the
            // inbox reads its state again once it closes.
            QObject::connect(inbox, &kotva::InboxPane::settingsRequested, inbox, [inbox, &session] {
                auto* dialog =
                    new kotva::MailSettingsDialog(session.mail(), session.clock(), inbox);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QObject::connect(dialog, &QDialog::finished, inbox, &kotva::InboxPane::reload);
                dialog->open();
            });
            return inbox;
        },
        kotva::Capability::ClientWork);
    controller.registerPane(
        QStringLiteral("supervision"),
        QCoreApplication::translate("kotva::gui", "Supervision notes"),
        kotva::shell::icon(QStringLiteral("notes"), QStringLiteral("accessories-text-editor")),
        [](kotva::VaultSession& session) { return new kotva::SupervisionNotePane(session); },
        kotva::Capability::OwnNotes);
    controller.registerPane(
        QStringLiteral("programme"), QCoreApplication::translate("kotva::gui", "Group programme"),
        kotva::shell::icon(QStringLiteral("calendar"), QStringLiteral("x-office-calendar")),
        [](kotva::VaultSession& session) { return new kotva::ProgrammeView(session.programme()); });
    // The team lead's monthly team supervision (issue 15): shared notes by kind, printed with
    // the month's figures.
    controller.registerPane(
        QStringLiteral("agenda"), QCoreApplication::translate("kotva::gui", "Team supervision"),
        kotva::shell::icon(QStringLiteral("notes"), QStringLiteral("x-office-document")),
        [](kotva::VaultSession& session) { return new kotva::AgendaPane(session); },
        kotva::Capability::ReadTeamNotes);
    // What members shared with the team lead for individual supervision; a vault of one
    // person has nobody else to supervise, so it has no such pane.
    controller.registerPane(
        QStringLiteral("individual"),
        QCoreApplication::translate("kotva::gui", "Individual supervision"),
        kotva::shell::icon(QStringLiteral("notes"), QStringLiteral("x-office-document")),
        [](kotva::VaultSession& session) -> QWidget* {
            if (!session.access().actor().isTeamMember())
                return nullptr;
            return new kotva::IndividualSupervisionPane(session);
        },
        kotva::Capability::IndividualSupervision);
    // The team's figures without text (issue 15): for supervision and annual reports.
    controller.registerPane(
        QStringLiteral("figures"), QCoreApplication::translate("kotva::gui", "Figures"),
        kotva::shell::icon(QStringLiteral("figures"), QStringLiteral("x-office-spreadsheet")),
        [](kotva::VaultSession& session) { return new kotva::FiguresPane(session); },
        kotva::Capability::Figures);
    QObject::connect(
        &controller, &kotva::AppController::mainWindowShown, &controller,
        [&controller] { controller.mainWindow()->showPane(QStringLiteral("workspace")); });
    QObject::connect(&controller, &kotva::AppController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);

    controller.start();
    return app.exec();
}
