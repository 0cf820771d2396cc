#pragma once

#include "core/access/VaultAccess.h"
#include "core/common/DataSources.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace kotva {

class ExchangeDialog;
class MainWindow;
class MemberDialog;
class MembersDialog;
class NewPassphraseDialog;
class Prompter;
class VaultSession;
class SettingsDialog;

/// Opens the settings dialog and carries out what it asks for: a new retention policy
/// (after a confirmation when it deletes things at once), the idle-lock minutes and the
/// organisation's region (VaultSettings), and key changes through VaultAccess.
class SettingsController final : public QObject
{
    Q_OBJECT
public:
    SettingsController(VaultAccess& access, VaultSession& session, Prompter& prompter,
                       MainWindow& window);
    ~SettingsController() override;
    Q_DISABLE_COPY_MOVE(SettingsController)

    /// Opens (or raises) the dialog filled from the open vault.
    void open();
    /// Shown in the dialog's "Organisation data" section.
    void setDataInUse(QList<DataInUse> data) { m_dataInUse = std::move(data); }
    /// Opens the organisation's own services over the settings dialog (the referral module
    /// provides it; the shell does not know it).
    using LocalServicesOpener = std::function<void(QWidget* parent)>;
    void setLocalServicesOpener(LocalServicesOpener opener)
    {
        m_openLocalServices = std::move(opener);
    }
    /// Opens the e-mail counselling settings over the settings dialog (ui/mail provides it;
    /// the shell does not know it).
    using MailSettingsOpener = std::function<void(QWidget* parent, VaultSession& session)>;
    void setMailSettingsOpener(MailSettingsOpener opener)
    {
        m_openMailSettings = std::move(opener);
    }
    [[nodiscard]] SettingsDialog* dialog() const;
    [[nodiscard]] NewPassphraseDialog* passphraseDialog() const;
    [[nodiscard]] MemberDialog* makeTeamDialog() const;
    [[nodiscard]] MembersDialog* membersDialog() const;
    [[nodiscard]] ExchangeDialog* exchangeDialog() const;

Q_SIGNALS:
    /// Retention or key changed: the overview should be refreshed.
    void vaultChanged();
    /// The idle-lock minutes were saved.
    void idleLockMinutesChanged(int minutes);
    /// The organisation's region was saved (a CZ-NUTS 3 code, or empty).

private:
    void save();
    void askNewPassphrase(bool switchingFromKeychain);
    void switchToKeychain();
    void makeTeam();
    void showMembers();
    void showExchange();
    void showProtection();
    void onKeyChanged();
    void onKeyChangeFailed(const Error& error);

    VaultAccess& m_access;
    VaultSession& m_session;
    Prompter& m_prompter;
    MainWindow& m_window;
    QPointer<SettingsDialog> m_dialog;
    QList<DataInUse> m_dataInUse;
    LocalServicesOpener m_openLocalServices;
    MailSettingsOpener m_openMailSettings;
    QPointer<NewPassphraseDialog> m_passphraseDialog;
    QPointer<MembersDialog> m_membersDialog;
    QPointer<ExchangeDialog> m_exchangeDialog;
    QPointer<MemberDialog> m_makeTeamDialog;
};

} // namespace kotva
