#pragma once

// Internal to the classifiers: reads the little-endian fields of a model file
// (RiskModelFormat.h, LabelModelFormat.h) and remembers when the data ran out, so a parser
// checks once, after a group of fields, instead of after each.

#include <QByteArrayView>

#include <bit>
#include <cstdint>

namespace kotva {

/// Reads little-endian fields and remembers when the data ran out.
class ModelReader
{
public:
    explicit ModelReader(QByteArrayView data)
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
    float f32() { return std::bit_cast<float>(u32()); }
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

} // namespace kotva
