#pragma once

#include "core/mail/smtp/SmtpReply.h"

#include <QByteArray>
#include <QString>

#include <expected>
#include <optional>

namespace kotva {

/// Cuts the bytes a server sends into replies, multi-line ones included ("250-..." up to
/// "250 ..."). A hostile or broken server cannot make Kotva buffer without end: a line longer
/// than MaxLineBytes or a reply longer than MaxReplyBytes is an error, detected as soon as
/// the bytes arrive, not when the line finally ends.
class SmtpReplyReader final
{
public:
    /// RFC 5321 4.5.3.1.5 allows 512 octets per reply line; servers send longer text
    /// (greetings, policy notes), so allow generously but not endlessly.
    static constexpr qsizetype MaxLineBytes = 4096;
    static constexpr qsizetype MaxReplyBytes = 64 * 1024;

    void append(const QByteArray& bytes);

    /// The next complete reply, std::nullopt when more bytes are needed, or what is wrong
    /// with the bytes (untranslated, for the error's detail). After an error the reader
    /// stays failed: the connection is not to be trusted any more.
    [[nodiscard]] std::expected<std::optional<SmtpReply>, QString> next();

    /// Bytes received but not yet part of a reply (a server must not send ahead).
    [[nodiscard]] qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    [[nodiscard]] std::unexpected<QString> failWith(QString reason);

    QByteArray m_buffer;
    QString m_failure;
};

} // namespace kotva
