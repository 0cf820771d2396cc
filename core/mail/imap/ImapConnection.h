#pragma once

#include "core/mail/MailAccount.h"
#include "core/mail/MailFailure.h"
#include "core/mail/imap/ImapResponseParser.h"

#include <QByteArrayView>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include <expected>
#include <memory>
#include <stop_token>

class QSslSocket;

namespace kotva {

/// The TLS byte stream to one IMAP server, blocking, for a worker thread: connects with
/// implicit TLS, verifies the certificate by the TlsPolicy, and reads whole responses. Every
/// wait is bounded by the account's timeout and checks the stop token in short slices, so
/// nothing hangs and a cancel is honoured within a fraction of a second.
class ImapConnection final
{
public:
    ImapConnection(MailAccount account, std::stop_token stop, ImapLimits limits = {});
    ~ImapConnection();
    ImapConnection(const ImapConnection&) = delete;
    ImapConnection& operator=(const ImapConnection&) = delete;

    /// Resolves, connects and completes the TLS handshake. Fails with Dns, Tcp, Tls,
    /// Certificate (message lists the errors; peerCertificate() keeps the certificate),
    /// Timeout or Cancelled.
    [[nodiscard]] std::expected<void, MailError> open();

    /// True only after a handshake whose certificate verified or was pinned: nothing secret
    /// may be written before.
    [[nodiscard]] bool isVerified() const;

    /// Writes bytes and waits until the socket took them.
    [[nodiscard]] std::expected<void, MailError> send(QByteArrayView bytes);

    /// The next complete response. Fails with Protocol (unparseable, over a limit, closed in
    /// the middle), Timeout (silence for the account's timeout) or Cancelled.
    [[nodiscard]] std::expected<ImapResponse, MailError> receive();

    /// The certificate the server presented (also after a refused handshake), so the UI can
    /// show it and the worker can pin it.
    [[nodiscard]] QSslCertificate peerCertificate() const { return m_peerCertificate; }
    /// The certificate errors of a refused handshake (empty when it verified).
    [[nodiscard]] QList<QSslError> certificateErrors() const { return m_certificateErrors; }
    /// True when the last receive() failed because the server broke a size limit (and not
    /// the grammar), which stays a Protocol failure even at the greeting.
    [[nodiscard]] bool exceededLimit() const { return m_exceededLimit; }

    void close();

private:
    [[nodiscard]] std::expected<void, MailError> waitForData();
    [[nodiscard]] MailError socketFailure(MailFailure during) const;

    MailAccount m_account;
    std::stop_token m_stop;
    ImapResponseParser m_parser;
    std::unique_ptr<QSslSocket> m_socket;
    QSslCertificate m_peerCertificate;
    QList<QSslError> m_certificateErrors;
    bool m_verified = false;
    bool m_exceededLimit = false;
};

} // namespace kotva
