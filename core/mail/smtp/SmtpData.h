#pragma once

#include <QByteArray>

namespace kotva {

/// The message as it travels after DATA (RFC 5321 4.5.2): every line end CRLF, a line that
/// starts with "." doubled so the server does not take it for the end, and a last CRLF so
/// the terminating "." stands on a line of its own. The terminator itself is not included:
/// the client sends it separately, because that is the moment the message counts as sent.
class SmtpData final
{
public:
    [[nodiscard]] static QByteArray encode(const QByteArray& message);
    /// True when the message has bytes above 127, so MAIL FROM announces BODY=8BITMIME.
    [[nodiscard]] static bool hasEightBitBytes(const QByteArray& message);
};

} // namespace kotva
