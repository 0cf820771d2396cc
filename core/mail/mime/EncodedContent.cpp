#include "core/mail/mime/EncodedContent.h"

namespace kotva {

namespace {

bool isBase64Letter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

EncodedScan scanBase64(QByteArrayView encoded)
{
    EncodedScan scan;
    qint64 letters = 0;
    bool padded = false;
    for (const char c : encoded) {
        if (isBase64Letter(c)) {
            // Letters after the padding: a second base64 stream glued on, or damage.
            if (padded)
                scan.damaged = true;
            ++letters;
        } else if (c == '=') {
            padded = true;
        } else if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
            scan.damaged = true;
        }
    }
    if (letters % 4 == 1) // one letter carries 6 bits: never a whole byte
        scan.damaged = true;
    scan.decodedSize = letters * 6 / 8;
    return scan;
}

EncodedScan scanQuotedPrintable(QByteArrayView encoded)
{
    EncodedScan scan;
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (encoded[i] != '=') {
            ++scan.decodedSize;
            continue;
        }
        if (i + 2 < n && isHex(encoded[i + 1]) && isHex(encoded[i + 2])) {
            ++scan.decodedSize; // =XX is one byte
            i += 2;
        } else if (i + 1 < n && encoded[i + 1] == '\n') {
            i += 1; // soft line break
        } else if (i + 2 < n && encoded[i + 1] == '\r' && encoded[i + 2] == '\n') {
            i += 2;
        } else {
            ++scan.decodedSize; // a stray '=' is kept by decoders
        }
    }
    return scan;
}

} // namespace

EncodedScan EncodedContent::scan(QByteArrayView encoded, TransferEncoding encoding)
{
    switch (encoding) {
    case TransferEncoding::Base64:
        return scanBase64(encoded);
    case TransferEncoding::QuotedPrintable:
        return scanQuotedPrintable(encoded);
    case TransferEncoding::Identity:
        break;
    }
    return EncodedScan{encoded.size(), false};
}

} // namespace kotva
