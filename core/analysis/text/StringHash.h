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

/// A hash of a word that a tokeniser accumulates while it reads the word, one character
/// at a time, so a table of words (NameLexicon) can be probed for every word of a text
/// without reading the word again:
///
///     std::uint32_t h = WordHashSeed;
///     for (char16_t c : word) h = wordHashStep(h, c);
///     return wordHashFinish(h);             // == wordHash(word)
///
/// The step is short (two cycles a character in a tokeniser's loop); the final mix, done
/// only for the words that are looked up, makes every bit depend on every character.
inline constexpr std::uint32_t WordHashSeed = 0x4f6cdd1du;

[[nodiscard]] constexpr std::uint32_t wordHashStep(std::uint32_t h, char16_t c) noexcept
{
    return h * 33 + c;
}

[[nodiscard]] constexpr std::uint32_t wordHashFinish(std::uint32_t h) noexcept
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

[[nodiscard]] inline std::uint32_t wordHash(QStringView word) noexcept
{
    std::uint32_t h = WordHashSeed;
    for (const QChar c : word)
        h = wordHashStep(h, c.unicode());
    return wordHashFinish(h);
}

} // namespace kotva
