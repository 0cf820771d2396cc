#include "core/mail/imap/ImapResponseParser.h"

#include "core/mail/imap/ImapResponseReader.h"

namespace kotva {

namespace {

// A literal announcement "{n}" ends a line; more than 19 digits cannot be a size at all.
constexpr qsizetype MaxLiteralDigits = 19;

/// The length a line announces with its trailing "{n}", if it does.
std::optional<quint64> announcedLiteral(QByteArrayView line, bool* tooLong)
{
    *tooLong = false;
    if (!line.endsWith('}'))
        return std::nullopt;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return std::nullopt;
    const QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (digits.size() > MaxLiteralDigits) {
        *tooLong = true;
        return std::nullopt;
    }
    return value;
}

} // namespace

ImapResponseParser::ImapResponseParser(ImapLimits limits)
    : m_limits(limits)
{}

void ImapResponseParser::feed(QByteArrayView bytes)
{
    if (!m_failure)
        m_buffer.append(bytes);
}

std::expected<std::optional<ImapResponse>, ImapParseError> ImapResponseParser::next()
{
    if (m_failure)
        return std::unexpected(*m_failure);
    for (;;) {
        if (m_literalLeft > 0) {
            const qsizetype take = std::min(m_literalLeft, m_buffer.size() - m_scan);
            m_scan += take;
            m_literalLeft -= take;
            if (m_literalLeft > 0)
                return std::nullopt;
            m_lineStart = m_scan;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_scan);
        const qsizetype lineEnd = newline < 0 ? m_buffer.size() : newline;
        // Checked before the line is complete, so an endless line is refused after the
        // limit and not at the end of memory; the same bound holds for complete lines so
        // the outcome does not depend on how the bytes were split.
        if (lineEnd - m_lineStart > m_limits.maxLineBytes)
            return failWith(
                ImapParseError::Kind::LineTooLong,
                QStringLiteral("a line longer than %1 bytes").arg(m_limits.maxLineBytes));
        if (newline < 0) {
            m_scan = m_buffer.size();
            return std::nullopt;
        }
        if (newline == m_lineStart || m_buffer[newline - 1] != '\r')
            return failWith(ImapParseError::Kind::Grammar,
                            QStringLiteral("a line ending without CRLF"));
        const QByteArrayView line =
            QByteArrayView(m_buffer).sliced(m_lineStart, newline - 1 - m_lineStart);
        bool tooLong = false;
        const std::optional<quint64> literal = announcedLiteral(line, &tooLong);
        if (tooLong || (literal && *literal > quint64(m_limits.maxLiteralBytes)))
            return failWith(
                ImapParseError::Kind::LiteralTooLarge,
                QStringLiteral("a literal larger than %1 bytes").arg(m_limits.maxLiteralBytes));
        m_scan = newline + 1;
        m_lineStart = m_scan;
        if (literal) {
            if (quint64(m_scan) + *literal > quint64(m_limits.maxResponseBytes))
                return failWith(ImapParseError::Kind::ResponseTooLarge,
                                QStringLiteral("a response larger than %1 bytes")
                                    .arg(m_limits.maxResponseBytes));
            m_literalLeft = qsizetype(*literal);
            continue;
        }
        // The response is complete: read it, then drop its bytes.
        ImapResponseReader reader(QByteArrayView(m_buffer).first(m_scan));
        auto response = reader.read();
        if (!response)
            return failWith(ImapParseError::Kind::Grammar, response.error());
        m_buffer.remove(0, m_scan);
        m_scan = 0;
        m_lineStart = 0;
        return std::optional<ImapResponse>(std::move(*response));
    }
}

std::unexpected<ImapParseError> ImapResponseParser::failWith(ImapParseError::Kind kind,
                                                             QString detail)
{
    m_failure = ImapParseError{kind, std::move(detail)};
    m_buffer.clear();
    m_scan = 0;
    m_lineStart = 0;
    m_literalLeft = 0;
    return std::unexpected(*m_failure);
}

} // namespace kotva
