#pragma once

#include <QByteArray>

namespace kotva::test {

/// How many times `needle` occurs in this process's readable memory (read through
/// /proc/self/mem, so unmapped gaps are skipped without a fault), not counting the bytes of
/// `needle` itself. For tests that a text is gone from memory.
int occurrencesInOwnMemory(const QByteArray& needle);

} // namespace kotva::test
