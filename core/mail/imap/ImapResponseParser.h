#pragma once

#include "core/mail/imap/ImapResponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <expected>
#include <optional>

namespace kotva {

/// Bounds on what a server may send, so a hostile or broken one is refused instead of
/// filling memory or keeping Kotva waiting for a line that never ends.
struct ImapLimits
{
    qsizetype maxLineBytes = 64 * 1024;            ///< one line without CRLF
    qsizetype maxLiteralBytes = 30 * 1024 * 1024;  ///< one {n} literal (a whole message)
    qsizetype maxResponseBytes = 32 * 1024 * 1024; ///< one response with all its literals
};

/// Why the server's bytes were refused.
struct ImapParseError
{
    enum class Kind { Grammar, LineTooLong, LiteralTooLarge, ResponseTooLarge };
    Kind kind = Kind::Grammar;
    QString detail; ///< technical, English, never the server's data itself
};

/// Turns the bytes a server sends, in whatever pieces they arrive, into complete responses.
/// Pure (no sockets), so it is unit-tested and fuzzed on its own. Literals {n} are taken
/// by their exact length, also when split across reads. After an error the parser stays
/// failed: the stream can no longer be trusted and the connection must end.
class ImapResponseParser final
{
public:
    explicit ImapResponseParser(ImapLimits limits = {});

    /// Appends bytes as they came from the socket.
    void feed(QByteArrayView bytes);

    /// The next complete response; nothing while its bytes are still missing.
    [[nodiscard]] std::expected<std::optional<ImapResponse>, ImapParseError> next();

    /// True when bytes of an unfinished response wait: the connection closing now means the
    /// server broke off in the middle (e.g. a literal shorter than announced).
    [[nodiscard]] bool hasPartialResponse() const { return !m_buffer.isEmpty(); }

private:
    std::unexpected<ImapParseError> failWith(ImapParseError::Kind kind, QString detail);

    ImapLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_scan = 0;        ///< where framing resumes in m_buffer
    qsizetype m_lineStart = 0;   ///< start of the current line (after a literal, its rest)
    qsizetype m_literalLeft = 0; ///< bytes of an announced literal not yet arrived
    std::optional<ImapParseError> m_failure;
};

} // namespace kotva
