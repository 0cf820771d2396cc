#pragma once

// A trained risk model in memory, laid out for speed (the file format is
// RiskModelFormat.h). Read once; afterwards everything is const and thread-safe.
//
// What the file's rows become:
//   - a row's three label scores become two log-odds against "none" (softmax does not
//     change when the same number is taken from every score), in fixed point: sums of
//     integers do not depend on their order and add in one cycle;
//   - most hash buckets' rows are all zero (fastText 0.9.2 initialises only the first
//     tenth of its input matrix when it trains on one thread, and training leaves the
//     buckets no training n-gram falls into alone): a bucket is a 16-bit index into the
//     rows that are not, after one zero row — half the memory of a full table of rows, and
//     no branch (a model with more than 65,535 such rows is refused);
//   - a word of fastText's vocabulary is found by the hash the normaliser has computed
//     already, and carries its fastText hash for the word n-grams.

#include "core/analysis/classifier/FastTextFeatures.h"
#include "core/analysis/classifier/RiskModelFormat.h"
#include "core/common/Error.h"

#include <QByteArrayView>
#include <QStringView>

#include <cstdint>
#include <string>
#include <vector>

namespace kotva {

class RiskModel final
{
public:
    /// Fixed-point log-odds of concern and of acute against none (LogOddsScale per 1.0).
    struct LogOdds
    {
        std::int64_t concern = 0;
        std::int64_t acute = 0;
    };
    static constexpr double LogOddsScale = 65536.0;

    /// A word of fastText's vocabulary: its row, and its hash for the word n-grams.
    struct KnownWord
    {
        LogOdds row;
        std::uint32_t fastTextHash = 0;
    };

    RiskModel() = default;

    /// Reads a model file; InvalidInput when it is not one.
    [[nodiscard]] static Result<RiskModel> parse(QByteArrayView data);

    [[nodiscard]] const FeatureShape& shape() const { return m_shape; }

    /// The word of fastText's vocabulary, or nullptr. hash is wordHash(word) (StringHash.h),
    /// which the normaliser has computed already.
    [[nodiscard]] const KnownWord* knownWord(QStringView word, std::uint32_t hash) const
    {
        // Most words of a text are not among the few dozen of the vocabulary: a bit per
        // hash value (4 KB, in the first-level cache) turns them away before the probe.
        const std::uint32_t bit = hash >> (32 - FilterBits);
        if (!(m_filter[bit >> 6] & (std::uint64_t(1) << (bit & 63))))
            return nullptr;
        return probe(word, hash);
    }
    /// fastText's end-of-line token: every line it reads ends with one.
    [[nodiscard]] const KnownWord& endOfLine() const { return m_endOfLine; }

    /// Adds bucket b's row (b <= shape().bucketMask) to sum.
    void addBucket(std::uint32_t b, LogOdds& sum) const
    {
        const Row& row = m_rows[m_bucketRows[b]];
        sum.concern += row.concern;
        sum.acute += row.acute;
    }
    /// Adds the rows of count buckets. A loop that only reads rows keeps many loads in
    /// flight; one that also hashes waits on each.
    void addBuckets(const std::uint32_t* buckets, std::size_t count, LogOdds& sum) const
    {
        for (std::size_t i = 0; i < count; ++i)
            addBucket(buckets[i], sum);
    }

private:
    struct Row
    {
        std::int32_t concern = 0;
        std::int32_t acute = 0;
    };
    static constexpr int FilterBits = 15;

    [[nodiscard]] const KnownWord* probe(QStringView word, std::uint32_t hash) const;

    struct Slot
    {
        std::uint32_t hash = 0;
        std::int32_t word = -1; ///< index into m_words; -1: empty
    };
    struct WordText
    {
        std::uint32_t offset = 0; ///< into m_characters
        std::uint32_t length = 0;
    };

    FeatureShape m_shape;
    std::vector<std::uint16_t> m_bucketRows; ///< bucket → index into m_rows
    std::vector<Row> m_rows;                 ///< m_rows[0] is the zero row
    KnownWord m_endOfLine;
    std::vector<std::uint64_t> m_filter; ///< bit (hash >> (32 - FilterBits)): maybe known
    /// Open addressing by wordHash(); the words' characters are in m_characters.
    std::vector<Slot> m_slots;
    std::vector<KnownWord> m_words;
    std::vector<WordText> m_wordTexts;
    std::u16string m_characters;
};

} // namespace kotva
