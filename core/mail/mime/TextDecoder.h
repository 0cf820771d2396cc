#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kotva {

/// Text bytes in a declared charset turned into a QString, with what had to be guessed.
struct DecodedText
{
    QString text;
    bool unknownCharset = false; ///< the declared charset is not known; the text was guessed
    bool guessed = false;        ///< no usable charset was declared for 8-bit bytes
    bool damaged = false;        ///< bytes invalid in the charset were shown as U+FFFD
};

/// Decodes e-mail text in its declared charset (any charset iconv knows, e.g. ISO-8859-2 and
/// Windows-1250). Undeclared or unknown charsets are guessed the way Czech mail needs: UTF-8
/// when the bytes are valid UTF-8, else Windows-1250, the charset of Czech Outlook.
class TextDecoder final
{
public:
    [[nodiscard]] static DecodedText decode(QByteArrayView bytes, const QByteArray& charset);
};

} // namespace kotva
