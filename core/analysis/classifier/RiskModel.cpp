#include "core/analysis/classifier/RiskModel.h"

#include "core/analysis/classifier/FastTextHashing.h"
#include "core/analysis/classifier/ModelReader.h"
#include "core/analysis/text/StringHash.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RiskModel)
};

std::unexpected<Error> invalid(const char* detail)
{
    return fail(ErrorCode::InvalidInput, Tr::tr("The risk classifier's model is damaged."),
                QString::fromLatin1(detail));
}

std::int32_t fixedPoint(double logOdds)
{
    return std::int32_t(std::clamp(std::round(logOdds * RiskModel::LogOddsScale), -2e9, 2e9));
}

std::uint32_t fastTextHash(QByteArrayView utf8)
{
    std::uint32_t h = fasttexthash::FnvBasis;
    for (const char c : utf8)
        h = fasttexthash::fnvStep(h, static_cast<unsigned char>(c));
    return h;
}

} // namespace

Result<RiskModel> RiskModel::parse(QByteArrayView data)
{
    ModelReader in(data);
    if (in.bytes(4) != QByteArrayView(riskmodel::Magic, 4) || in.u32() != riskmodel::Version)
        return invalid("not a Kotva risk model of this version");
    RiskModel model;
    model.m_shape.minn = int(in.u32());
    model.m_shape.maxn = int(in.u32());
    model.m_shape.wordNgrams = int(in.u32());
    const std::uint32_t bucket = in.u32();
    const std::uint32_t words = in.u32();
    const std::uint32_t endOfLine = in.u32();
    // Buckets are indexed with a mask instead of fastText's modulo: the same for a power
    // of two, and a division per character n-gram would cost more than the rest of it.
    if (!in.ok() || !std::has_single_bit(bucket) || bucket < 64 || model.m_shape.minn < 1 ||
        model.m_shape.maxn < model.m_shape.minn || model.m_shape.maxn > 16 ||
        model.m_shape.wordNgrams < 1 || endOfLine >= words)
        return invalid("unsupported parameters");
    model.m_shape.bucketMask = bucket - 1;

    std::vector<QByteArrayView> vocabulary(words);
    for (QByteArrayView& word : vocabulary) {
        word = in.bytes(in.u16());
        if (!in.ok())
            return invalid("truncated vocabulary");
    }
    in.alignTo(16);
    if (in.remaining() != qsizetype((std::size_t(words) + bucket) * riskmodel::RowFloats * 4))
        return invalid("the rows do not match the header");
    std::vector<Row> rows(std::size_t(words) + bucket);
    for (Row& row : rows) {
        const double none = in.f32();
        const double concern = in.f32();
        const double acute = in.f32();
        in.f32(); // padding
        row = Row{fixedPoint(concern - none), fixedPoint(acute - none)};
    }

    model.m_bucketRows.resize(bucket);
    model.m_rows.push_back(Row{});
    for (std::uint32_t b = 0; b < bucket; ++b) {
        const Row& row = rows[words + b];
        if (row.concern == 0 && row.acute == 0)
            continue;
        if (model.m_rows.size() > 0xffff)
            return invalid("more rows than a 16-bit index reaches");
        model.m_bucketRows[b] = std::uint16_t(model.m_rows.size());
        model.m_rows.push_back(row);
    }

    // A known word's own row (its character n-grams are read with every other word's).
    auto known = [&](std::uint32_t w) {
        return KnownWord{{rows[w].concern, rows[w].acute}, fastTextHash(vocabulary[w])};
    };
    model.m_endOfLine = known(endOfLine);
    model.m_filter.resize((std::size_t(1) << FilterBits) / 64);
    model.m_slots.resize(std::bit_ceil(std::size_t(words) * 2 + 2));
    const std::size_t slotMask = model.m_slots.size() - 1;
    for (std::uint32_t w = 0; w < words; ++w) {
        if (w == endOfLine)
            continue;
        const QString text = QString::fromUtf8(vocabulary[w]);
        const std::uint32_t hash = wordHash(text);
        std::size_t slot = hash & slotMask;
        while (model.m_slots[slot].word >= 0)
            slot = (slot + 1) & slotMask;
        model.m_slots[slot] = Slot{hash, std::int32_t(model.m_words.size())};
        const std::uint32_t bit = hash >> (32 - FilterBits);
        model.m_filter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
        model.m_words.push_back(known(w));
        model.m_wordTexts.push_back(
            WordText{std::uint32_t(model.m_characters.size()), std::uint32_t(text.size())});
        model.m_characters.append(reinterpret_cast<const char16_t*>(text.utf16()),
                                  std::size_t(text.size()));
    }
    return model;
}

const RiskModel::KnownWord* RiskModel::probe(QStringView word, std::uint32_t hash) const
{
    const std::size_t slotMask = m_slots.size() - 1;
    for (std::size_t slot = hash & slotMask;; slot = (slot + 1) & slotMask) {
        const Slot& entry = m_slots[slot];
        if (entry.word < 0)
            return nullptr;
        if (entry.hash != hash)
            continue;
        const WordText& text = m_wordTexts[std::size_t(entry.word)];
        if (text.length != std::uint32_t(word.size()))
            continue;
        // Every character compared, no early exit: the words are short, and the compiler
        // turns a loop that stops at the first difference into a call to memcmp.
        const char16_t* known = m_characters.data() + text.offset;
        const char16_t* probe = word.utf16();
        char16_t difference = 0;
        for (std::uint32_t k = 0; k < text.length; ++k)
            difference |= known[k] ^ probe[k];
        if (difference == 0)
            return &m_words[std::size_t(entry.word)];
    }
}

} // namespace kotva
