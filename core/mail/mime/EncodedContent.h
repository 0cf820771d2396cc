#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace kotva {

/// The Content-Transfer-Encoding of a part, as far as sizes and damage depend on it.
enum class TransferEncoding { Identity, Base64, QuotedPrintable };

/// What the encoded bytes of a part say without decoding them.
struct EncodedScan
{
    qint64 decodedSize = 0; ///< the size the content has once decoded (exact for clean base64)
    bool damaged = false;   ///< characters the encoding does not allow (broken base64)
};

/// Sizes an attachment from its encoded bytes, so its content is never decoded (seed 003:
/// attachments are not opened), and notices damaged base64 in text parts.
class EncodedContent final
{
public:
    [[nodiscard]] static EncodedScan scan(QByteArrayView encoded, TransferEncoding encoding);
};

} // namespace kotva
