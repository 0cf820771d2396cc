#include "core/mail/smtp/SmtpLogin.h"

#include "core/mail/smtp/SmtpConnection.h"

#include <QCoreApplication>
#include <QStringList>

namespace kotva {

namespace {
// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SmtpClient)
};
} // namespace

std::expected<void, MailError> SmtpLogin::run(SmtpConnection& connection,
                                              const SmtpCapabilities& capabilities,
                                              const QString& user, const SecureBuffer& password)
{
    // Checked here, right before the secret, whatever the caller did before.
    if (!connection.isEncrypted())
        return std::unexpected(
            MailError{MailFailure::Tls,
                      Tr::tr("The connection is not secured, so Kotva did not send the password."),
                      {}});
    if (capabilities.authMechanisms.contains("PLAIN"))
        return plain(connection, user, password);
    if (capabilities.authMechanisms.contains("LOGIN"))
        return login(connection, user, password);
    QStringList offered;
    for (const QByteArray& mechanism : capabilities.authMechanisms)
        offered << QString::fromLatin1(mechanism);
    return std::unexpected(MailError{
        MailFailure::Protocol,
        Tr::tr("The mail server does not offer a way to log in that Kotva knows (AUTH PLAIN or "
               "LOGIN). Kotva sends mail only after logging in; check the server and port."),
        offered.isEmpty()
            ? QStringLiteral("no AUTH offered")
            : QStringLiteral("AUTH offered: %1").arg(offered.join(QLatin1Char(' ')))});
}

std::expected<void, MailError> SmtpLogin::plain(SmtpConnection& connection, const QString& user,
                                                const SecureBuffer& password)
{
    // RFC 4616: authorisation identity (empty), NUL, user, NUL, password.
    QByteArray credentials =
        '\0' + user.toUtf8() + '\0' + QByteArray(password.constData(), password.size());
    QByteArray line = "AUTH PLAIN " + credentials.toBase64() + "\r\n";
    SecureBuffer::wipe(credentials);
    if (auto sent = sendSecret(connection, std::move(line)); !sent)
        return sent;
    return expect(connection, 235);
}

std::expected<void, MailError> SmtpLogin::login(SmtpConnection& connection, const QString& user,
                                                const SecureBuffer& password)
{
    if (auto sent = connection.write("AUTH LOGIN\r\n"); !sent)
        return sent;
    if (auto challenge = expect(connection, 334); !challenge)
        return challenge;
    if (auto sent = connection.write(user.toUtf8().toBase64() + "\r\n"); !sent)
        return sent;
    if (auto challenge = expect(connection, 334); !challenge)
        return challenge;
    QByteArray secret(password.constData(), password.size());
    QByteArray line = secret.toBase64() + "\r\n";
    SecureBuffer::wipe(secret);
    if (auto sent = sendSecret(connection, std::move(line)); !sent)
        return sent;
    return expect(connection, 235);
}

std::expected<void, MailError> SmtpLogin::sendSecret(SmtpConnection& connection, QByteArray line)
{
    auto sent = connection.write(line);
    SecureBuffer::wipe(line);
    return sent;
}

std::expected<void, MailError> SmtpLogin::expect(SmtpConnection& connection, int code)
{
    auto reply = connection.readReply();
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->code == code)
        return {};
    // 4xx is the server's temporary trouble (RFC 4954 454), 5xx a refusal (535 and others).
    const QString message =
        reply->code >= 400 && reply->code < 500
            ? Tr::tr("The mail server could not check the user name and password just now. "
                     "Try again later.")
            : Tr::tr("The mail server refused the user name or password.");
    return std::unexpected(MailError{MailFailure::Login, message, reply->toString()});
}

} // namespace kotva
