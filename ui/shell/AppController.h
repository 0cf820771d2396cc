#pragma once

#include "core/access/VaultAccess.h"
#include "core/common/DataSources.h"
#include "core/team/Roles.h"

#include <QIcon>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kotva {

class BackupController;
class ClipboardGuard;
class DesktopLockSignals;
class IdleLock;
class MainWindow;
class Prompter;
class SettingsController;
class SetupDialog;
class UnlockDialog;
class Analyzer;
class VaultSession;

/// Joins the unlock state machine to the windows: the first-start dialog, the unlock
/// dialog, and the main window with its panes. It decides nothing about keys or expiry
/// (VaultAccess, Vault and Purger do); it shows their state and forwards what the user asks.
///
/// The main window and every pane exist only while the vault is unlocked: Lock destroys
/// them before the vault closes, so no decrypted text stays in a widget. While unlocked,
/// user input anywhere in the application (keys, mouse, wheel, touch) is reported to an
/// IdleLock on the vault's clock; when it says a lock is due, the controller locks as if
/// the user had pressed Ctrl+L. So it does when the desktop says the person has left: the
/// computer is about to suspend or the screen locks (DesktopLockSignals).
class AppController final : public QObject
{
    Q_OBJECT
public:
    /// Builds a pane for the unlocked session; the main window takes ownership of the widget.
    /// A pane with a signal showRequested() is brought to the front when it emits it.
    using PaneFactory = std::function<QWidget*(VaultSession& session)>;

    /// `analyzer` is handed to each VaultSession (it must outlive the controller).
    AppController(VaultAccess& access, Prompter& prompter, const Analyzer& analyzer,
                  QObject* parent = nullptr);
    ~AppController() override;
    Q_DISABLE_COPY_MOVE(AppController)

    /// Registers a pane; it is built each time the vault unlocks, in registration order.
    /// `needs`: in a team vault the pane is made only for a member whose roles allow this
    /// (the services would refuse anything more anyway); none for a pane everyone uses.
    void registerPane(const QString& id, const QString& title, const QIcon& icon,
                      PaneFactory factory, std::optional<Capability> needs = std::nullopt);

    /// Which copies of the organisation data were loaded; Settings shows them.
    void setDataInUse(QList<DataInUse> data) { m_dataInUse = std::move(data); }
    /// How Settings opens the organisation's own services (see SettingsController).
    void setLocalServicesOpener(std::function<void(QWidget*)> opener)
    {
        m_openLocalServices = std::move(opener);
    }
    /// How Settings opens the e-mail counselling settings (see SettingsController).
    void setMailSettingsOpener(std::function<void(QWidget*, VaultSession&)> opener)
    {
        m_openMailSettings = std::move(opener);
    }

    /// Locks whenever the desktop says the person has left (see DesktopLockSignals).
    void lockOn(const DesktopLockSignals& desktop);

    /// Asks VaultAccess to start; windows appear as its signals arrive.
    void start();
    /// Closes the main window and its panes, then locks the vault.
    void lock();

    /// The window currently on screen for each state (nullptr when not shown); for tests
    /// and for the screenshot helper.
    [[nodiscard]] MainWindow* mainWindow() const;
    [[nodiscard]] SetupDialog* setupDialog() const;
    [[nodiscard]] UnlockDialog* unlockDialog() const;
    [[nodiscard]] SettingsController* settings() const { return m_settings.get(); }
    /// The backups of the unlocked vault (nullptr while locked).
    [[nodiscard]] BackupController* backups() const { return m_backups.get(); }
    /// The idle lock while unlocked (nullptr while locked); tests call its check().
    [[nodiscard]] IdleLock* idleLock() const { return m_idle.get(); }
    /// Clears client text copied out of Kotva (after 30 seconds, or when the vault locks).
    [[nodiscard]] ClipboardGuard* clipboardGuard() const { return m_clipboardGuard.get(); }
    /// The services of the unlocked vault (nullptr while locked).
    [[nodiscard]] VaultSession* session() const { return m_session.get(); }

Q_SIGNALS:
    /// The user chose Quit in a dialog (the main window quits by closing).
    void quitRequested();
    /// The main window is on screen with the vault open.
    void mainWindowShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onStateChanged(VaultAccess::State state);
    void onSetupNeeded();
    void onSetupFailed(const Error& error);
    void onPassphraseNeeded(const Error& reason);
    void onMemberNeeded(const Error& reason);
    /// A member who unlocked with the first passphrase the team lead gave them chooses their
    /// own before they go on; cancelling locks again.
    void askOwnPassphrase();
    void onUnlocked();
    void onLocked();
    void onFailed(const Error& error);

    SetupDialog* ensureSetup();
    UnlockDialog* ensureUnlock();
    void showMainWindow();
    /// Makes the registered panes the member may use and the window lacks, in the order they
    /// were registered: all of them at unlock, and those a team vault adds once it became one.
    void addPanes();
    /// The mailbox password goes where the vault's key is: the keychain or the vault.
    void placeMailPassword();
    void tearDownMainWindow();
    void hideDialogs();
    void refreshOverview();
    void startIdleLock(Vault& vault);
    void askAboutAClockJump(Vault& vault);
    void onLockDue();
    /// A pane emitted showRequested(): show it.
    Q_SLOT void showRequestingPane();

    struct PaneEntry
    {
        QString id;
        QString title;
        QIcon icon;
        PaneFactory factory;
        std::optional<Capability> needs;
    };

    VaultAccess& m_access;
    Prompter& m_prompter;
    const Analyzer& m_analyzer;
    std::vector<PaneEntry> m_panes;
    /// What the vault access said between two dialogs (a members file set aside).
    QString m_pendingNotice;
    QPointer<MainWindow> m_mainWindow;
    QPointer<SetupDialog> m_setup;
    QPointer<UnlockDialog> m_unlock;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<BackupController> m_backups;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<ClipboardGuard> m_clipboardGuard;
    QList<DataInUse> m_dataInUse;
    std::function<void(QWidget*)> m_openLocalServices;
    std::function<void(QWidget*, VaultSession&)> m_openMailSettings;
    QByteArray m_geometry; ///< the main window's size and place, kept across Lock
};

} // namespace kotva
