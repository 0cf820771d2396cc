#pragma once

#include "core/common/Error.h"
#include "core/mail/mime/OutgoingMail.h"

#include <QByteArray>
#include <QString>

namespace kotva {

/// Writes an outgoing plain-text message as RFC 5322 bytes ready for SMTP: UTF-8 text in
/// quoted-printable (or what GMime finds best), encoded-word subject and names, CRLF line
/// ends, threading headers. Header fields with line breaks are refused (header injection).
class MimeWriter final
{
public:
    /// The message's bytes, or an InvalidArgument error naming the unusable field.
    [[nodiscard]] static Result<QByteArray> compose(const OutgoingMail& mail);

    /// A new, unguessable Message-ID (without angle brackets) in the sender's domain, so the
    /// caller can store it for threading before sending.
    [[nodiscard]] static QByteArray newMessageId(const QString& fromAddress);
};

} // namespace kotva
