#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>

#include <chrono>

namespace kotva {

/// How hard Argon2id works to turn a passphrase into a key. Stored with every key slot, so
/// a slot made on a faster or slower PC still opens, and a slot can be made harder later.
struct Argon2Parameters
{
    quint64 opsLimit = 0;      ///< passes over the memory
    quint64 memLimitBytes = 0; ///< memory in bytes

    friend bool operator==(const Argon2Parameters&, const Argon2Parameters&) = default;
};

/// Argon2id (libsodium's crypto_pwhash, ALG_ARGON2ID13): a passphrase and a salt make the
/// 32-byte key that wraps a member's key slot.
class PassphraseKdf final
{
public:
    static constexpr qsizetype SaltBytes = 16;
    static constexpr qsizetype KeyBytes = 32;

    /// libsodium's "interactive" floor: nothing weaker is ever accepted from a file.
    [[nodiscard]] static Argon2Parameters minimum();
    /// The strongest parameters this PC derives within about `target` (issue 15: half a
    /// second): three passes, the memory doubled from 64 MiB until a derivation takes at
    /// least half of `target`, at most 1 GiB. Measured with a throwaway passphrase.
    [[nodiscard]] static Argon2Parameters calibrate(std::chrono::milliseconds target);
    /// Whether a file's parameters are within what Kotva makes and accepts: below the floor
    /// is refused (a weakened slot), far above it (a file meant to exhaust memory) too.
    [[nodiscard]] static bool acceptable(const Argon2Parameters& parameters);

    /// A fresh random salt.
    [[nodiscard]] static QByteArray newSalt();
    /// The wrapping key. Fails only when the memory cannot be had.
    [[nodiscard]] static Result<SecureBuffer> derive(const SecureBuffer& passphrase,
                                                     const QByteArray& salt,
                                                     const Argon2Parameters& parameters);
};

} // namespace kotva
