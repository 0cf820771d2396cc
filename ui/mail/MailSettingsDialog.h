#pragma once

#include "core/mail/MailAccount.h"
#include "ui/mail/CertificateTrustDialog.h" // complete for QPointer wherever this is included
#include "ui/mail/MailSettingsConnectionTest.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QPushButton;
class QSslCertificate;
class QTabWidget;

namespace kotva {

class AcknowledgementEditor;
class Clock;
class InlineMessage;
class MailService;
class MailSettingsHandlingPage;
class MailSettingsMailboxPage;
struct ConnectionTest;

/// The organisation's e-mail counselling settings (issue 14): the mailbox, how messages are
/// handled, and the automatic acknowledgement. It reads and writes through MailService's
/// typed MailSettings and setPassword(); the password field is never filled with the stored
/// password, and leaving it empty keeps it. "Test connection" tries the form's values
/// without saving them.
class MailSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `clock` dates the acknowledgement's preview.
    MailSettingsDialog(MailService& mail, const Clock& clock, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MailSettingsDialog)

    /// Reads the stored settings into the form (the constructor does it once).
    void load();
    /// Validates and stores the form; on success the dialog closes, otherwise it says why
    /// inline and stays open. Returns whether everything was stored.
    bool save();

    /// For tests: a connection test that gives up sooner than an office network needs.
    void setConnectionTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    QTabWidget* tabs() const { return m_tabs; }
    MailSettingsMailboxPage* mailboxPage() const { return m_mailbox; }
    MailSettingsHandlingPage* handlingPage() const { return m_handling; }
    AcknowledgementEditor* acknowledgementEditor() const { return m_acknowledgement; }
    InlineMessage* message() const { return m_message; }
    QPushButton* saveButton() const { return m_save; }
    /// The certificate dialog while it is open.
    CertificateTrustDialog* certificateDialog() const { return m_certificateDialog; }

private:
    void testConnection();
    void onConnectionTested(const ConnectionTest& result);
    void showCertificate(const QSslCertificate& certificate,
                         MailSettingsConnectionTest::Server server, const QString& problem);
    void updatePreview();
    /// Shows every problem and takes the user to the first; false when there are any.
    bool validate();

    MailService& m_mail;
    const Clock& m_clock;
    QTabWidget* m_tabs = nullptr;
    MailSettingsMailboxPage* m_mailbox = nullptr;
    MailSettingsHandlingPage* m_handling = nullptr;
    AcknowledgementEditor* m_acknowledgement = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPointer<CertificateTrustDialog> m_certificateDialog;
    std::optional<int> m_timeoutMs;
    MailAccount m_tested; ///< the servers of the last test, named in the certificate dialog
    bool m_testing = false;
};

} // namespace kotva
