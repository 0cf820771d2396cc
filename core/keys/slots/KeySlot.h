#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/slots/PassphraseKdf.h"

#include <QByteArray>
#include <QString>

namespace kotva {

/// One member's way into a team vault (issue 15), as LUKS and KeePassXC keep several: the
/// vault's key and the member's own secret, sealed with a key Argon2id derives from the
/// member's passphrase. Everything but `sealed` is readable before unlocking (the unlock
/// dialog lists the labels) and bound to the seal as associated data, so changing a label,
/// the flag or the parameters in the file makes the slot refuse to open.
struct KeySlot
{
    QString memberId; ///< a UUID, never shown
    QString label;    ///< the member's initials or chosen name (no client data)
    /// Set when the team lead chose the passphrase (a new member, a reset): the member must
    /// choose their own at the first unlock.
    bool mustChangePassphrase = false;
    QByteArray salt;
    Argon2Parameters kdf;
    QByteArray nonce;  ///< XChaCha20-Poly1305's 24 bytes
    QByteArray sealed; ///< the two secrets and the 16-byte tag
};

/// What a slot protects: the vault's SQLCipher key, and the member's own secret from which
/// the key of their sealed private notes is derived (lost when the slot is reset).
struct SlotSecrets
{
    SecureBuffer vaultKey;
    SecureBuffer memberSecret;
};

/// Sealing and opening one slot (libsodium's crypto_aead_xchacha20poly1305_ietf).
class KeySlotSeal final
{
public:
    static constexpr qsizetype SecretBytes = 32;

    /// Seals `secrets` into `slot` (its member, label and flag set by the caller) with a new
    /// salt and nonce and these parameters.
    [[nodiscard]] static Result<KeySlot> seal(KeySlot slot, const SlotSecrets& secrets,
                                              const SecureBuffer& passphrase,
                                              const Argon2Parameters& parameters);
    /// WrongKey when the passphrase is not this slot's or the slot was altered.
    [[nodiscard]] static Result<SlotSecrets> open(const KeySlot& slot,
                                                  const SecureBuffer& passphrase);
};

} // namespace kotva
