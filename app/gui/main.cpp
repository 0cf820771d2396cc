#include "app/bootstrap/Hardening.h"
#include "core/access/VaultAccess.h"
#include "core/keys/KeychainStore.h"
#include "core/storage/Vault.h"
#include "translations/Translations.h"
#include "ui/schedule/ProgrammeView.h"
#include "ui/shell/AppController.h"
#include "ui/shell/Prompter.h"
#include "ui/shell/ScreenshotTaker.h"
#include "ui/shell/ShellWidgets.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // Before anything else: no core dumps and no ptrace while keys may be in memory.
    kotva::hardenProcess();
    QApplication app(argc, argv);
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

    kotva::KeychainStore keychain;
    kotva::VaultAccess access(vaultPath, keychain);
    kotva::MessageBoxPrompter prompter;
    kotva::AppController controller(access, prompter);
    // Panes exist only while the vault is unlocked; the controller destroys them before Lock.
    controller.registerPane(
        QStringLiteral("programme"), QCoreApplication::translate("kotva::gui", "Group programme"),
        kotva::shell::icon(QStringLiteral("calendar"), QStringLiteral("x-office-calendar")),
        [](kotva::Vault& vault) {
            auto* view = new kotva::ProgrammeView();
            view->setVault(&vault);
            // Every edit lands in the vault at once, so a Lock never loses a cancellation.
            QObject::connect(view, &kotva::ProgrammeView::programmeChanged, view,
                             [view] { (void)view->saveToVault(); });
            return view;
        });
    QObject::connect(&controller, &kotva::AppController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);

    kotva::ScreenshotTaker::scheduleFromEnvironment(&app);
    controller.start();
    return app.exec();
}
