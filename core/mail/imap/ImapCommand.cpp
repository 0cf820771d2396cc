#include "core/mail/imap/ImapCommand.h"

#include "core/common/SecureBuffer.h"

namespace kotva::imapcommand {

std::optional<QByteArray> quoted(QByteArrayView text)
{
    QByteArray out;
    out.reserve(2 * text.size() + 2); // no reallocation leaves a copy of a password behind
    out.append('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || c == '\r' || c == '\n' || u >= 0x80)
            return std::nullopt;
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray mailbox(const QString& name)
{
    QByteArray encoded;
    qsizetype i = 0;
    while (i < name.size()) {
        const char16_t c = name.at(i).unicode();
        if (c >= 0x20 && c <= 0x7e) {
            encoded.append(c == u'&' ? QByteArray("&-") : QByteArray(1, char(c)));
            ++i;
            continue;
        }
        // A run of other characters goes as UTF-16BE in base64 with ',' for '/'.
        QByteArray utf16;
        while (i < name.size() && (name.at(i).unicode() < 0x20 || name.at(i).unicode() > 0x7e)) {
            const char16_t u = name.at(i).unicode();
            utf16.append(char(u >> 8)).append(char(u & 0xff));
            ++i;
        }
        QByteArray base64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        base64.replace('/', ',');
        encoded.append('&').append(base64).append('-');
    }
    // Modified UTF-7 is 7-bit without CR/LF, so quoting cannot fail.
    return quoted(encoded).value_or(QByteArray("\"\""));
}

QByteArray saslPlain(QByteArrayView user, QByteArrayView password)
{
    QByteArray plain;
    plain.reserve(user.size() + password.size() + 2);
    plain.append('\0').append(user).append('\0').append(password);
    QByteArray encoded = plain.toBase64();
    SecureBuffer::wipe(plain);
    return encoded;
}

} // namespace kotva::imapcommand
