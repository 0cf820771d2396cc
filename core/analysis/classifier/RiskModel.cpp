#include "core/analysis/classifier/RiskModel.h"

#include "core/analysis/text/StringHash.h"

#include <QCoreApplication>
#include <QString>

#include <bit>
#include <cstring>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RiskModel)
};

/// Reads little-endian fields and remembers when the data ran out.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}
    std::uint32_t u32()
    {
        const auto* p = take(4);
        return p ? std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
                       std::uint32_t(p[3]) << 24
                 : 0;
    }
    std::uint16_t u16()
    {
        const auto* p = take(2);
        return p ? std::uint16_t(p[0] | p[1] << 8) : 0;
    }
    QByteArrayView bytes(qsizetype n)
    {
        const auto* p = take(n);
        return p ? QByteArrayView(p, n) : QByteArrayView();
    }
    void alignTo(qsizetype alignment) { take((alignment - m_pos % alignment) % alignment); }
    [[nodiscard]] qsizetype remaining() const { return m_data.size() - m_pos; }
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    const unsigned char* take(qsizetype n)
    {
        if (!m_ok || n < 0 || n > remaining()) {
            m_ok = false;
            return nullptr;
        }
        const auto* p = reinterpret_cast<const unsigned char*>(m_data.data()) + m_pos;
        m_pos += n;
        return p;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

std::unexpected<Error> invalid(const char* detail)
{
    return fail(ErrorCode::InvalidInput, Tr::tr("The risk classifier's model is damaged."),
                QString::fromLatin1(detail));
}

} // namespace

Result<RiskModel> RiskModel::parse(QByteArrayView data)
{
    Reader in(data);
    if (in.bytes(4) != QByteArrayView(riskmodel::Magic, 4) || in.u32() != riskmodel::Version)
        return invalid("not a Kotva risk model of this version");
    RiskModel model;
    model.m_minn = int(in.u32());
    model.m_maxn = int(in.u32());
    model.m_wordNgrams = int(in.u32());
    const std::uint32_t bucket = in.u32();
    const std::uint32_t words = in.u32();
    const std::uint32_t endOfLine = in.u32();
    // Buckets are indexed with a mask instead of fastText's modulo: the same for a power
    // of two, and a division per character n-gram would cost more than the rest of it.
    if (!in.ok() || !std::has_single_bit(bucket) || model.m_minn < 1 ||
        model.m_maxn < model.m_minn || model.m_maxn > 16 || model.m_wordNgrams < 1)
        return invalid("unsupported parameters");
    model.m_bucketMask = bucket - 1;
    model.m_words = words;
    model.m_endOfLineRow = endOfLine < words ? std::int32_t(endOfLine) : -1;

    model.m_vocabulary.resize(std::bit_ceil(std::size_t(words) * 2 + 2));
    const std::size_t slotMask = model.m_vocabulary.size() - 1;
    for (std::uint32_t w = 0; w < words; ++w) {
        const QByteArrayView utf8 = in.bytes(in.u16());
        if (!in.ok())
            return invalid("truncated vocabulary");
        const QString word = QString::fromUtf8(utf8);
        const std::uint32_t hash = wordHash(word);
        std::size_t slot = hash & slotMask;
        while (model.m_vocabulary[slot].row >= 0)
            slot = (slot + 1) & slotMask;
        model.m_vocabulary[slot] =
            VocabularySlot{hash, std::int32_t(w), std::uint32_t(model.m_characters.size()),
                           std::uint32_t(word.size())};
        model.m_characters.append(reinterpret_cast<const char16_t*>(word.utf16()),
                                  std::size_t(word.size()));
    }
    in.alignTo(16);
    const std::size_t rows = std::size_t(words) + bucket;
    const QByteArrayView floats = in.bytes(qsizetype(rows * sizeof(Row)));
    if (!in.ok() || in.remaining() != 0)
        return invalid("the rows do not match the header");
    model.m_rows.resize(rows);
    std::memcpy(model.m_rows.data(), floats.data(), rows * sizeof(Row));
    if constexpr (std::endian::native != std::endian::little) {
        for (Row& row : model.m_rows)
            for (float& score : row.score)
                score = std::bit_cast<float>(std::byteswap(std::bit_cast<std::uint32_t>(score)));
    }
    return model;
}

std::int32_t RiskModel::wordRow(QStringView word, std::uint32_t hash) const
{
    const std::size_t slotMask = m_vocabulary.size() - 1;
    for (std::size_t slot = hash & slotMask;; slot = (slot + 1) & slotMask) {
        const VocabularySlot& entry = m_vocabulary[slot];
        if (entry.row < 0)
            return -1;
        if (entry.hash == hash && entry.length == std::uint32_t(word.size()) &&
            std::memcmp(m_characters.data() + entry.offset, word.utf16(),
                        entry.length * sizeof(char16_t)) == 0)
            return entry.row;
    }
}

} // namespace kotva
