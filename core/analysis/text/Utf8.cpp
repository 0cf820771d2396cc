#include "core/analysis/text/Utf8.h"

#include <QCoreApplication>

#include <algorithm>

namespace kotva {

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        // The second byte's allowed range excludes overlong forms, surrogates and > U+10FFFF.
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return -1;
}

Result<QString> decodeUtf8(QByteArrayView bytes)
{
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("kotva::Utf8", "The text is not valid UTF-8 (at byte %1).")
                .arg(invalid),
            QStringLiteral("invalid UTF-8 sequence at byte %1").arg(invalid));
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

CodePointIndex::CodePointIndex(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16Offset) const
{
    if (m_lowSurrogates.isEmpty())
        return utf16Offset;
    // Every low surrogate at a position <= offset is a code unit that adds no code point.
    const auto passed =
        std::upper_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset) -
        m_lowSurrogates.cbegin();
    return utf16Offset - passed;
}

} // namespace kotva
