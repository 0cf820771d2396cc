#pragma once

// Internal to the engine: a lexicon pattern parsed into the elements the matcher
// compiles (see resources/lexicons/README.md for the syntax).

#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace kotva {

struct PatternWord
{
    QString text;        ///< folded
    bool prefix = false; ///< "stem*": any word starting with text
};

struct PatternElement
{
    enum class Kind { Words, Gap, Number };
    Kind kind = Kind::Words;
    QList<PatternWord> words; ///< Words: consecutive words; only the last may be a prefix
    int maxGap = 0;           ///< Gap: 0..maxGap arbitrary words

    /// Number of characters a Words element must see: how selective it is as an anchor.
    [[nodiscard]] qsizetype literalLength() const;
};

struct ParsedPattern
{
    QList<PatternElement> elements;
};

/// Parses one pattern. The error (a translated sentence without file and line, which
/// the caller adds) says what is wrong with the pattern.
[[nodiscard]] Result<ParsedPattern> parsePattern(const QString& pattern);

} // namespace kotva
