#pragma once

// A trained fastText model over any number of labels (LabelModelFormat.h), as the
// boundary classifier uses it: the labels' probabilities for a folded text, exactly as
// fastText predicts them. Read once; afterwards const and thread-safe.
//
// Simpler than RiskModel, which is laid out for speed: it reads every client message,
// this only the short ones the boundary classifier is calibrated for, and a few labels
// more in float are not worth a fixed-point layout.

#include "core/analysis/classifier/FastTextFeatures.h"
#include "core/common/Error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace kotva {

class NormalisedText;

class LabelModel final
{
public:
    LabelModel() = default;

    /// Reads a model file; InvalidInput (with what in the message) when it is not one.
    [[nodiscard]] static Result<LabelModel> parse(QByteArrayView data, const QString& what);

    [[nodiscard]] const FeatureShape& shape() const { return m_shape; }
    /// The label names, in the order of probabilities().
    [[nodiscard]] const QStringList& labels() const { return m_labels; }

    /// fastText's softmax over the labels for the text's folded words.
    [[nodiscard]] std::vector<double> probabilities(const NormalisedText& text) const;

private:
    /// Adds row's label scores to sums (row 0 is all zeros).
    void addRow(std::uint32_t row, std::vector<double>& sums) const;

    FeatureShape m_shape;
    QStringList m_labels;
    std::size_t m_labelCount = 0;
    std::vector<std::uint32_t> m_bucketRows; ///< bucket → index into the rows (0: zero)
    std::vector<float> m_rows;               ///< the rows, m_labelCount floats each
    /// The vocabulary's words (a few dozen, minCount) sorted, each with its row: a binary
    /// search takes the QStringView of a word where a QHash would want a QString.
    std::vector<std::pair<QString, std::uint32_t>> m_wordRows;
    std::uint32_t m_endOfLineRow = 0;
    std::uint32_t m_endOfLineHash = 0; ///< fastText's hash of "</s>"
};

} // namespace kotva
