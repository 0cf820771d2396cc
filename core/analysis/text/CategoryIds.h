#pragma once

// Internal to the analysis: one small number per lexicon category name, the same in the
// whole process. LexiconMatcher::compile stores it in every entry and the detectors'
// category tables map it to their own index with one array load, where a hash probe and
// a string comparison per match and per detector used to be.

#include <QStringView>

namespace kotva {

/// The number of category; the same string always gets the same number, a new string
/// the next free one. Thread-safe; meant for compile time, not for every match.
[[nodiscard]] int internCategory(QStringView category);

} // namespace kotva
