#pragma once

#include "core/common/SecureBuffer.h"
#include "core/mail/smtp/SmtpClient.h"
#include "core/mail/smtp/SmtpEnvelope.h"
#include "tests/mail/support/SmtpSink.h"

#include <QTcpServer>

#include <expected>
#include <stop_token>

namespace kotva::test {

inline SecureBuffer secret(const QString& text)
{
    QString copy = text;
    return SecureBuffer::takeFrom(copy);
}

/// A short message to one client.
inline SmtpEnvelope simpleEnvelope()
{
    return SmtpEnvelope{QStringLiteral("poradna@kotva.test"),
                        {QStringLiteral("klient@example.cz")},
                        QByteArray("From: poradna@kotva.test\r\nTo: klient@example.cz\r\n"
                                   "Subject: Test\r\n\r\nDobry den.\r\n")};
}

/// One whole session with the sink's throwaway password (or another).
inline std::expected<void, MailError> sendWith(const MailAccount& account,
                                               const SmtpEnvelope& envelope,
                                               const QString& password = SmtpSink::password(),
                                               std::stop_token cancel = {})
{
    SmtpClient client(account, secret(password), std::move(cancel));
    return client.send(envelope);
}

/// A loopback port nobody listens on (taken from the system, then released).
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace kotva::test
