#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kotva {

/// What SMTP carries: the envelope sender and recipients, and the message's bytes (a whole
/// RFC 5322 message with CRLF line ends, as MimeWriter makes it).
struct SmtpEnvelope
{
    QString from;
    QStringList recipients;
    QByteArray message;
};

} // namespace kotva
