#include "ui/shell/SettingsController.h"

#include "core/storage/Vault.h"
#include "core/storage/VaultSettings.h"
#include "core/vaultsession/VaultSession.h"
#include "ui/shell/ExchangeDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MemberDialog.h"
#include "ui/shell/MembersDialog.h"
#include "ui/shell/NewPassphraseDialog.h"
#include "ui/shell/Prompter.h"
#include "ui/shell/SettingsDialog.h"

#include <QApplication>

namespace kotva {

SettingsController::SettingsController(VaultAccess& access, VaultSession& session,
                                       Prompter& prompter, MainWindow& window)
    : m_access(access)
    , m_session(session)
    , m_prompter(prompter)
    , m_window(window)
{
    connect(&m_window, &MainWindow::settingsRequested, this, &SettingsController::open);
    connect(&m_access, &VaultAccess::keyChanged, this, &SettingsController::onKeyChanged);
    connect(&m_access, &VaultAccess::keyChangeFailed, this, &SettingsController::onKeyChangeFailed);
}

SettingsController::~SettingsController()
{
    delete m_passphraseDialog.data();
    delete m_dialog.data();
}

SettingsDialog* SettingsController::dialog() const
{
    return m_dialog;
}

NewPassphraseDialog* SettingsController::passphraseDialog() const
{
    return m_passphraseDialog;
}

MemberDialog* SettingsController::makeTeamDialog() const
{
    return m_makeTeamDialog;
}

MembersDialog* SettingsController::membersDialog() const
{
    return m_membersDialog;
}

ExchangeDialog* SettingsController::exchangeDialog() const
{
    return m_exchangeDialog;
}

void SettingsController::open()
{
    Vault* vault = m_access.vault();
    if (!vault)
        return;
    if (!m_dialog) {
        m_dialog = new SettingsDialog(&m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SettingsDialog::saveRequested, this, &SettingsController::save);
        connect(m_dialog, &SettingsDialog::changePassphraseRequested, this,
                [this] { askNewPassphrase(false); });
        connect(m_dialog, &SettingsDialog::switchToPassphraseRequested, this,
                [this] { askNewPassphrase(true); });
        connect(m_dialog, &SettingsDialog::switchToKeychainRequested, this,
                &SettingsController::switchToKeychain);
        connect(m_dialog, &SettingsDialog::makeTeamRequested, this, &SettingsController::makeTeam);
        connect(m_dialog, &SettingsDialog::membersRequested, this,
                &SettingsController::showMembers);
        connect(m_dialog, &SettingsDialog::exchangeRequested, this,
                &SettingsController::showExchange);
        connect(m_dialog, &SettingsDialog::localServicesRequested, this, [this] {
            if (m_openLocalServices)
                m_openLocalServices(m_dialog);
        });
        connect(m_dialog, &SettingsDialog::mailSettingsRequested, this, [this] {
            if (m_openMailSettings)
                m_openMailSettings(m_dialog, m_session);
        });
    }
    m_dialog->setLocalServicesAvailable(bool(m_openLocalServices));
    m_dialog->setMailSettingsAvailable(bool(m_openMailSettings));
    m_dialog->setRetention(vault->retention());
    const VaultSettings settings(*vault);
    m_dialog->setIdleLockMinutes(settings.idleLockMinutes());
    m_dialog->setRegion(settings.organisationRegion());
    m_dialog->setDataInUse(m_dataInUse);
    showProtection();
    m_dialog->open();
    m_dialog->raise();
}

void SettingsController::save()
{
    Vault* vault = m_access.vault();
    if (!m_dialog || !vault)
        return;
    const RetentionPolicy before = vault->retention();
    const Result<RetentionPolicy> wanted = m_dialog->retention().validated();
    if (!wanted) {
        m_dialog->finishSave(std::unexpected(wanted.error()));
        return;
    }
    const bool retentionChanged = *wanted != before;
    const bool deletesNow =
        wanted->messageDays < before.messageDays || wanted->recordMonths < before.recordMonths;
    if (retentionChanged && deletesNow &&
        !m_prompter.confirm(
            m_dialog, Decision{tr("Shorten how long Kotva keeps things?"),
                               tr("Whatever is older than the new periods will be deleted now, "
                                  "for good."),
                               tr("Message text older than %n day(s) and everything else older "
                                  "than %1 cannot be brought back.",
                                  "", wanted->messageDays)
                                   .arg(tr("%n month(s)", "", wanted->recordMonths)),
                               tr("Shorten and delete"), true}))
        return;

    // The workstation settings first: they delete nothing, so a failed retention change
    // after them leaves nothing half-done that the user would not expect.
    VaultSettings settings(*vault);
    const int minutes = m_dialog->idleLockMinutes();
    const bool minutesChanged = minutes != settings.idleLockMinutes();
    if (minutesChanged) {
        if (const Status stored = settings.setValue(VaultSettings::IdleLockMinutes, minutes);
            !stored) {
            m_dialog->finishSave(stored);
            return;
        }
    }
    const QString region = m_dialog->region();
    const bool regionChanged = region != settings.organisationRegion();
    if (regionChanged) {
        if (const Status stored = m_session.setOrganisationRegion(region); !stored) {
            m_dialog->finishSave(stored);
            return;
        }
    }
    if (minutesChanged)
        Q_EMIT idleLockMinutesChanged(minutes);

    if (!retentionChanged) {
        m_dialog->finishSave({});
        return;
    }
    const Status saved = vault->setRetention(*wanted);
    m_dialog->finishSave(saved);
    if (!saved)
        return;
    // A shorter period applies at once: purge now rather than at the next hourly run.
    m_session.purger().start();
    Q_EMIT vaultChanged();
}

void SettingsController::askNewPassphrase(bool switchingFromKeychain)
{
    if (!m_dialog || m_passphraseDialog)
        return;
    m_passphraseDialog = new NewPassphraseDialog(
        switchingFromKeychain ? tr("Use a passphrase instead") : tr("Change passphrase"),
        switchingFromKeychain
            ? tr("From now on you type this passphrase every time Kotva starts. The vault is "
                 "re-encrypted with it and the key is removed from the system keychain.")
            : tr("The vault is re-encrypted with the new passphrase. The old one stops "
                 "working at once."),
        m_dialog);
    m_passphraseDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passphraseDialog, &QDialog::accepted, this, [this, switchingFromKeychain] {
        SecureBuffer passphrase = m_passphraseDialog->takePassphrase();
        if (!m_dialog)
            return;
        if (m_access.keySource() == VaultAccess::KeySource::Member) {
            // A member's own slot is sealed again; the vault's key does not change.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const Status changed = m_session.team().changeOwnPassphrase(passphrase);
            QApplication::restoreOverrideCursor();
            m_dialog->showKeyResult(changed);
            return;
        }
        if (!switchingFromKeychain) {
            // A passphrase-to-passphrase rekey finishes synchronously.
            const Status changed = m_access.changePassphrase(std::move(passphrase));
            m_dialog->showKeyResult(changed);
            if (changed)
                Q_EMIT vaultChanged();
            return;
        }
        m_dialog->setKeyChangeBusy(true);
        m_access.changeToPassphrase(std::move(passphrase));
    });
    m_passphraseDialog->open();
}

