#include "core/analysis/classifier/LabelModel.h"

#include "core/analysis/classifier/ModelReader.h"
#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::LabelModel)
};

std::unexpected<Error> invalid(const QString& what, const char* detail)
{
    return fail(ErrorCode::InvalidInput, Tr::tr("The model %1 is damaged.").arg(what),
                QString::fromLatin1(detail));
}

} // namespace

Result<LabelModel> LabelModel::parse(QByteArrayView data, const QString& what)
{
    ModelReader in(data);
    if (in.bytes(4) != QByteArrayView(labelmodel::Magic, 4) || in.u32() != labelmodel::Version)
        return invalid(what, "not a Kotva label model of this version");
    LabelModel model;
    FeatureShape& shape = model.m_shape;
    shape.minn = int(in.u32());
    shape.maxn = int(in.u32());
    shape.wordNgrams = int(in.u32());
    const std::uint32_t bucket = in.u32();
    const std::uint32_t words = in.u32();
    const std::uint32_t endOfLine = in.u32();
    const std::uint32_t labels = in.u32();
    // A mask instead of fastText's modulo: the same for a power of two (FastTextFeatures).
    if (!in.ok() || !std::has_single_bit(bucket) || bucket < 64 || shape.minn < 1 ||
        shape.maxn < shape.minn || shape.maxn > 16 || shape.wordNgrams < 1 || endOfLine >= words ||
        labels < 2 || labels > labelmodel::MaxLabels)
        return invalid(what, "unsupported parameters");
    shape.bucketMask = bucket - 1;

    for (std::uint32_t i = 0; i < labels; ++i)
        model.m_labels.append(QString::fromUtf8(in.bytes(in.u16())));
    std::vector<QString> vocabulary(words);
    for (QString& word : vocabulary)
        word = QString::fromUtf8(in.bytes(in.u16()));
    const std::uint32_t rowCount = in.u32();
    if (!in.ok() || in.remaining() != qsizetype(rowCount) * qsizetype(4 + 4 * labels))
        return invalid(what, "the rows do not match the header");

    // Row 0 stays the zero row every untrained bucket and word points at.
    std::vector<std::uint32_t> rowOf(std::size_t(words) + bucket, 0);
    model.m_rows.emplace_back();
    for (std::uint32_t r = 0; r < rowCount; ++r) {
        const std::uint32_t index = in.u32();
        if (index >= rowOf.size() || rowOf[index] != 0)
            return invalid(what, "a row out of range or given twice");
        rowOf[index] = std::uint32_t(model.m_rows.size());
        Row& row = model.m_rows.emplace_back();
        for (std::uint32_t l = 0; l < labels; ++l)
            row.scores[l] = in.f32();
    }
    model.m_bucketRows.assign(rowOf.begin() + words, rowOf.end());
    for (std::uint32_t w = 0; w < words; ++w) {
        const std::uint32_t hash = fasttextfeatures::wordHash(vocabulary[w]);
        if (w == endOfLine) {
            model.m_endOfLineRow = rowOf[w];
            model.m_endOfLineHash = hash;
        } else {
            model.m_words.push_back(Word{hash, vocabulary[w], rowOf[w]});
        }
    }
    std::ranges::sort(model.m_words, {}, &Word::hash);
    return model;
}

std::vector<double> LabelModel::probabilities(const NormalisedText& text) const
{
    // fastText's line: every word (a vocabulary word's own row, and its hash for the word
    // n-grams), the end-of-line token, every word's character n-grams.
    Sums sums;
    sums.add(m_rows[m_endOfLineRow]);
    std::size_t features = 1;
    const qsizetype words = text.tokenCount();
    ScratchArray hashes(std::size_t(words) + 1);
    for (qsizetype i = 0; i < words; ++i) {
        const QStringView word = text.word(i);
        const std::uint32_t hash = fasttextfeatures::wordHash(word);
        hashes[std::size_t(i)] = hash;
        for (auto known = std::ranges::lower_bound(m_words, hash, {}, &Word::hash);
             known != m_words.end() && known->hash == hash; ++known) {
            if (known->text == word) {
                sums.add(m_rows[known->row]);
                ++features;
                break;
            }
        }
    }
    hashes[std::size_t(words)] = m_endOfLineHash;

    FeatureBuckets buckets(fasttextfeatures::capacity(text, m_shape));
    fasttextfeatures::characterNgrams(text, m_shape, buckets);
    fasttextfeatures::wordNgrams(hashes.data(), std::size_t(words) + 1, m_shape, buckets);
    for (std::size_t i = 0; i < buckets.size(); ++i)
        sums.add(m_rows[m_bucketRows[buckets.data()[i]]]);
    features += buckets.size();

    // fastText's softmax of the mean scores.
    std::vector<double> p(std::size_t(m_labels.size()));
    for (std::size_t l = 0; l < p.size(); ++l)
        p[l] = double(sums.scores[l]) / double(features);
    const double highest = *std::ranges::max_element(p);
    double total = 0;
    for (double& score : p) {
        score = std::exp(score - highest);
        total += score;
    }
    for (double& score : p)
        score /= total;
    return p;
}

} // namespace kotva
