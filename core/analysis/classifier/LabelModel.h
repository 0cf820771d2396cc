#pragma once

// A trained fastText model over any number of labels (LabelModelFormat.h), as the
// boundary classifier uses it: the labels' probabilities for a folded text, exactly as
// fastText predicts them. Read once; afterwards const and thread-safe.
//
// Simpler than RiskModel, which is laid out for speed: it reads every client message,
// this only the short ones the boundary classifier is calibrated for, and a few labels
// more in float are not worth a fixed-point layout.

#include "core/analysis/classifier/FastTextFeatures.h"
#include "core/analysis/classifier/LabelModelFormat.h"
#include "core/common/Error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace kotva {

class NormalisedText;

class LabelModel final
{
public:
    LabelModel() = default;

    /// Reads a model file; InvalidInput (with what in the message) when it is not one
    /// (also for more labels than a row holds).
    [[nodiscard]] static Result<LabelModel> parse(QByteArrayView data, const QString& what);

    /// The label names, in the order of probabilities().
    [[nodiscard]] const QStringList& labels() const { return m_labels; }

    /// fastText's softmax over the labels for the text's folded words.
    [[nodiscard]] std::vector<double> probabilities(const NormalisedText& text) const;

private:
    /// A row's label scores padded to one 64-byte cache line: a feature costs one line
    /// fetched and one vector add (a model has at most RowWidth labels).
    static constexpr std::size_t RowWidth = labelmodel::MaxLabels;
    struct alignas(64) Row
    {
        float scores[RowWidth] = {};
    };
    struct Sums
    {
        float scores[RowWidth] = {};
        void add(const Row& row)
        {
            for (std::size_t l = 0; l < RowWidth; ++l)
                scores[l] += row.scores[l];
        }
    };
    /// A word of the vocabulary: its fastText hash (the search key), its text and its row.
    struct Word
    {
        std::uint32_t hash = 0;
        QString text;
        std::uint32_t row = 0;
    };

    FeatureShape m_shape;
    QStringList m_labels;
    std::vector<std::uint32_t> m_bucketRows; ///< bucket → index into m_rows (0: zeros)
    std::vector<Row> m_rows;
    /// The vocabulary (a few dozen words, minCount) sorted by hash: every word of a text is
    /// hashed for the word n-grams anyway, and integers compare faster than strings.
    std::vector<Word> m_words;
    std::uint32_t m_endOfLineRow = 0;
    std::uint32_t m_endOfLineHash = 0; ///< fastText's hash of "</s>"
};

} // namespace kotva
