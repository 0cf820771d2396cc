#include "ui/shell/AppController.h"

#include "core/access/DesktopLockSignals.h"
#include "core/access/IdleLock.h"
#include "core/common/HeapWipe.h"
#include "core/schedule/WorkingDays.h"
#include "core/storage/Vault.h"
#include "core/storage/VaultSettings.h"
#include "core/vaultsession/VaultSession.h"
#include "ui/shell/BackupController.h"
#include "ui/shell/ClipboardGuard.h"
#include "ui/shell/DateText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/NewPassphraseDialog.h"
#include "ui/shell/Prompter.h"
#include "ui/shell/SettingsController.h"
#include "ui/shell/SetupDialog.h"
#include "ui/shell/UnlockDialog.h"
#include "ui/shell/VaultOverviewPage.h"

#include <QApplication>
#include <QEvent>
#include <QMetaMethod>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <utility>

namespace kotva {

AppController::AppController(VaultAccess& access, Prompter& prompter, const Analyzer& analyzer,
                             QObject* parent)
    : QObject(parent)
    , m_access(access)
    , m_prompter(prompter)
    , m_analyzer(analyzer)
{
    connect(&m_access, &VaultAccess::stateChanged, this, &AppController::onStateChanged);
    connect(&m_access, &VaultAccess::setupNeeded, this, &AppController::onSetupNeeded);
    connect(&m_access, &VaultAccess::setupFailed, this, &AppController::onSetupFailed);
    connect(&m_access, &VaultAccess::passphraseNeeded, this, &AppController::onPassphraseNeeded);
    connect(&m_access, &VaultAccess::memberNeeded, this, &AppController::onMemberNeeded);
    // Said where the vault is next asked for or opened: the unlock dialog or the status bar.
    connect(&m_access, &VaultAccess::membersFileSetAside, this,
            [this](const Error& notice) { m_pendingNotice = notice.message; });
    connect(&m_access, &VaultAccess::unlocked, this, &AppController::onUnlocked);
    connect(&m_access, &VaultAccess::locked, this, &AppController::onLocked);
    connect(&m_access, &VaultAccess::failed, this, &AppController::onFailed);
    // The vault's key moved between the keychain and a passphrase: the mailbox password
    // follows it.
    connect(&m_access, &VaultAccess::keyChanged, this, &AppController::placeMailPassword);
    // The vault became a team vault: its founder is at the keyboard from now on, and the
    // panes only a team has (individual supervision) come in beside the others.
    connect(&m_access, &VaultAccess::keyChanged, this, [this] {
        if (m_session && m_access.teamKeys() && !m_session->team().isTeam() &&
            m_session->joinTeam(m_access.teamKeys()) && m_mainWindow)
            addPanes();
    });
    m_clipboardGuard = std::make_unique<ClipboardGuard>(QGuiApplication::clipboard());
}

AppController::~AppController()
{
    tearDownMainWindow();
    delete m_setup.data();
    delete m_unlock.data();
}

MainWindow* AppController::mainWindow() const
{
    return m_mainWindow;
}

SetupDialog* AppController::setupDialog() const
{
    return m_setup;
}

UnlockDialog* AppController::unlockDialog() const
{
    return m_unlock;
}

void AppController::registerPane(const QString& id, const QString& title, const QIcon& icon,
                                 PaneFactory factory, std::optional<Capability> needs)
{
    m_panes.push_back(PaneEntry{id, title, icon, std::move(factory), needs});
}

void AppController::lockOn(const DesktopLockSignals& desktop)
{
    // As for the idle time: a question or a menu that is open is answered first.
    connect(&desktop, &DesktopLockSignals::lockRequested, this, &AppController::onLockDue);
}

void AppController::start()
{
    m_access.start();
}

void AppController::lock()
{
    // Widgets that show vault content go first, then the vault closes.
    tearDownMainWindow();
    m_access.lock();
}

void AppController::onStateChanged(VaultAccess::State state)
{
    const bool busy =
        state == VaultAccess::State::Opening || state == VaultAccess::State::AwaitingKeychain;
    if (m_setup)
        m_setup->setBusy(busy);
    if (m_unlock)
        m_unlock->setBusy(busy);
}

SetupDialog* AppController::ensureSetup()
{
    if (m_setup)
        return m_setup;
    m_setup = new SetupDialog(m_access.vaultPath());
    connect(m_setup, &SetupDialog::createRequested, this, [this] {
        if (m_setup->protection() == SetupDialog::Protection::Keychain)
            m_access.createWithKeychain();
        else
            m_access.createWithPassphrase(m_setup->takePassphrase());
    });
    connect(m_setup, &QDialog::rejected, this, &AppController::quitRequested);
    return m_setup;
}

UnlockDialog* AppController::ensureUnlock()
{
    if (m_unlock)
        return m_unlock;
    m_unlock = new UnlockDialog(m_access.vaultPath());
    connect(m_unlock, &UnlockDialog::unlockRequested, this, [this] {
        if (m_unlock->mode() == UnlockDialog::Mode::Member)
            m_access.unlockAsMember(m_unlock->memberId(), m_unlock->takePassphrase());
        else
            m_access.unlockWithPassphrase(m_unlock->takePassphrase());
    });
    connect(m_unlock, &UnlockDialog::retryRequested, this, [this] { m_access.start(); });
    connect(m_unlock, &QDialog::rejected, this, &AppController::quitRequested);
    return m_unlock;
}

void AppController::onSetupNeeded()
{
    if (m_unlock)
        m_unlock->hide();
    SetupDialog* dialog = ensureSetup();
    dialog->setBusy(false);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::onSetupFailed(const Error& error)
{
    SetupDialog* dialog = ensureSetup();
    dialog->setBusy(false);
    if (error.code == ErrorCode::KeychainUnavailable || error.code == ErrorCode::KeychainLocked)
        dialog->offerPassphraseInstead(error);
    else
        dialog->showError(error);
    dialog->show();
}

void AppController::onPassphraseNeeded(const Error& reason)
{
    if (m_setup)
        m_setup->hide();
    UnlockDialog* dialog = ensureUnlock();
    dialog->setBusy(false);
    dialog->showPassphrasePrompt(reason);
    if (!m_pendingNotice.isEmpty())
        dialog->message()->setMessage(InlineMessage::Kind::Warning,
                                      std::exchange(m_pendingNotice, QString()));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::onMemberNeeded(const Error& reason)
{
    if (m_setup)
        m_setup->hide();
    UnlockDialog* dialog = ensureUnlock();
    dialog->setBusy(false);
    dialog->showMemberPrompt(m_access.members(), reason);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::onFailed(const Error& error)
{
    if (m_setup)
        m_setup->hide();
    UnlockDialog* dialog = ensureUnlock();
    dialog->setBusy(false);
    dialog->showFailure(error);
    dialog->show();
}

void AppController::onLocked()
{
    tearDownMainWindow();
    UnlockDialog* dialog = ensureUnlock();
    dialog->setBusy(false);
    dialog->showLocked();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::askOwnPassphrase()
{
    if (!m_mainWindow || !m_session || !m_session->team().mustChangePassphrase())
        return;
    auto* dialog = new NewPassphraseDialog(
        tr("Choose your own passphrase"),
        tr("The team lead gave you a first passphrase. Choose your own now, one that only you "
           "know: from now on you unlock the vault with it."),
        m_mainWindow);
    dialog->setObjectName(QStringLiteral("ownPassphraseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status changed = m_session->team().changeOwnPassphrase(dialog->takePassphrase());
        QApplication::restoreOverrideCursor();
        if (!changed) {
            m_mainWindow->statusBar()->showMessage(changed.error().message);
            QTimer::singleShot(0, this, &AppController::askOwnPassphrase);
        }
    });
    // Without a passphrase of their own the member does not go on: the first one was told
    // to them by someone else.
    connect(dialog, &QDialog::rejected, this, &AppController::lock, Qt::QueuedConnection);
    dialog->open();
}

void AppController::onUnlocked()
{
    showMainWindow();
    if (m_mainWindow && !m_pendingNotice.isEmpty())
        m_mainWindow->statusBar()->showMessage(std::exchange(m_pendingNotice, QString()));
    askOwnPassphrase();
    hideDialogs();
    Q_EMIT mainWindowShown();
}

void AppController::hideDialogs()
{
    // Deleted rather than hidden: nothing typed into them should outlive the unlock.
    // Hidden at once, deleted when control is back in the event loop (their signal may
    // be what brought us here).
    if (m_setup) {
        m_setup->hide();
        m_setup->deleteLater();
    }
    if (m_unlock) {
        m_unlock->hide();
        m_unlock->deleteLater();
    }
    m_setup = nullptr;
    m_unlock = nullptr;
}

void AppController::placeMailPassword()
{
    if (m_session)
        m_session->mail().password().useKeychain(m_access.keychain(), m_access.vaultPath(),
                                                 m_access.keySource() ==
                                                     VaultAccess::KeySource::Keychain);
}

void AppController::showMainWindow()
{
    Vault* vault = m_access.vault();
    if (!vault)
        return;
    tearDownMainWindow();
    m_session =
        std::make_unique<VaultSession>(*vault, m_analyzer, vault->clock(), m_access.teamKeys());
    placeMailPassword();
    m_mainWindow = new MainWindow;
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose, false);
    addPanes();
    connect(m_mainWindow, &MainWindow::lockRequested, this, &AppController::lock);
    // The other panes write to the vault; the overview's oldest record is read when shown.
    connect(m_mainWindow, &MainWindow::currentPaneChanged, this, [this](const QString& id) {
        if (id == MainWindow::OverviewPaneId)
            refreshOverview();
    });

    connect(m_session.get(), &VaultSession::purged, this, [this](const PurgeReport& report) {
        if (!m_mainWindow)
            return;
        m_mainWindow->overview()->setLastPurge(report);
        refreshOverview();
    });
    connect(m_session.get(), &VaultSession::purgeFailed, this, [this](const Error& error) {
        if (m_mainWindow)
            m_mainWindow->overview()->showPurgeError(error);
    });

    m_settings =
        std::make_unique<SettingsController>(m_access, *m_session, m_prompter, *m_mainWindow);
    m_settings->setDataInUse(m_dataInUse);
    m_settings->setLocalServicesOpener(m_openLocalServices);
    m_settings->setMailSettingsOpener(m_openMailSettings);
    connect(m_settings.get(), &SettingsController::vaultChanged, this,
            &AppController::refreshOverview);
    connect(m_settings.get(), &SettingsController::idleLockMinutesChanged, this,
            [this](int minutes) {
                if (m_idle)
                    m_idle->setTimeout(std::chrono::minutes(minutes));
            });

    // Backups: on demand from the menu, and on schedule while the vault is open. After a
    // restore every pane must read the restored content: Kotva locks.
    m_backups = std::make_unique<BackupController>(*vault, m_prompter, *m_mainWindow);
    connect(m_mainWindow, &MainWindow::backupsRequested, m_backups.get(), &BackupController::open);
    connect(m_backups.get(), &BackupController::restored, this, &AppController::lock,
            Qt::QueuedConnection);
    connect(m_backups.get(), &BackupController::scheduledBackupFailed, this,
            [this](const QString& message) {
                if (m_mainWindow)
                    m_mainWindow->statusBar()->showMessage(
                        tr("The scheduled backup failed: %1").arg(message));
            });

    if (!m_geometry.isEmpty())
        m_mainWindow->restoreGeometry(m_geometry);
    refreshOverview();
    m_mainWindow->show();
    askAboutAClockJump(*vault);
    m_session->start();
    startIdleLock(*vault);
    m_backups->startSchedule();
}

void AppController::askAboutAClockJump(Vault& vault)
{
    // Storage held the purge: the clock says the vault went unused for months. A wrong date
    // would delete everything at once, so a person says whether it is right.
    if (!vault.purgeHeld())
        return;
    const QDate today = vault.clock().nowUtc().toLocalTime().date();
    const QDate lastUsed =
        vault.lastUsedUtc() ? vault.lastUsedUtc()->toLocalTime().date() : QDate();
    Decision decision;
    decision.title = tr("Is today's date right?");
    decision.text = tr("The computer's clock says %1, %n day(s) after this vault was last used "
                       "(%2). If the date is right, Kotva now deletes everything that has "
                       "expired since.",
                       nullptr, int(lastUsed.daysTo(today)))
                        .arg(shell::dateText(today), shell::dateText(lastUsed));
    decision.detail = tr("If the date is wrong, choose Cancel and set the clock: nothing is "
                         "deleted until the date is confirmed.");
    decision.confirmLabel = tr("The date is right");
    decision.destructive = true;
    if (m_prompter.confirm(m_mainWindow, decision))
        vault.confirmClock();
}

void AppController::startIdleLock(Vault& vault)
{
    m_idle = std::make_unique<IdleLock>(vault.clock());
    m_idle->setTimeout(std::chrono::minutes(VaultSettings(vault).idleLockMinutes()));
    connect(m_idle.get(), &IdleLock::lockDue, this, &AppController::onLockDue);
    qApp->installEventFilter(this);
    m_idle->start();
}

bool AppController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        if (m_idle)
            m_idle->noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AppController::onLockDue()
{
    // A modal question or a menu (with its own event loop) may be open: lock only once
    // that loop has returned, so nothing on its call stack is deleted under it. Closing a
    // question answers it with its safe choice.
    if (QThread::currentThread()->loopLevel() > 1) {
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
        QTimer::singleShot(std::chrono::milliseconds(50), this, &AppController::onLockDue);
        return;
    }
    if (m_mainWindow)
        lock();
}

void AppController::addPanes()
{
    int position = 1; // after the overview
    for (const PaneEntry& entry : m_panes) {
        if (m_mainWindow->pane(entry.id)) {
            ++position;
            continue;
        }
        if (entry.needs && !m_session->access().allows(*entry.needs))
            continue;
        QWidget* widget = entry.factory(*m_session);
        if (!widget)
            continue;
        widget->setProperty("kotvaPaneId", entry.id);
        m_mainWindow->addPane(entry.id, entry.title, entry.icon, widget, position++);
        if (const int signal = widget->metaObject()->indexOfSignal("showRequested()"); signal >= 0)
            connect(widget, widget->metaObject()->method(signal), this,
                    metaObject()->method(metaObject()->indexOfSlot("showRequestingPane()")));
    }
}

void AppController::tearDownMainWindow()
{
    if (m_idle) {
        qApp->removeEventFilter(this);
        m_idle.reset();
    }
    m_settings.reset();
    m_backups.reset();
    if (m_mainWindow) {
        m_geometry = m_mainWindow->saveGeometry();
        // Hidden and deleted now, not later: its panes may hold queries on the vault.
        m_mainWindow->hide();
        delete m_mainWindow.data();
        m_mainWindow = nullptr;
    }
    // After the panes, which hold its services.
    m_session.reset();
    // Client text copied out of a pane goes with the panes; the heap pages they were freed
    // from go back to the system.
    m_clipboardGuard->clearNow();
    heap::releaseFreedMemory();
}

void AppController::showRequestingPane()
{
    const QObject* pane = sender();
    if (m_mainWindow && pane)
        m_mainWindow->showPane(pane->property("kotvaPaneId").toString());
}

void AppController::refreshOverview()
{
    Vault* vault = m_access.vault();
    if (!m_mainWindow || !vault)
        return;
    VaultOverviewPage* page = m_mainWindow->overview();
    page->setKeySource(m_access.keySource() == VaultAccess::KeySource::Keychain
                           ? VaultOverviewPage::KeySource::Keychain
                           : VaultOverviewPage::KeySource::Passphrase);
    const Result<VaultInfo> info = vault->info();
    if (!info) {
        page->showInfoError(info.error());
        return;
    }
    page->setInfo(*info);
    if (m_session) {
        const QDate today = vault->clock().nowUtc().toTimeZone(WorkingDays::pragueZone()).date();
        page->setSupervisionDates(today, m_session->supervisionDates(today));
    }
    m_mainWindow->setEncryptionStatus(
        tr("Encrypted · SQLCipher %1 · %2").arg(info->cipherVersion, info->path));
}

} // namespace kotva
