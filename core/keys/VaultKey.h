#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

namespace kotva {

/// The secret that opens a vault: either a random 256-bit raw key (kept in the OS
/// keychain) or a passphrase that SQLCipher's KDF turns into the key.
class VaultKey final
{
public:
    enum class Kind { Raw, Passphrase };

    /// A fresh random 256-bit key from the system CSPRNG.
    static VaultKey generateRaw();
    /// A raw key given as exactly 64 hexadecimal digits (as stored in the keychain).
    static Result<VaultKey> fromRawHex(SecureBuffer hexDigits);
    /// A raw key from its 32 bytes, as a team vault's key slot keeps it.
    static Result<VaultKey> fromRawBytes(const SecureBuffer& bytes);
    /// A passphrase as UTF-8 bytes; must not be empty and must be valid UTF-8.
    static Result<VaultKey> fromPassphrase(SecureBuffer utf8);

    VaultKey(VaultKey&&) noexcept = default;
    VaultKey& operator=(VaultKey&&) noexcept = default;

    [[nodiscard]] Kind kind() const { return m_kind; }
    /// Raw: the 64 lowercase hex digits. Passphrase: the UTF-8 bytes.
    [[nodiscard]] const SecureBuffer& secret() const { return m_secret; }
    /// What SQLCipher's sqlite3_key_v2() receives: x'…' for a raw key, the bytes for a passphrase.
    [[nodiscard]] SecureBuffer sqlcipherKeyMaterial() const;
    [[nodiscard]] VaultKey clone() const;
    /// Raw: the 32 bytes the 64 digits spell (for a key slot). Passphrase: empty.
    [[nodiscard]] SecureBuffer rawBytes() const;

private:
    VaultKey(Kind kind, SecureBuffer secret);

    Kind m_kind = Kind::Raw;
    SecureBuffer m_secret;
};

} // namespace kotva
