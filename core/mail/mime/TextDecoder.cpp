#include "core/mail/mime/TextDecoder.h"

#include "core/mail/mime/GMimeSupport.h"

#include <QStringDecoder>

#include <cerrno>
#include <gmime/gmime.h>

namespace kotva {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Strict: a single invalid sequence means the bytes are not UTF-8.
bool decodeUtf8Strictly(QByteArrayView bytes, QString& text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Converts with iconv; invalid or incomplete sequences become U+FFFD one byte at a time so a
// damaged byte never hides the rest of the text. Returns false when iconv does not know the
// charset.
bool convert(QByteArrayView bytes, const char* charset, DecodedText& out)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QByteArray utf8;
    utf8.reserve(bytes.size() * 2);
    char buffer[4096];
    char* in = const_cast<char*>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    while (inLeft > 0) {
        char* outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t result = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        utf8.append(buffer, qsizetype(outPtr - buffer));
        if (result == size_t(-1) && errno != E2BIG) {
            utf8.append("\xEF\xBF\xBD"); // EILSEQ or EINVAL: skip the byte, mark it
            out.damaged = true;
            ++in;
            --inLeft;
        }
    }
    char* outPtr = buffer;
    size_t outLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft); // flush shift states
    utf8.append(buffer, qsizetype(outPtr - buffer));
    g_mime_iconv_close(cd);
    out.text = QString::fromUtf8(utf8);
    return true;
}

DecodedText guess(QByteArrayView bytes)
{
    DecodedText out;
    if (decodeUtf8Strictly(bytes, out.text))
        return out;
    convert(bytes, "windows-1250", out);
    return out;
}

} // namespace

DecodedText TextDecoder::decode(QByteArrayView bytes, const QByteArray& charset)
{
    gmime::ensureInitialised();
    const QByteArray name = charset.trimmed().toLower();
    if (isAscii(bytes)) {
        // Plain ASCII reads the same in every charset this reader accepts (UTF-7 aside, which
        // no client of a Czech service sends).
        return DecodedText{QString::fromLatin1(bytes), false, false, false};
    }
    if (name.isEmpty() || name == "us-ascii" || name == "ascii") {
        DecodedText out = guess(bytes);
        out.guessed = true;
        return out;
    }
    const char* canonical = g_mime_charset_canon_name(name.constData());
    if (qstricmp(canonical, "utf-8") == 0 || name == "utf8") {
        DecodedText out;
        if (!decodeUtf8Strictly(bytes, out.text)) {
            out.text = QString::fromUtf8(bytes); // invalid sequences become U+FFFD
            out.damaged = true;
        }
        return out;
    }
    DecodedText out;
    if (convert(bytes, name.constData(), out))
        return out;
    out = guess(bytes);
    out.unknownCharset = true;
    return out;
}

} // namespace kotva
