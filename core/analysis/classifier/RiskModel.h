#pragma once

// A trained risk model in memory (the file format is RiskModelFormat.h): fastText's
// hashing parameters, its vocabulary and one row of label scores per input row. Read
// once; afterwards everything is const and thread-safe.

#include "core/analysis/classifier/RiskModelFormat.h"
#include "core/common/Error.h"

#include <QByteArrayView>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace kotva {

class RiskModel final
{
public:
    /// One input row of fastText, multiplied by the output matrix: a score per label.
    struct alignas(16) Row
    {
        float score[riskmodel::RowFloats];
    };

    RiskModel() = default;

    /// Reads a model file; InvalidInput when it is not one.
    [[nodiscard]] static Result<RiskModel> parse(QByteArrayView data);

    [[nodiscard]] int minn() const { return m_minn; }
    [[nodiscard]] int maxn() const { return m_maxn; }
    [[nodiscard]] int wordNgrams() const { return m_wordNgrams; }
    [[nodiscard]] std::uint32_t bucketMask() const { return m_bucketMask; }

    /// The row of a word of fastText's vocabulary, or -1. hash is wordHash(word)
    /// (StringHash.h): the normaliser has computed it already.
    [[nodiscard]] std::int32_t wordRow(QStringView word, std::uint32_t hash) const;
    /// The row of fastText's end-of-line token, or -1.
    [[nodiscard]] std::int32_t endOfLineRow() const { return m_endOfLineRow; }
    /// The row of hash bucket b (b <= bucketMask()).
    [[nodiscard]] const Row& bucketRow(std::uint32_t b) const { return m_rows[m_words + b]; }
    [[nodiscard]] const Row& row(std::int32_t index) const { return m_rows[std::size_t(index)]; }

private:
    struct VocabularySlot
    {
        std::uint32_t hash = 0;
        std::int32_t row = -1; ///< -1: empty slot
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };

    int m_minn = 0;
    int m_maxn = 0;
    int m_wordNgrams = 1;
    std::uint32_t m_bucketMask = 0;
    std::size_t m_words = 0;
    std::int32_t m_endOfLineRow = -1;
    /// Open addressing by wordHash(); the words' characters are in m_characters.
    std::vector<VocabularySlot> m_vocabulary;
    std::u16string m_characters;
    std::vector<Row> m_rows;
};

} // namespace kotva
