#pragma once

#include "core/common/SecureBuffer.h"
#include "core/mail/MailAccount.h"
#include "core/mail/MailFailure.h"
#include "core/mail/smtp/SmtpEnvelope.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include <expected>
#include <stop_token>

namespace kotva {

class SmtpConnection;
struct SmtpCapabilities;

/// Sends mail through the organisation's SMTP server over implicit TLS (SMTPS, port 465).
///
/// Blocking: every call is one whole session (connect, EHLO, AUTH, ..., QUIT) and returns
/// when it is over, so run it in a worker thread. Each wait is bounded by
/// MailAccount::timeoutMs, and the stop token is looked at about ten times a second.
///
/// "Nothing is sent twice": send() succeeds exactly when the server accepted the message
/// (250 after the final dot). What happens afterwards (QUIT unanswered, the connection cut)
/// does not matter: the message is sent. A failure before the final dot means nothing was
/// sent; a failure while waiting for the server's verdict on the final dot is
/// MailFailure::Unconfirmed (maybe sent), and the caller must not resend on its own.
class SmtpClient final
{
public:
    /// The password is used for this client's sessions only and wiped with it.
    SmtpClient(MailAccount account, SecureBuffer password, std::stop_token cancel = {});
    ~SmtpClient();
    Q_DISABLE_COPY_MOVE(SmtpClient)

    /// Settings' "test connection": connects, greets, logs in and says goodbye; the error
    /// names the step that failed (DNS, TCP, TLS, certificate, greeting, login).
    [[nodiscard]] std::expected<void, MailError> testConnection();

    /// Sends one message to its recipients in one transaction. An unsafe address (CR, LF,
    /// "<", ">", spaces...) is refused before anything is sent (MailFailure::Rejected); a
    /// recipient the server refuses ends the transaction before DATA, and the error names it.
    [[nodiscard]] std::expected<void, MailError> send(const SmtpEnvelope& envelope);

    /// After send(): the server's reply to the message ("250 2.0.0 Ok: queued as ...").
    [[nodiscard]] QString acceptance() const { return m_acceptance; }
    /// The server's certificate of the last connection, also when it was refused, so the UI
    /// can show it (TlsPolicy::describe) and let the organisation pin it.
    [[nodiscard]] QSslCertificate peerCertificate() const { return m_peerCertificate; }
    [[nodiscard]] QList<QSslError> certificateErrors() const { return m_certificateErrors; }

    /// The name given in EHLO: the domain of the service's address, or "kotva.invalid".
    /// Never this computer's name, which could identify the worker or the office.
    [[nodiscard]] static QString ehloName(const QString& address);

private:
    /// Connects, reads the greeting, EHLO and logs in.
    [[nodiscard]] std::expected<SmtpCapabilities, MailError> begin(SmtpConnection& connection);
    [[nodiscard]] std::expected<void, MailError> transact(SmtpConnection& connection,
                                                          const SmtpCapabilities& capabilities,
                                                          const SmtpEnvelope& envelope);
    /// QUIT, whose answer changes nothing any more.
    static void quit(SmtpConnection& connection);
    void keepCertificate(const SmtpConnection& connection);

    MailAccount m_account;
    SecureBuffer m_password;
    std::stop_token m_cancel;
    QString m_acceptance;
    QSslCertificate m_peerCertificate;
    QList<QSslError> m_certificateErrors;
};

} // namespace kotva
