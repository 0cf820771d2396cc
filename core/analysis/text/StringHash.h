#pragma once

// Internal to the analysis: a fast hash of short UTF-16 strings (words, category names)
// for the tables that are probed once per word or per match. qHash() is out of line and
// byte-oriented; this one inlines, and a tokeniser accumulates it while reading a word.

#include <QStringView>

#include <cstdint>

namespace kotva {

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
