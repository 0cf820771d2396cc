#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace kotva::imapcommand {

/// `text` as an IMAP quoted string with `\` and `"` escaped; nothing when it cannot be one
/// (CR, LF, NUL or 8-bit bytes, which IMAP4rev1 allows only in literals).
[[nodiscard]] std::optional<QByteArray> quoted(QByteArrayView text);

/// A folder name as IMAP wants it: modified UTF-7 (RFC 3501 5.1.3), quoted. Czech folder
/// names ("Vyřízené") need the encoding; ASCII names pass unchanged.
[[nodiscard]] QByteArray mailbox(const QString& name);

/// The SASL PLAIN initial response (RFC 4616): base64 of NUL user NUL password. The caller
/// wipes it after sending.
[[nodiscard]] QByteArray saslPlain(QByteArrayView user, QByteArrayView password);

} // namespace kotva::imapcommand
