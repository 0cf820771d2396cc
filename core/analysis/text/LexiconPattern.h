#pragma once

// Internal to the engine: a lexicon pattern parsed into the elements the matcher
// compiles (see resources/lexicons/README.md for the syntax).

#include "core/analysis/text/LemmaForms.h"
#include "core/common/Error.h"

#include <QList>
#include <QString>

namespace kotva {

struct PatternWord
{
    QString text;        ///< folded (for "~lemma" the folded lemma, for messages only)
    bool prefix = false; ///< "stem*": any word starting with text
    /// "~lemma" (or a literal with a spoken form, "jsem"/"sem"): the word is any of these
    /// folded forms (sorted, distinct, never empty); empty for other literals and stems.
    QStringList forms;
    /// "~lemma": the lemma as written after "~" (the key in LemmaForms); empty for a
    /// literal with a spoken form.
    QString lemma;

    [[nodiscard]] bool isLemma() const { return !forms.isEmpty(); }
};

struct PatternElement
{
    enum class Kind { Words, Gap, Number };
    Kind kind = Kind::Words;
    /// Words: consecutive words; only the last may be a prefix, and a "~lemma" word is
    /// an element of its own (so an element stands for one keyword per form at most).
    QList<PatternWord> words;
    int maxGap = 0; ///< Gap: 0..maxGap arbitrary words

    /// Number of characters a Words element must see: how selective it is as an anchor
    /// (for a lemma, its shortest form).
    [[nodiscard]] qsizetype literalLength() const;
};

struct ParsedPattern
{
    QList<PatternElement> elements;
};

/// At most this many word sequences may one pattern stand for (the product of the
/// numbers of forms of its "~lemma" words): a larger one is almost surely a mistake
/// ("~chtít ~vzít ~spolknout") and too broad to mean one thing.
inline constexpr qsizetype MaxPatternExpansion = 5000;

/// Parses one pattern; its "~lemma" words take their forms from lemmas. The error (a
/// translated sentence without file and line, which the caller adds) says what is wrong
/// with the pattern; ErrorCode::NotFound when a lemma is missing from lemmas (the caller
/// says how to generate the forms).
[[nodiscard]] Result<ParsedPattern> parsePattern(const QString& pattern, const LemmaForms& lemmas);

} // namespace kotva
