#pragma once

#include <sodium.h>

namespace kotva::sodium {

/// libsodium initialised (once, thread-safe); false only when it cannot be.
inline bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace kotva::sodium
