#pragma once

// Internal to the risk classifier: the features fastText 0.9.2 gives a line, computed
// the way its Dictionary does (dictionary.cc), so a model it trained reads them the same:
//   - FNV-1a over the UTF-8 bytes, each byte sign-extended first (fastText's historic
//     int8_t cast, kept for model compatibility);
//   - a word's character n-grams are those of "<word>" with minn..maxn characters, where
//     a character is a UTF-8 sequence; a lone "<" or ">" is no n-gram;
//   - word n-grams combine the words' hashes, sign-extended to 64 bits,
//     h = h * 116049371 + next.

#include <cstdint>

namespace kotva::fasttexthash {

inline constexpr std::uint32_t FnvBasis = 2166136261u;
inline constexpr std::uint32_t FnvPrime = 16777619u;

[[nodiscard]] constexpr std::uint32_t fnvStep(std::uint32_t h, unsigned char byte) noexcept
{
    return (h ^ std::uint32_t(std::int32_t(std::int8_t(byte)))) * FnvPrime;
}

[[nodiscard]] constexpr bool isContinuation(unsigned char byte) noexcept
{
    return (byte & 0xC0) == 0x80;
}

/// Calls add(hash) for every character n-gram of bytes[0, size), which is "<word>".
template <typename Add>
inline void forEachCharacterNgram(const unsigned char* bytes, int size, int minn, int maxn,
                                  Add&& add)
{
    for (int i = 0; i < size; ++i) {
        if (isContinuation(bytes[i]))
            continue;
        std::uint32_t h = FnvBasis;
        for (int j = i, n = 1; j < size && n <= maxn; ++n) {
            h = fnvStep(h, bytes[j++]);
            while (j < size && isContinuation(bytes[j]))
                h = fnvStep(h, bytes[j++]);
            if (n >= minn && !(n == 1 && (i == 0 || j == size)))
                add(h);
        }
    }
}

/// The hash fastText combines into word n-grams: its 32-bit word hash as the int32_t it
/// stores, widened with sign.
[[nodiscard]] constexpr std::uint64_t widenedWordHash(std::uint32_t h) noexcept
{
    return std::uint64_t(std::int64_t(std::int32_t(h)));
}

[[nodiscard]] constexpr std::uint64_t combineWordHash(std::uint64_t h, std::uint32_t next) noexcept
{
    return h * 116049371u + widenedWordHash(next);
}

} // namespace kotva::fasttexthash
