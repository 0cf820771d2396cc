#include "core/mail/smtp/SmtpConnection.h"

#include "core/mail/smtp/BlockingHostLookup.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <algorithm>

namespace kotva {

namespace {
// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SmtpClient)
};

// How often a wait looks at the stop token: short enough that cancelling feels immediate.
constexpr int SliceMs = 100;
} // namespace

SmtpConnection::SmtpConnection(const MailAccount& account, std::stop_token cancel)
    : m_server(account.smtp)
    , m_policy(account.trust)
    , m_timeoutMs(std::max(account.timeoutMs, 1))
    , m_cancel(std::move(cancel))
{
    QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket,
                     [this](const QList<QSslError>& errors) { onSslErrors(errors); });
    // A TLS close_notify leaves the TCP connection (and so the socket's state) open until the
    // server closes that too, which may take long; Qt reports it only as this error, and the
    // next timed-out wait overwrites it, so it is latched here.
    QObject::connect(&m_socket, &QSslSocket::errorOccurred, &m_socket,
                     [this](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             m_remoteClosed = true;
                     });
}

SmtpConnection::~SmtpConnection()
{
    m_socket.abort();
}

bool SmtpConnection::cancelled() const
{
    return m_cancellable && m_cancel.stop_requested();
}

int SmtpConnection::nextWaitMs(const QDeadlineTimer& deadline) const
{
    return static_cast<int>(std::clamp<qint64>(deadline.remainingTime(), 1, SliceMs));
}

std::unexpected<MailError> SmtpConnection::failure(MailFailure failure, QString message,
                                                   QString detail)
{
    m_socket.abort();
    return std::unexpected<MailError>(MailError{failure, std::move(message), std::move(detail)});
}

std::unexpected<MailError> SmtpConnection::timedOut()
{
    return failure(MailFailure::Timeout,
                   Tr::tr("The mail server %1 did not answer within %2 seconds.")
                       .arg(m_server.host)
                       .arg((m_timeoutMs + 999) / 1000));
}

std::unexpected<MailError> SmtpConnection::connectionLost()
{
    return failure(MailFailure::Tcp,
                   Tr::tr("The connection to the mail server %1 was lost.").arg(m_server.host),
                   m_remoteClosed ? QStringLiteral("the server closed the connection")
                                  : m_socket.errorString());
}

void SmtpConnection::onSslErrors(const QList<QSslError>& errors)
{
    m_peerCertificate = m_socket.peerCertificate();
    m_sslErrors = errors;
    if (m_policy.acceptsDespite(errors, m_peerCertificate)) {
        m_socket.ignoreSslErrors(errors);
        return;
    }
    // Not ignoring the errors makes the socket abort the handshake before a byte of SMTP.
    m_certificateRefused = true;
}

std::unexpected<MailError> SmtpConnection::socketFailure()
{
    if (m_certificateRefused)
        return failure(MailFailure::Certificate,
                       Tr::tr("The certificate of the mail server %1 is not trusted, so Kotva "
                              "did not log in:\n%2")
                           .arg(m_server.host, TlsPolicy::describe(m_sslErrors)),
                       m_socket.errorString());
    const QString detail = m_socket.errorString();
    switch (m_socket.error()) {
    case QAbstractSocket::SocketTimeoutError:
        return timedOut();
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return failure(MailFailure::Tls,
                       Tr::tr("No secure connection to the mail server %1 on port %2 could be "
                              "made. Is it the SMTPS port (usually 465)?")
                           .arg(m_server.host)
                           .arg(m_server.port),
                       detail);
    case QAbstractSocket::RemoteHostClosedError:
        if (!m_socket.isEncrypted())
            return failure(MailFailure::Tls,
                           Tr::tr("The mail server %1 closed the connection before it was "
                                  "secured. Is port %2 the SMTPS port (usually 465)?")
                               .arg(m_server.host)
                               .arg(m_server.port),
                           detail);
        return connectionLost();
    default:
        return failure(MailFailure::Tcp,
                       Tr::tr("The mail server %1 cannot be reached on port %2.")
                           .arg(m_server.host)
                           .arg(m_server.port),
                       detail);
    }
}

