#pragma once

// Internal to the analysis: a fast hash of short UTF-16 strings (words, category names)
// for the tables that are probed once per word or per match. qHash() is out of line and
// byte-oriented; this one takes four UTF-16 units per multiplication and inlines.

#include <QStringView>

#include <cstdint>
#include <cstring>

namespace kotva {

[[nodiscard]] inline std::uint32_t hashUtf16(QStringView s) noexcept
{
    constexpr std::uint64_t K = 0x9e3779b97f4a7c15u;
    const char16_t* p = s.utf16();
    qsizetype n = s.size();
    std::uint64_t h = std::uint64_t(n) * K;
    for (; n >= 4; n -= 4, p += 4) {
        std::uint64_t chunk;
        std::memcpy(&chunk, p, sizeof chunk);
        h = (h ^ chunk) * K;
    }
    std::uint64_t tail = 0;
    for (qsizetype k = 0; k < n; ++k)
        tail |= std::uint64_t(p[k]) << (16 * k);
    h = (h ^ tail) * K;
    // Final mix: every bit of the result depends on every input bit (the low bits are
    // used for filters and table slots).
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9u;
    return std::uint32_t(h ^ (h >> 32));
}

} // namespace kotva
