#pragma once

#include "core/common/Error.h"
#include "core/mail/mime/IncomingMail.h"

#include <QByteArray>

namespace kotva {

/// Reads a client's e-mail from its raw RFC 5322 bytes into what a worker may see: the
/// sender, subject, threading ids, the readable text (HTML turned into safe plain text) and
/// the attachments' names and sizes, never their content. Damaged mail is read as far as it
/// can be, with a translated note in IncomingMail::problems.
class MimeReader final
{
public:
    /// Larger messages are refused: no client writes 25 MB of text, and GMime holds the whole
    /// message in memory.
    static constexpr qsizetype maxMessageBytes = 25 * 1024 * 1024;
    /// The readable text is cut here (with a problem noted): a worker reads letters, not logs.
    static constexpr qsizetype maxTextChars = 200000;

    /// The message, or an InvalidInput error (empty, too large, not an e-mail at all).
    [[nodiscard]] static Result<IncomingMail> read(const QByteArray& raw);
};

} // namespace kotva
