#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace kotva {

/// The key of one member's private notes in a team vault (issue 15, "Private notes are
/// sealed"): derived from the member secret in their key slot (libsodium's crypto_kdf), so
/// only someone who unlocked that slot has it. Another member, the team lead included, reads
/// the vault but not these notes; a reset slot gets a new secret, and the notes sealed with
/// the old one stay sealed for good.
class PrivateNoteKey final
{
public:
    explicit PrivateNoteKey(const SecureBuffer& memberSecret);

    /// A nonce and the text sealed with XSalsa20-Poly1305 (crypto_secretbox); empty only when
    /// libsodium cannot be initialised.
    [[nodiscard]] QByteArray seal(const QString& text) const;
    /// WrongKey when it was sealed with another key (another member's, or before a reset) or
    /// altered.
    [[nodiscard]] Result<QString> open(const QByteArray& sealed) const;

private:
    SecureBuffer m_key;
};

} // namespace kotva
