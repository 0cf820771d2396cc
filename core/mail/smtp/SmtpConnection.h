#pragma once

#include "core/mail/MailAccount.h"
#include "core/mail/MailFailure.h"
#include "core/mail/TlsPolicy.h"
#include "core/mail/smtp/SmtpReply.h"
#include "core/mail/smtp/SmtpReplyReader.h"

#include <QDeadlineTimer>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

#include <expected>
#include <stop_token>

namespace kotva {

/// One implicit-TLS connection to an SMTP server, used synchronously from a worker thread:
/// open it, write commands, read replies. Every wait is bounded by the account's timeout and
/// checks the stop token about ten times a second, so a silent server or a cancelling worker
/// never leaves the thread hanging. Failures come back as MailError by step (DNS, TCP, TLS,
/// certificate, timeout, cancellation, broken replies).
class SmtpConnection final
{
public:
    SmtpConnection(const MailAccount& account, std::stop_token cancel);
    ~SmtpConnection();
    Q_DISABLE_COPY_MOVE(SmtpConnection)

    /// Resolves the host, connects and completes the TLS handshake. A certificate passes only
    /// if it verifies or the organisation pinned it (TlsPolicy); otherwise MailFailure::
    /// Certificate, with the certificate kept for peerCertificate().
    [[nodiscard]] std::expected<void, MailError> open();

    [[nodiscard]] std::expected<SmtpReply, MailError> readReply();
    /// Writes the bytes and waits until they have left for the server.
    [[nodiscard]] std::expected<void, MailError> write(const QByteArray& bytes);

    /// From now on cancellation no longer cuts the connection: once the end of a message has
    /// been sent, only the server's answer tells whether it was accepted, and cutting the
    /// line would make the outcome unknown.
    void ignoreCancellation() { m_cancellable = false; }

    /// Encrypted, and the certificate verified or pinned: the only state in which a password
    /// may be sent.
    [[nodiscard]] bool isEncrypted() const;
    [[nodiscard]] QSslCertificate peerCertificate() const { return m_peerCertificate; }
    [[nodiscard]] QList<QSslError> certificateErrors() const { return m_sslErrors; }

    /// Closes politely if the server lets it, or cuts the connection.
    void close();

private:
    [[nodiscard]] std::expected<void, MailError> connectTo(const QHostAddress& address);
    [[nodiscard]] std::expected<void, MailError> handshake();
    [[nodiscard]] bool cancelled() const;
    [[nodiscard]] bool isClosed() const;
    [[nodiscard]] int nextWaitMs(const QDeadlineTimer& deadline) const;
    [[nodiscard]] std::unexpected<MailError> failure(MailFailure failure, QString message,
                                                     QString detail = {});
    [[nodiscard]] std::unexpected<MailError> socketFailure();
    [[nodiscard]] std::unexpected<MailError> timedOut();
    [[nodiscard]] std::unexpected<MailError> connectionLost();
    void onSslErrors(const QList<QSslError>& errors);

    MailServer m_server;
    TlsPolicy m_policy;
    int m_timeoutMs;
    std::stop_token m_cancel;
    bool m_cancellable = true;
    QSslSocket m_socket;
    SmtpReplyReader m_reader;
    QSslCertificate m_peerCertificate;
    QList<QSslError> m_sslErrors;
    bool m_certificateRefused = false;
    bool m_remoteClosed = false;
};

} // namespace kotva
