#pragma once

#include "core/common/DataSources.h"
#include "core/common/Error.h"
#include "core/storage/RetentionPolicy.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kotva {

class InlineMessage;

/// Retention, the workstation (idle lock, organisation region) and key protection. Spin
/// boxes only accept what RetentionPolicy and VaultSettings allow (1–365 days, 1–12 months,
/// 1–60 minutes); saving and key changes are requests the caller carries out and answers
/// with finishSave() / showKeyResult().
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// TeamMember: a team vault, each member with their own passphrase (issue 15).
    enum class Protection { Keychain, Passphrase, TeamMember };

    explicit SettingsDialog(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    void setRetention(const RetentionPolicy& policy);
    /// What the user set; always within RetentionPolicy's bounds.
    [[nodiscard]] RetentionPolicy retention() const;
    /// The policy the dialog was opened with.
    [[nodiscard]] RetentionPolicy initialRetention() const { return m_initial; }

    void setIdleLockMinutes(int minutes);
    [[nodiscard]] int idleLockMinutes() const;
    /// A CZ-NUTS 3 code from ReferralDirectory::czechRegionCodes(), or empty for "not set".
    void setRegion(const QString& code);
    /// Which copy of each kind of organisation data Kotva uses, from where and of what date,
    /// and the copies that were skipped because they did not load.
    void setDataInUse(const QList<DataInUse>& data);
    [[nodiscard]] QString dataInUseText() const;
    /// Shows the button that opens the organisation's own services.
    void setLocalServicesAvailable(bool available);
    /// Shows the button that opens the e-mail counselling settings (issue 14).
    void setMailSettingsAvailable(bool available);
    [[nodiscard]] QString region() const;

    void setProtection(Protection protection);
    /// A team vault: who is unlocked (their initials or name, their roles) and whether they
    /// may manage the members.
    void setTeamMember(const QString& label, const QStringList& roles, bool managesMembers);
    /// Shows the button that opens "Workers on other PCs" (issue 15), for the roles that
    /// exchange cards and files.
    void setExchangeAvailable(bool available);
    [[nodiscard]] Protection protection() const { return m_protection; }

    /// Closes the dialog on success, otherwise shows why and stays open.
    void finishSave(const Status& result);
    void setKeyChangeBusy(bool busy);
    /// After a key change: success says what changed, failure says why, inline.
    void showKeyResult(const Status& result);

    QSpinBox* messageDaysSpin() const { return m_messageDays; }
    QSpinBox* recordMonthsSpin() const { return m_recordMonths; }
    QSpinBox* idleMinutesSpin() const { return m_idleMinutes; }
    QComboBox* regionCombo() const { return m_region; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* changePassphraseButton() const { return m_changePassphrase; }
    QPushButton* switchProtectionButton() const { return m_switch; }
    QPushButton* makeTeamButton() const { return m_makeTeam; }
    QPushButton* membersButton() const { return m_members; }
    QPushButton* exchangeButton() const { return m_exchange; }
    QPushButton* localServicesButton() const { return m_localServices; }
    QPushButton* mailSettingsButton() const { return m_mailSettings; }
    InlineMessage* retentionMessage() const { return m_retentionMessage; }
    InlineMessage* keyMessage() const { return m_keyMessage; }

Q_SIGNALS:
    void saveRequested();
    void changePassphraseRequested();
    void switchToKeychainRequested();
    void switchToPassphraseRequested();
    /// The vault of one person should become a team vault.
    void makeTeamRequested();
    /// The team lead wants to add, remove or reset members or set their roles.
    void membersRequested();
    /// Cards and files should be exchanged with workers on other PCs.
    void exchangeRequested();
    /// The coordinator wants to manage the organisation's own services.
    void localServicesRequested();
    /// The organisation's mailbox, deadlines and acknowledgement should be set up.
    void mailSettingsRequested();

private:
    QWidget* buildRetention();
    QWidget* buildWorkstation();
    QWidget* buildProtection();
    QWidget* buildOrganisationData();
    void updateSuffixes();

    QSpinBox* m_messageDays = nullptr;
    QSpinBox* m_recordMonths = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QComboBox* m_region = nullptr;
    QLabel* m_protectionText = nullptr;
    QPushButton* m_changePassphrase = nullptr;
    QPushButton* m_switch = nullptr;
    QPushButton* m_makeTeam = nullptr;
    QPushButton* m_members = nullptr;
    QPushButton* m_exchange = nullptr;
    QLabel* m_dataInUse = nullptr;
    QPushButton* m_localServices = nullptr;
    QPushButton* m_mailSettings = nullptr;
    QPushButton* m_save = nullptr;
    InlineMessage* m_retentionMessage = nullptr;
    InlineMessage* m_keyMessage = nullptr;
    QLabel* m_keyProgress = nullptr;
    RetentionPolicy m_initial;
    Protection m_protection = Protection::Keychain;
};

} // namespace kotva
