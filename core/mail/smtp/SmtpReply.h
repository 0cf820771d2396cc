#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kotva {

/// One reply of an SMTP server (RFC 5321 4.2): a three-digit code and one or more lines of
/// text, e.g. the greeting or the extensions EHLO lists.
struct SmtpReply
{
    int code = 0;
    QList<QByteArray> lines; ///< the text of each line, without the code, separator and CRLF

    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    /// "250 first line / second line", for error details and logs (never contains secrets:
    /// servers do not echo credentials).
    [[nodiscard]] QString toString() const;
};

} // namespace kotva
