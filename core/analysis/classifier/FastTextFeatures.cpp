#include "core/analysis/classifier/FastTextFeatures.h"

#include "core/analysis/classifier/FastTextHashing.h"
#include "core/analysis/text/NormalisedText.h"

#include <array>
#include <vector>

namespace kotva::fasttextfeatures {

namespace {

using namespace fasttexthash;

/// A character as UTF-8, appended at bytes[size]; returns the new size. Folded text has
/// no surrogates (astral characters separate words): a code unit is one character.
int appendUtf8(char16_t c, unsigned char* bytes, int size)
{
    if (c < 0x80) {
        bytes[size++] = static_cast<unsigned char>(c);
    } else if (c < 0x800) {
        bytes[size++] = static_cast<unsigned char>(0xC0 | (c >> 6));
        bytes[size++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
    } else {
        bytes[size++] = static_cast<unsigned char>(0xE0 | (c >> 12));
        bytes[size++] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    return size;
}

/// The character n-grams of every word one by one, through UTF-8 the way fastText reads
/// them: for any text and any minn..maxn.
void perWord(const NormalisedText& text, const FeatureShape& shape, FeatureBuckets& out)
{
    const std::uint32_t mask = shape.bucketMask;
    std::vector<unsigned char> bytes;
    for (qsizetype i = 0; i < text.tokenCount(); ++i) {
        const QStringView word = text.word(i);
        bytes.resize(std::size_t(word.size()) * 3 + 2);
        int size = 0;
        bytes[size++] = '<';
        for (const QChar c : word)
            size = appendUtf8(c.unicode(), bytes.data(), size);
        bytes[size++] = '>';
        forEachCharacterNgram(bytes.data(), size, shape.minn, shape.maxn,
                              [&](std::uint32_t h) { out.push(h & mask); });
    }
}

/// Tables over the 128 ASCII characters of a folded text, where the space between words
/// stands for fastText's "<" when it starts an n-gram and for ">" when it ends one.
struct AsciiTables
{
    std::array<std::uint32_t, 128> first{}; ///< FNV-1a after the first character
    std::array<unsigned char, 128> last{};  ///< the byte a last character hashes as
};

constexpr AsciiTables asciiTables()
{
    AsciiTables tables;
    for (unsigned c = 0; c < 128; ++c) {
        const auto byte = static_cast<unsigned char>(c == ' ' ? '<' : c);
        tables.first[c] = fnvStep(FnvBasis, byte);
        tables.last[c] = static_cast<unsigned char>(c == ' ' ? '>' : c);
    }
    return tables;
}
constexpr AsciiTables Ascii = asciiTables();

/// The character n-grams of length N of an ASCII folded text in one pass over it, no
/// loop per word: " w1 w2 " is read as "<w1>" and "<w2>". A window of N characters is an
/// n-gram when no space is inside it (at its ends a space is "<" or ">"); the others are
/// computed too and dropped without a branch. N >= 2 (fastText drops a lone "<" or ">").
/// The window slides in registers; an ASCII byte is its own sign extension.
template <int N>
void asciiStream(const char16_t* folded, std::size_t size, std::uint32_t mask, FeatureBuckets& out)
{
    if (size < std::size_t(N))
        return;
    std::uint32_t window[N];
#pragma GCC unroll 8
    for (int k = 0; k < N - 1; ++k)
        window[k + 1] = folded[k];
    std::uint32_t* const buckets = out.end();
    std::size_t count = 0;
    for (std::size_t i = N - 1; i < size; ++i) {
#pragma GCC unroll 8
        for (int k = 0; k < N - 1; ++k)
            window[k] = window[k + 1];
        window[N - 1] = folded[i];
        std::uint32_t h = Ascii.first[window[0]];
        bool inside = true;
#pragma GCC unroll 8
        for (int k = 1; k < N - 1; ++k) {
            h = (h ^ window[k]) * FnvPrime;
            inside &= window[k] != u' ';
        }
        h = (h ^ Ascii.last[window[N - 1]]) * FnvPrime;
        buckets[count] = h & mask;
        count += inside ? 1 : 0;
    }
    out.grow(count);
}

bool isAscii(const QString& folded)
{
    char16_t all = 0;
    for (const QChar c : folded)
        all |= c.unicode();
    return all < 0x80;
}

} // namespace

std::size_t capacity(const NormalisedText& text, const FeatureShape& shape)
{
    // Each byte of "<word>" (at most three a character) starts at most one n-gram of
    // every length; one word n-gram per word and length.
    const auto words = std::size_t(text.tokenCount()) + 1;
    const auto lengths = std::size_t(shape.maxn - shape.minn + 1);
    return (3 * std::size_t(text.folded().size()) + 2 * words) * lengths +
           words * std::size_t(shape.wordNgrams) + 1;
}

void characterNgrams(const NormalisedText& text, const FeatureShape& shape, FeatureBuckets& out)
{
    const QString& folded = text.folded();
    if (shape.minn < 2 || shape.maxn > 6 || !isAscii(folded)) {
        perWord(text, shape, out);
        return;
    }
    const auto* chars = reinterpret_cast<const char16_t*>(folded.utf16());
    const auto size = std::size_t(folded.size());
    const std::uint32_t mask = shape.bucketMask;
    for (int n = shape.minn; n <= shape.maxn; ++n) {
        switch (n) {
        case 2:
            asciiStream<2>(chars, size, mask, out);
            break;
        case 3:
            asciiStream<3>(chars, size, mask, out);
            break;
        case 4:
            asciiStream<4>(chars, size, mask, out);
            break;
        case 5:
            asciiStream<5>(chars, size, mask, out);
            break;
        default:
            asciiStream<6>(chars, size, mask, out);
            break;
        }
    }
}

std::uint32_t wordHash(QStringView word)
{
    std::uint32_t h = FnvBasis;
    for (const QChar qc : word) {
        const char16_t c = qc.unicode();
        if (c < 0x80) {
            h = fnvStep(h, static_cast<unsigned char>(c));
        } else {
            unsigned char bytes[3];
            const int size = appendUtf8(c, bytes, 0);
            for (int k = 0; k < size; ++k)
                h = fnvStep(h, bytes[k]);
        }
    }
    return h;
}

void wordNgrams(const std::uint32_t* hashes, std::size_t count, const FeatureShape& shape,
                FeatureBuckets& out)
{
    const auto n = std::size_t(shape.wordNgrams);
    for (std::size_t i = 0; i < count; ++i) {
        std::uint64_t h = widenedWordHash(hashes[i]);
        for (std::size_t j = i + 1; j < count && j < i + n; ++j) {
            h = combineWordHash(h, hashes[j]);
            out.push(std::uint32_t(h) & shape.bucketMask);
        }
    }
}

} // namespace kotva::fasttextfeatures
