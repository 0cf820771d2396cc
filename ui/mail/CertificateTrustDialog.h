#pragma once

#include <QDialog>
#include <QSslCertificate>

class QPlainTextEdit;
class QPushButton;

namespace kotva {

/// Shows a certificate a mail server was refused for, with what is wrong with it, and lets
/// the worker trust exactly this certificate. Trusting is a decision with a real risk (a
/// machine in between could be reading the password and the clients' messages), so it is
/// explicit: Cancel is the default button and Enter does not trust.
class CertificateTrustDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `server` names the server ("IMAP mail.example.org"); `problem` is what the
    /// connection test said, with the certificate errors in the user's language.
    CertificateTrustDialog(const QSslCertificate& certificate, const QString& server,
                           const QString& problem, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CertificateTrustDialog)

    [[nodiscard]] const QSslCertificate& certificate() const { return m_certificate; }
    /// The SHA-256 digest the caller pins when the dialog was accepted.
    [[nodiscard]] QByteArray fingerprint() const;

    QPushButton* trustButton() const { return m_trust; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPlainTextEdit* detailsView() const { return m_details; }

private:
    QSslCertificate m_certificate;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_trust = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace kotva
