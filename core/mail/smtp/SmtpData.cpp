#include "core/mail/smtp/SmtpData.h"

#include <algorithm>

namespace kotva {

QByteArray SmtpData::encode(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 3);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (c == '\r' || c == '\n') {
            // CRLF, a bare LF and a bare CR all end a line; a bare CR or LF inside DATA is
            // forbidden (RFC 5321 2.3.8) and some servers take it for the end of the line.
            if (c == '\r' && i + 1 < message.size() && message[i + 1] == '\n')
                ++i;
            out += "\r\n";
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    return out;
}

bool SmtpData::hasEightBitBytes(const QByteArray& message)
{
    return std::any_of(message.cbegin(), message.cend(),
                       [](char c) { return static_cast<unsigned char>(c) > 127; });
}

} // namespace kotva
