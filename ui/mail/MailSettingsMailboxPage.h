#pragma once

#include "core/mail/MailAccount.h"
#include "core/mail/intake/MailPassword.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QSpinBox;

namespace kotva {

class CertificatePinList;
class MailSettingsConnectionTest;

/// One thing in the form that cannot be saved, and the field to take the user to.
struct MailSettingsProblem
{
    QWidget* field = nullptr;
    QString text;
};

/// The "Mailbox" page of the mail settings: the two servers, the account, the service's
/// address and name, the connection test and the trusted certificates.
class MailSettingsMailboxPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsMailboxPage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MailSettingsMailboxPage)

    /// Fills the form; the password field stays empty (the stored one is never shown).
    void setAccount(const MailAccount& account);
    /// The account as the form has it, pinned certificates included.
    [[nodiscard]] MailAccount account() const;
    /// Says in the password field whether a password is stored already.
    /// Says in the empty password field where the stored password is kept.
    void setPasswordPlace(MailPassword::Place place);
    /// The typed password; empty means "keep the stored one".
    [[nodiscard]] QString password() const;
    void setOrganisation(const QString& name);
    [[nodiscard]] QString organisation() const;

    /// What would make the account unusable. An entirely empty account is allowed: that is
    /// how e-mail counselling is switched off.
    [[nodiscard]] QList<MailSettingsProblem> problems() const;

    QLineEdit* imapHostEdit() const { return m_imapHost; }
    QSpinBox* imapPortSpin() const { return m_imapPort; }
    QLineEdit* smtpHostEdit() const { return m_smtpHost; }
    QSpinBox* smtpPortSpin() const { return m_smtpPort; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* inboxFolderEdit() const { return m_inboxFolder; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    MailSettingsConnectionTest* connectionTest() const { return m_test; }
    CertificatePinList* pinList() const { return m_pins; }

Q_SIGNALS:
    void organisationChanged(const QString& name);

private:
    QWidget* buildServers();
    QWidget* buildAccount();
    QWidget* buildConnection();

    QLineEdit* m_imapHost = nullptr;
    QSpinBox* m_imapPort = nullptr;
    QLineEdit* m_smtpHost = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_inboxFolder = nullptr;
    QLineEdit* m_organisation = nullptr;
    MailSettingsConnectionTest* m_test = nullptr;
    CertificatePinList* m_pins = nullptr;
    MailTrust m_trust; ///< authorities the form does not edit, kept as loaded
    int m_timeoutMs = MailAccount{}.timeoutMs;
};

} // namespace kotva
