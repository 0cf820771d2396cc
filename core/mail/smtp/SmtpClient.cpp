#include "core/mail/smtp/SmtpClient.h"

#include "core/mail/smtp/SmtpCapabilities.h"
#include "core/mail/smtp/SmtpConnection.h"
#include "core/mail/smtp/SmtpData.h"
#include "core/mail/smtp/SmtpEnvelopeCheck.h"
#include "core/mail/smtp/SmtpLogin.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kotva {

namespace {
// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SmtpClient)
};

std::unexpected<MailError> error(MailFailure failure, QString message, QString detail = {})
{
    return std::unexpected<MailError>(MailError{failure, std::move(message), std::move(detail)});
}

// One command, one reply; the caller judges the reply.
std::expected<SmtpReply, MailError> command(SmtpConnection& connection, const QByteArray& line)
{
    if (auto sent = connection.write(line + "\r\n"); !sent)
        return std::unexpected(sent.error());
    return connection.readReply();
}
} // namespace

SmtpClient::SmtpClient(MailAccount account, SecureBuffer password, std::stop_token cancel)
    : m_account(std::move(account))
    , m_password(std::move(password))
    , m_cancel(std::move(cancel))
{}

SmtpClient::~SmtpClient() = default;

QString SmtpClient::ehloName(const QString& address)
{
    static const QRegularExpression hostName(QStringLiteral(
        "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$"));
    const QString domain = address.section(QLatin1Char('@'), -1).toLower();
    if (address.contains(QLatin1Char('@')) && domain.size() <= 253 &&
        hostName.match(domain).hasMatch())
        return domain;
    return QStringLiteral("kotva.invalid");
}

void SmtpClient::keepCertificate(const SmtpConnection& connection)
{
    m_peerCertificate = connection.peerCertificate();
    m_certificateErrors = connection.certificateErrors();
}

std::expected<SmtpCapabilities, MailError> SmtpClient::begin(SmtpConnection& connection)
{
    auto opened = connection.open();
    keepCertificate(connection);
    if (!opened)
        return std::unexpected(opened.error());

    const auto greeting = connection.readReply();
    if (!greeting)
        return std::unexpected(greeting.error());
    if (greeting->code != 220)
        return error(MailFailure::Greeting,
                     Tr::tr("The server %1 did not greet Kotva as a mail server that takes mail "
                            "(it answered %2).")
                         .arg(m_account.smtp.host)
                         .arg(greeting->code),
                     greeting->toString());

    const auto ehlo = command(connection, "EHLO " + ehloName(m_account.address).toLatin1());
    if (!ehlo)
        return std::unexpected(ehlo.error());
    if (ehlo->code != 250)
        return error(MailFailure::Protocol,
                     Tr::tr("The mail server did not accept Kotva's introduction (EHLO)."),
                     ehlo->toString());
    SmtpCapabilities capabilities = SmtpCapabilities::fromEhlo(*ehlo);

    if (auto login = SmtpLogin::run(connection, capabilities, m_account.user, m_password); !login)
        return std::unexpected(login.error());
    return capabilities;
}

std::expected<void, MailError> SmtpClient::testConnection()
{
    SmtpConnection connection(m_account, m_cancel);
    const auto begun = begin(connection);
    quit(connection);
    if (!begun)
        return std::unexpected(begun.error());
    return {};
}

std::expected<void, MailError> SmtpClient::send(const SmtpEnvelope& envelope)
{
    m_acceptance.clear();
    if (auto checked = SmtpEnvelopeCheck::check(envelope); !checked)
        return checked;

    SmtpConnection connection(m_account, m_cancel);
    const auto capabilities = begin(connection);
    if (!capabilities) {
        quit(connection);
        return std::unexpected(capabilities.error());
    }
    auto sent = transact(connection, *capabilities, envelope);
    // After a refusal the server is still listening and gets its QUIT; after the message was
    // accepted QUIT is a courtesy whose failure changes nothing (see the class comment).
    quit(connection);
    return sent;
}

std::expected<void, MailError> SmtpClient::transact(SmtpConnection& connection,
                                                    const SmtpCapabilities& capabilities,
                                                    const SmtpEnvelope& envelope)
{
    // RFC 6152: an 8-bit body is announced when the server can take it; without 8BITMIME
    // it goes as it is, which servers in practice accept.
    QByteArray mailFrom = "MAIL FROM:<" + envelope.from.toLatin1() + '>';
    if (capabilities.eightBitMime && SmtpData::hasEightBitBytes(envelope.message))
        mailFrom += " BODY=8BITMIME";
    const auto from = command(connection, mailFrom);
    if (!from)
        return std::unexpected(from.error());
    if (from->code != 250)
        return error(MailFailure::Rejected,
                     Tr::tr("The mail server refused the sender address %1.").arg(envelope.from),
                     from->toString());

    // One refused recipient ends the transaction: a message that reached only some would be
    // sent twice to the others when the worker tries again.
    for (const QString& recipient : envelope.recipients) {
        const auto rcpt = command(connection, "RCPT TO:<" + recipient.toLatin1() + '>');
        if (!rcpt)
            return std::unexpected(rcpt.error());
        if (rcpt->code != 250 && rcpt->code != 251)
            return error(MailFailure::Rejected,
                         Tr::tr("The mail server refused the recipient %1.").arg(recipient),
                         rcpt->toString());
    }

    const auto data = command(connection, "DATA");
    if (!data)
        return std::unexpected(data.error());
    if (data->code != 354)
        return error(MailFailure::Rejected, Tr::tr("The mail server refused to take the message."),
                     data->toString());
    if (auto body = connection.write(SmtpData::encode(envelope.message)); !body)
        return body;

    // The point of no return: once the final dot leaves, the server may deliver the message
    // whatever happens next, so cancelling no longer cuts the line, and a failure from here
    // on leaves the outcome unknown (Unconfirmed) rather than "not sent".
    connection.ignoreCancellation();
    const auto accepted = command(connection, ".");
    if (!accepted) {
        const MailError cause = accepted.error();
        return error(MailFailure::Unconfirmed,
                     Tr::tr("The message may have been sent: the mail server did not confirm "
                            "it. Check the sent mail before sending it again."),
                     cause.message + (cause.detail.isEmpty() ? QString()
                                                             : QStringLiteral(" (") + cause.detail +
                                                                   QLatin1Char(')')));
    }
    if (accepted->code != 250)
        return error(MailFailure::Rejected, Tr::tr("The mail server refused the message."),
                     accepted->toString());
    m_acceptance = accepted->toString();
    return {};
}

void SmtpClient::quit(SmtpConnection& connection)
{
    if (connection.isEncrypted()) {
        if (command(connection, "QUIT"))
            connection.close();
    }
}

} // namespace kotva
