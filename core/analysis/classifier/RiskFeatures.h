#pragma once

// Internal to the risk classifier: the hash buckets of a line's character n-grams and
// word n-grams, as fastText 0.9.2 computes them (FastTextHashing.h), gathered into one
// array so that RiskModel reads their rows in one tight loop.

#include <QStringView>

#include <cstdint>
#include <memory>

namespace kotva {

class NormalisedText;
class RiskModel;

class FeatureBuckets final
{
public:
    explicit FeatureBuckets(std::size_t capacity)
        : m_data(std::make_unique_for_overwrite<std::uint32_t[]>(capacity))
    {}
    void push(std::uint32_t bucket) { m_data[m_size++] = bucket; }
    /// For a writer that keeps its own count: write from end(), then grow() by the count.
    [[nodiscard]] std::uint32_t* end() { return m_data.get() + m_size; }
    void grow(std::size_t count) { m_size += count; }
    [[nodiscard]] const std::uint32_t* data() const { return m_data.get(); }
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    std::unique_ptr<std::uint32_t[]> m_data;
    std::size_t m_size = 0;
};

namespace riskfeatures {

/// The most buckets characterNgrams() and wordNgrams() can give for text.
[[nodiscard]] std::size_t capacity(const NormalisedText& text, const RiskModel& model);

/// The buckets of the character n-grams of every word ("<word>", minn..maxn characters).
void characterNgrams(const NormalisedText& text, const RiskModel& model, FeatureBuckets& out);

/// fastText's hash of a word (FNV-1a over its UTF-8 bytes).
[[nodiscard]] std::uint32_t wordHash(QStringView word);

/// The buckets of the word n-grams over hashes[0, count), the last being the end of line.
void wordNgrams(const std::uint32_t* hashes, std::size_t count, const RiskModel& model,
                FeatureBuckets& out);

} // namespace riskfeatures
} // namespace kotva
