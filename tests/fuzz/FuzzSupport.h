#pragma once

// What every fuzz target shares: turning the fuzzer's bytes into Qt types, and stopping
// the run when an invariant breaks (libFuzzer reports an abort as a crash with its input).

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace kotva::fuzz {

inline QByteArray bytes(const unsigned char* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// Aborts with `what` when `condition` does not hold.
inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "kotva fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace kotva::fuzz
