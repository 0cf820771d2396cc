#include "core/mail/mime/EncodedWordRepair.h"

#include <QRegularExpression>
#include <QString>

namespace kotva {

namespace {

// Q encoding that is valid anywhere an encoded word is (RFC 2047 section 5 (3), phrases):
// letters and digits as they are, every other byte as =XX.
QByteArray qEncode(const QByteArray& bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const unsigned char u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
            out += c;
        } else {
            out += '=';
            out += hex[u >> 4];
            out += hex[u & 0x0F];
        }
    }
    return out;
}

qsizetype headerBlockEnd(const QByteArray& raw)
{
    const qsizetype lf = raw.indexOf("\n\n");
    const qsizetype crlf = raw.indexOf("\r\n\r\n");
    if (lf < 0)
        return crlf < 0 ? raw.size() : crlf;
    return crlf < 0 ? lf : qMin(lf, crlf);
}

} // namespace

QByteArray EncodedWordRepair::repairHeaders(const QByteArray& raw)
{
    const qsizetype end = headerBlockEnd(raw);
    const QByteArray headers = raw.left(end);
    if (!headers.contains("?B?") && !headers.contains("?b?"))
        return raw;
    // Latin-1 maps every byte to one character and back, so 8-bit header bytes survive.
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?\\s]{1,64})\\?[Bb]\\?([A-Za-z0-9+/=]*)\\?="));
    const QString text = QString::fromLatin1(headers);
    QByteArray repaired;
    repaired.reserve(raw.size() + raw.size() / 4);
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        repaired += headers.mid(done, match.capturedStart() - done);
        const QByteArray decoded = QByteArray::fromBase64(match.captured(2).toLatin1());
        repaired += "=?" + match.captured(1).toLatin1() + "?Q?" + qEncode(decoded) + "?=";
        done = match.capturedEnd();
    }
    repaired += raw.mid(done);
    return repaired;
}

} // namespace kotva
