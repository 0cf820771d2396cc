#pragma once

// Text enters Kotva as bytes exactly once (CLI stdin, later the UI clipboard and
// mail bodies); it is decoded and validated here and the analysis works on QString.

#include "core/common/Error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace kotva {

/// Strict UTF-8 → QString. Invalid sequences (stray continuation bytes, overlong
/// forms, surrogates, code points above U+10FFFF, truncated sequences) are an
/// ErrorCode::InvalidInput whose detail names the byte offset; nothing is replaced
/// silently. A leading byte-order mark is dropped.
[[nodiscard]] Result<QString> decodeUtf8(QByteArrayView bytes);

/// The byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid.
[[nodiscard]] qsizetype firstInvalidUtf8(QByteArrayView bytes);

/// Converts QString (UTF-16) offsets into Unicode code-point offsets of the same text,
/// for output formats that count code points (the CLI JSON). Build once per text; each
/// lookup is O(log n) (O(1) when the text has no surrogate pairs).
class CodePointIndex final
{
public:
    explicit CodePointIndex(QStringView text);
    /// The code-point offset of a UTF-16 offset in [0, text.size()]. An offset inside a
    /// surrogate pair maps to the code point that pair encodes.
    [[nodiscard]] qsizetype toCodePoints(qsizetype utf16Offset) const;

private:
    QList<qsizetype> m_lowSurrogates; ///< UTF-16 positions of every low surrogate
};

} // namespace kotva
