#include "core/mail/smtp/SmtpReplyReader.h"

namespace kotva {

void SmtpReplyReader::append(const QByteArray& bytes)
{
    if (m_failure.isEmpty())
        m_buffer += bytes;
}

std::unexpected<QString> SmtpReplyReader::failWith(QString reason)
{
    m_failure = std::move(reason);
    m_buffer.clear();
    return std::unexpected<QString>(m_failure);
}

std::expected<std::optional<SmtpReply>, QString> SmtpReplyReader::next()
{
    if (!m_failure.isEmpty())
        return std::unexpected<QString>(m_failure);

    // Scan line by line without consuming: a reply is taken out only once it is complete.
    SmtpReply reply;
    qsizetype position = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', position);
        if (end < 0) {
            if (m_buffer.size() - position > MaxLineBytes)
                return failWith(
                    QStringLiteral("reply line longer than %1 bytes").arg(MaxLineBytes));
            if (m_buffer.size() > MaxReplyBytes)
                return failWith(QStringLiteral("reply longer than %1 bytes").arg(MaxReplyBytes));
            return std::optional<SmtpReply>();
        }
        QByteArray line = m_buffer.mid(position, end - position);
        position = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > MaxLineBytes)
            return failWith(QStringLiteral("reply line longer than %1 bytes").arg(MaxLineBytes));
        if (position > MaxReplyBytes)
            return failWith(QStringLiteral("reply longer than %1 bytes").arg(MaxReplyBytes));

        // "250", "250 text" or "250-text": three digits, the first 2 to 5 (RFC 5321 4.2).
        const bool digits = line.size() >= 3 && line[0] >= '2' && line[0] <= '5' &&
                            line[1] >= '0' && line[1] <= '9' && line[2] >= '0' && line[2] <= '9';
        const bool separator = line.size() == 3 || line[3] == ' ' || line[3] == '-';
        if (!digits || !separator)
            return failWith(
                QStringLiteral("not an SMTP reply: %1").arg(QString::fromUtf8(line.left(80))));
        const int code = line.left(3).toInt();
        if (!reply.lines.isEmpty() && code != reply.code)
            return failWith(QStringLiteral("reply code changed from %1 to %2 within one reply")
                                .arg(reply.code)
                                .arg(code));
        reply.code = code;
        reply.lines << line.mid(4);
        if (line.size() == 3 || line[3] == ' ') {
            m_buffer.remove(0, position);
            return std::optional<SmtpReply>(std::move(reply));
        }
    }
}

} // namespace kotva
