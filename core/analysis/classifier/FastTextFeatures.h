#pragma once

// Internal to the classifiers: the hash buckets of a line's character n-grams and word
// n-grams, as fastText 0.9.2 computes them (FastTextHashing.h), gathered into one array so
// that a model reads their rows in one tight loop. They depend only on the model's n-gram
// lengths and bucket count (FeatureShape), not on its vocabulary.

#include <QStringView>

#include <cstdint>
#include <memory>

namespace kotva {

class NormalisedText;

/// What a fastText model's features are made of.
struct FeatureShape
{
    int minn = 0;                 ///< shortest character n-gram (0: none)
    int maxn = 0;                 ///< longest character n-gram
    int wordNgrams = 1;           ///< longest word n-gram
    std::uint32_t bucketMask = 0; ///< bucket count - 1 (a power of two)
};

/// An array of count numbers that lives on the stack when it is small, as it is for the
/// short messages the classifier reads (a heap allocation would cost as much as reading
/// one of them).
class ScratchArray final
{
public:
    explicit ScratchArray(std::size_t count)
        : m_heap(count > InlineCount ? std::make_unique_for_overwrite<std::uint32_t[]>(count)
                                     : nullptr)
        , m_data(m_heap ? m_heap.get() : m_inline)
    {}
    ScratchArray(const ScratchArray&) = delete;
    ScratchArray& operator=(const ScratchArray&) = delete;

    [[nodiscard]] std::uint32_t* data() { return m_data; }
    [[nodiscard]] const std::uint32_t* data() const { return m_data; }
    std::uint32_t& operator[](std::size_t i) { return m_data[i]; }

private:
    static constexpr std::size_t InlineCount = 2048;
    std::unique_ptr<std::uint32_t[]> m_heap;
    std::uint32_t* m_data;
    std::uint32_t m_inline[InlineCount];
};

/// The bucket numbers of a line's features, in the order they are found.
class FeatureBuckets final
{
public:
    explicit FeatureBuckets(std::size_t capacity)
        : m_data(capacity)
    {}
    void push(std::uint32_t bucket) { m_data[m_size++] = bucket; }
    /// For a writer that keeps its own count: write from end(), then grow() by the count.
    [[nodiscard]] std::uint32_t* end() { return m_data.data() + m_size; }
    void grow(std::size_t count) { m_size += count; }
    [[nodiscard]] const std::uint32_t* data() const { return m_data.data(); }
    [[nodiscard]] std::size_t size() const { return m_size; }

private:
    ScratchArray m_data;
    std::size_t m_size = 0;
};

namespace fasttextfeatures {

/// The most buckets characterNgrams() and wordNgrams() can give for text.
[[nodiscard]] std::size_t capacity(const NormalisedText& text, const FeatureShape& shape);

/// The buckets of the character n-grams of every word ("<word>", minn..maxn characters).
void characterNgrams(const NormalisedText& text, const FeatureShape& shape, FeatureBuckets& out);

/// fastText's hash of a word (FNV-1a over its UTF-8 bytes).
[[nodiscard]] std::uint32_t wordHash(QStringView word);

/// The buckets of the word n-grams over hashes[0, count), the last being the end of line.
void wordNgrams(const std::uint32_t* hashes, std::size_t count, const FeatureShape& shape,
                FeatureBuckets& out);

} // namespace fasttextfeatures
} // namespace kotva
