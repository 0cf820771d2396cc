#pragma once

// All patterns of all lexicons compiled once into a single Aho–Corasick automaton over
// the folded text (NormalisedText), so matching is one pass whatever the number of
// patterns. Multi-word patterns with gaps and number placeholders are anchored on
// their most selective literal part and verified around it. Immutable after compile:
// match() is const and thread-safe, and does no I/O.

#include "core/analysis/Findings.h"
#include "core/analysis/text/Lexicon.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/common/Error.h"

#include <QList>

#include <memory>

namespace kotva {

struct LexiconMatch
{
    const LexiconEntry* entry = nullptr; ///< owned by the matcher; valid while it lives
    qsizetype pattern = 0;               ///< index into entry->patterns
    qsizetype firstToken = 0;            ///< tokens [firstToken, endToken) of the NormalisedText
    qsizetype endToken = 0;
    TextSpan span; ///< the same words in the original text (UTF-16)

    [[nodiscard]] const QString& category() const { return entry->category; }
    [[nodiscard]] const QString& id() const { return entry->id; }
};

class LexiconMatcher final
{
public:
    /// An empty matcher (matches nothing).
    LexiconMatcher();
    ~LexiconMatcher();
    LexiconMatcher(const LexiconMatcher&);
    LexiconMatcher& operator=(const LexiconMatcher&);
    LexiconMatcher(LexiconMatcher&&) noexcept;
    LexiconMatcher& operator=(LexiconMatcher&&) noexcept;

    /// Compiles every pattern of every entry. Fails (InvalidInput, naming file and line)
    /// only for ids that are duplicated across lexicons; patterns were validated by parse.
    [[nodiscard]] static Result<LexiconMatcher> compile(const QList<Lexicon>& lexicons);

    /// Every match in text, sorted by firstToken, then by longer match first. The same
    /// entry may match several times; overlapping matches of different entries are all
    /// reported (the detectors decide). Matches cancelled by an entry's "except" are not.
    [[nodiscard]] QList<LexiconMatch> match(const NormalisedText& text) const;

    /// Every loaded entry, in file order.
    [[nodiscard]] const QList<LexiconEntry>& entries() const;
    /// The entry with this id, or nullptr.
    [[nodiscard]] const LexiconEntry* entry(const QString& id) const;
    /// Number of compiled patterns (including "except" patterns).
    [[nodiscard]] qsizetype patternCount() const;
    /// Number of automaton states (for diagnostics and the benchmark).
    [[nodiscard]] qsizetype stateCount() const;

    struct Data; ///< the compiled automaton (defined in LexiconMatcher.cpp)

private:
    std::shared_ptr<const Data> m_data;
};

} // namespace kotva
