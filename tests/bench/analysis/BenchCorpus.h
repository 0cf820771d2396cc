#pragma once

#include <QStringList>

namespace kotva::bench {

/// Realistic Czech text for the benchmark: the sentences of the seed documents and the
/// messages of the evaluation sets (../shared), shuffled with a fixed seed and joined
/// into messages of about messageBytes UTF-8 bytes, until totalBytes are reached.
[[nodiscard]] QStringList buildCorpus(qsizetype totalBytes, qsizetype messageBytes);

/// The sentences of the seed documents and the messages of the evaluation sets, in a
/// fixed order: what buildCorpus() draws from.
[[nodiscard]] QStringList sentencePool();

/// UTF-8 size of all messages.
[[nodiscard]] qsizetype utf8Bytes(const QStringList& messages);

} // namespace kotva::bench