void SettingsController::switchToKeychain()
{
    if (!m_dialog)
        return;
    if (!m_prompter.confirm(
            m_dialog,
            Decision{tr("Keep the key in the system keychain?"),
                     tr("Kotva will make a new random key, keep it in your system keychain and "
                        "re-encrypt the vault with it. Your passphrase will no longer open the "
                        "vault."),
                     tr("The vault will then open by itself whenever you are logged in to this "
                        "computer account."),
                     tr("Use the keychain"), false}))
        return;
    m_dialog->setKeyChangeBusy(true);
    m_access.changeToKeychain();
}

void SettingsController::showProtection()
{
    if (!m_dialog)
        return;
    // The team lead's part needs a team; the worker's part is for whoever writes notes.
    const AccessGate& gate = m_session.access();
    m_dialog->setExchangeAvailable(m_session.team().isTeam()
                                       ? gate.allows(Capability::ManageMembers)
                                       : gate.allows(Capability::OwnNotes));
    switch (m_access.keySource()) {
    case VaultAccess::KeySource::Member: {
        const Actor& me = m_session.access().actor();
        m_dialog->setTeamMember(me.label, roleLabels(me.roles),
                                m_session.access().allows(Capability::ManageMembers));
        break;
    }
    case VaultAccess::KeySource::Keychain:
        m_dialog->setProtection(SettingsDialog::Protection::Keychain);
        break;
    case VaultAccess::KeySource::Passphrase:
    case VaultAccess::KeySource::None:
        m_dialog->setProtection(SettingsDialog::Protection::Passphrase);
        break;
    }
}

void SettingsController::onKeyChanged()
{
    if (m_dialog) {
        showProtection();
        m_dialog->showKeyResult({});
    }
    Q_EMIT vaultChanged();
}

void SettingsController::makeTeam()
{
    if (!m_dialog || m_makeTeamDialog)
        return;
    m_makeTeamDialog = new MemberDialog(MemberDialog::Purpose::Founder, m_dialog);
    m_makeTeamDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_makeTeamDialog, &QDialog::accepted, this, [this] {
        const QString label = m_makeTeamDialog->label();
        SecureBuffer passphrase = m_makeTeamDialog->takePassphrase();
        if (!m_dialog)
            return;
        m_dialog->setKeyChangeBusy(true);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        // The session learns of its founder through keyChanged() (AppController), before
        // this dialog shows who they are now.
        const Status converted = m_access.convertToTeam(label, std::move(passphrase));
        QApplication::restoreOverrideCursor();
        if (!converted && m_dialog)
            m_dialog->showKeyResult(converted);
    });
    m_makeTeamDialog->open();
}

void SettingsController::showMembers()
{
    if (!m_dialog)
        return;
    if (!m_membersDialog) {
        m_membersDialog = new MembersDialog(m_session.team(), m_prompter, m_dialog);
        m_membersDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_membersDialog->open();
    m_membersDialog->raise();
}

void SettingsController::showExchange()
{
    if (!m_dialog)
        return;
    if (!m_exchangeDialog) {
        m_exchangeDialog = new ExchangeDialog(m_session, m_prompter, m_dialog);
        m_exchangeDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_exchangeDialog->open();
    m_exchangeDialog->raise();
}

void SettingsController::onKeyChangeFailed(const Error& error)
{
    if (m_dialog)
        m_dialog->showKeyResult(std::unexpected(error));
}

} // namespace kotva
