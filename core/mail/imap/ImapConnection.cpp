#include "core/mail/imap/ImapConnection.h"

#include "core/mail/TlsPolicy.h"
#include "core/mail/imap/ImapError.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSslSocket>

namespace kotva {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ImapClient)
};

// Waits are cut into slices this long so a cancel is seen quickly.
constexpr int SliceMs = 100;

int sliceOf(const QDeadlineTimer& deadline)
{
    return int(std::clamp<qint64>(deadline.remainingTime(), 0, SliceMs));
}
} // namespace

ImapConnection::ImapConnection(MailAccount account, std::stop_token stop, ImapLimits limits)
    : m_account(std::move(account))
    , m_stop(std::move(stop))
    , m_parser(limits)
{}

ImapConnection::~ImapConnection()
{
    close();
}

std::expected<void, MailError> ImapConnection::open()
{
    if (m_stop.stop_requested())
        return std::unexpected(imapError(MailFailure::Cancelled));
    m_socket = std::make_unique<QSslSocket>();
    const TlsPolicy policy(m_account.trust);
    policy.configure(*m_socket);
    QSslSocket* socket = m_socket.get();
    QObject::connect(socket, &QSslSocket::sslErrors, socket,
                     [this, socket, policy](const QList<QSslError>& errors) {
                         m_peerCertificate = socket->peerCertificate();
                         if (policy.acceptsDespite(errors, m_peerCertificate))
                             socket->ignoreSslErrors(errors);
                         else
                             m_certificateErrors = errors;
                     });
    socket->connectToHostEncrypted(m_account.imap.host, m_account.imap.port);

    // The name lookup and the TCP connect run inside one blocking call that a timed-out
    // slice would abort, so they get the whole timeout and the stop token is checked after.
    const QDeadlineTimer deadline(m_account.timeoutMs);
    if (!socket->waitForConnected(m_account.timeoutMs)) {
        if (m_stop.stop_requested())
            return std::unexpected(imapError(MailFailure::Cancelled));
        return std::unexpected(socketFailure(MailFailure::Tcp));
    }
    while (!socket->isEncrypted()) {
        if (m_stop.stop_requested())
            return std::unexpected(imapError(MailFailure::Cancelled));
        if (deadline.hasExpired())
            return std::unexpected(imapError(
                MailFailure::Timeout,
                QStringLiteral("no TLS handshake within %1 ms").arg(m_account.timeoutMs)));
        if (socket->waitForEncrypted(sliceOf(deadline)))
            break;
        if (socket->state() != QAbstractSocket::ConnectedState)
            return std::unexpected(socketFailure(MailFailure::Tls));
    }
    m_peerCertificate = socket->peerCertificate();
    m_verified = true;
    return {};
}

bool ImapConnection::isVerified() const
{
    return m_verified && m_socket && m_socket->isEncrypted();
}

std::expected<void, MailError> ImapConnection::send(QByteArrayView bytes)
{
    if (!isVerified() || m_socket->state() != QAbstractSocket::ConnectedState)
        return std::unexpected(
            imapError(MailFailure::Protocol, QStringLiteral("the connection is closed")));
    if (m_socket->write(bytes.data(), bytes.size()) != bytes.size())
        return std::unexpected(socketFailure(MailFailure::Protocol));
    const QDeadlineTimer deadline(m_account.timeoutMs);
    while (m_socket->bytesToWrite() > 0) {
        if (m_stop.stop_requested())
            return std::unexpected(imapError(MailFailure::Cancelled));
        if (deadline.hasExpired())
            return std::unexpected(
                imapError(MailFailure::Timeout, QStringLiteral("the server took no data")));
        if (!m_socket->waitForBytesWritten(sliceOf(deadline)) &&
            m_socket->state() != QAbstractSocket::ConnectedState)
            return std::unexpected(socketFailure(MailFailure::Protocol));
    }
    return {};
}

std::expected<ImapResponse, MailError> ImapConnection::receive()
{
    m_exceededLimit = false;
    if (!m_socket)
        return std::unexpected(
            imapError(MailFailure::Protocol, QStringLiteral("the connection is closed")));
    for (;;) {
        auto next = m_parser.next();
        if (!next) {
            m_exceededLimit = next.error().kind != ImapParseError::Kind::Grammar;
            close();
            return std::unexpected(imapError(MailFailure::Protocol, next.error().detail));
        }
        if (*next)
            return std::move(**next);
        if (m_socket->bytesAvailable() > 0) {
            m_parser.feed(m_socket->readAll());
            continue;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            const bool partial = m_parser.hasPartialResponse();
            close();
            return std::unexpected(imapError(
                MailFailure::Protocol,
                partial ? QStringLiteral("the server closed the connection in the middle of a "
                                         "response (a literal or line shorter than announced)")
                        : QStringLiteral("the server closed the connection")));
        }
        if (auto waited = waitForData(); !waited) {
            close();
            return std::unexpected(waited.error());
        }
    }
}

std::expected<void, MailError> ImapConnection::waitForData()
{
    // The timeout counts silence: a large message that keeps arriving is not cut off, and
    // the parser's limits bound how much a server can send.
    const QDeadlineTimer deadline(m_account.timeoutMs);
    for (;;) {
        if (m_stop.stop_requested())
            return std::unexpected(imapError(MailFailure::Cancelled));
        if (m_socket->waitForReadyRead(sliceOf(deadline)) || m_socket->bytesAvailable() > 0 ||
            m_socket->state() != QAbstractSocket::ConnectedState)
            return {};
        if (deadline.hasExpired())
            return std::unexpected(imapError(
                MailFailure::Timeout,
                QStringLiteral("no data from the server for %1 ms").arg(m_account.timeoutMs)));
    }
}

MailError ImapConnection::socketFailure(MailFailure during) const
{
    const QString detail = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        return imapError(MailFailure::Dns, detail);
    case QAbstractSocket::SocketTimeoutError:
        return imapError(MailFailure::Timeout, detail);
    default:
        break;
    }
    if (!m_certificateErrors.isEmpty()) {
        MailError error = imapError(MailFailure::Certificate, detail);
        error.message += QLatin1Char('\n') + TlsPolicy::describe(m_certificateErrors);
        return error;
    }
    return imapError(during, detail);
}

void ImapConnection::close()
{
    if (m_socket)
        m_socket->abort();
    m_verified = false;
}

} // namespace kotva