std::expected<void, MailError> SmtpConnection::open()
{
    if (cancelled())
        return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
    const auto addresses = BlockingHostLookup::resolve(m_server.host, m_timeoutMs, m_cancel);
    if (!addresses) {
        switch (addresses.error()) {
        case BlockingHostLookup::Failure::Cancelled:
            return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
        case BlockingHostLookup::Failure::Timeout:
            return failure(MailFailure::Dns,
                           Tr::tr("The name %1 could not be looked up in time. Is the computer "
                                  "online?")
                               .arg(m_server.host));
        case BlockingHostLookup::Failure::NotFound:
            break;
        }
        return failure(MailFailure::Dns,
                       Tr::tr("The mail server name %1 does not exist. Check the spelling.")
                           .arg(m_server.host));
    }

    m_policy.configure(m_socket);
    std::expected<void, MailError> connected;
    // A name can have several addresses (IPv6 and IPv4); the first that accepts is used.
    for (const QHostAddress& address : *addresses) {
        connected = connectTo(address);
        if (connected || connected.error().failure != MailFailure::Tcp)
            break;
    }
    if (!connected)
        return connected;
    return handshake();
}

std::expected<void, MailError> SmtpConnection::connectTo(const QHostAddress& address)
{
    m_socket.abort();
    m_remoteClosed = false;
    // The address is dialled, the name verified: sslPeerName keeps host-name checking on.
    m_socket.connectToHostEncrypted(address.toString(), m_server.port, m_server.host);
    // QAbstractSocket gives up an attempt whose waitForConnected times out, so this one wait
    // cannot be sliced; TCP connections either succeed or are refused quickly in practice.
    if (!m_socket.waitForConnected(m_timeoutMs)) {
        if (cancelled())
            return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
        return socketFailure();
    }
    return {};
}

std::expected<void, MailError> SmtpConnection::handshake()
{
    const QDeadlineTimer deadline(m_timeoutMs);
    while (!m_socket.isEncrypted()) {
        if (cancelled())
            return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
        if (m_socket.waitForEncrypted(nextWaitMs(deadline)))
            break;
        if (m_socket.state() != QAbstractSocket::ConnectedState || m_certificateRefused)
            return socketFailure();
        if (deadline.hasExpired())
            return timedOut();
    }
    if (m_peerCertificate.isNull())
        m_peerCertificate = m_socket.peerCertificate();
    return {};
}

bool SmtpConnection::isEncrypted() const
{
    return !isClosed() && m_socket.isEncrypted() && !m_certificateRefused;
}

bool SmtpConnection::isClosed() const
{
    return m_socket.state() != QAbstractSocket::ConnectedState || m_remoteClosed;
}

std::expected<SmtpReply, MailError> SmtpConnection::readReply()
{
    const QDeadlineTimer deadline(m_timeoutMs);
    while (true) {
        auto next = m_reader.next();
        if (!next)
            return failure(
                MailFailure::Protocol,
                Tr::tr("The mail server %1 sent an answer Kotva cannot accept.").arg(m_server.host),
                next.error());
        if (*next)
            return std::move(**next);
        if (m_socket.bytesAvailable() > 0) {
            // Read no more than the reader may accept, so a flood is refused, not buffered.
            m_reader.append(m_socket.read(SmtpReplyReader::MaxReplyBytes + 1));
            continue;
        }
        if (isClosed())
            return connectionLost();
        if (cancelled())
            return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
        if (deadline.hasExpired())
            return timedOut();
        m_socket.waitForReadyRead(nextWaitMs(deadline));
    }
}

std::expected<void, MailError> SmtpConnection::write(const QByteArray& bytes)
{
    if (cancelled())
        return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
    if (isClosed() || m_socket.write(bytes) != bytes.size())
        return connectionLost();
    // The deadline restarts whenever bytes move, so a large message on a slow line is fine
    // and only a stalled one times out.
    QDeadlineTimer deadline(m_timeoutMs);
    qint64 pending = m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite();
    while (pending > 0) {
        if (cancelled())
            return failure(MailFailure::Cancelled, Tr::tr("Cancelled."));
        m_socket.waitForBytesWritten(nextWaitMs(deadline));
        if (isClosed())
            return connectionLost();
        const qint64 now = m_socket.bytesToWrite() + m_socket.encryptedBytesToWrite();
        if (now < pending) {
            pending = now;
            deadline = QDeadlineTimer(m_timeoutMs);
        } else if (deadline.hasExpired()) {
            return timedOut();
        }
    }
    return {};
}

void SmtpConnection::close()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(std::min(m_timeoutMs, 1000));
    }
    m_socket.abort();
}

} // namespace kotva
