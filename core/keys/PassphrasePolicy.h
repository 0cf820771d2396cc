#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

namespace kotva {

/// The minimal rule for a new passphrase: not empty, valid UTF-8 and at least
/// MinLength characters (Unicode code points, so "žluťoučký" counts as 9). Only enforced
/// when a passphrase is set; unlocking accepts whatever opens the vault.
class PassphrasePolicy final
{
public:
    static constexpr int MinLength = 8;

    /// InvalidArgument with a translated message saying what is missing.
    [[nodiscard]] static Status check(const SecureBuffer& utf8);
};

} // namespace kotva
