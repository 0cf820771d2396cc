#pragma once

// Internal to the rules: the lexicon matches one detector reads, grouped by sentence.
// Sentences end at . ! ? ; … or a line break in the original text; a sentence that
// ends with "?" is a question. Every helper is linear in the text or in the hits.

#include "core/analysis/Findings.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace kotva::rules {

/// Sentence boundaries of one normalised text, by token.
class SentenceMap final
{
public:
    explicit SentenceMap(const NormalisedText& text);

    [[nodiscard]] qsizetype sentenceOf(qsizetype token) const
    {
        return m_sentenceOfToken[std::size_t(token)];
    }
    [[nodiscard]] qsizetype count() const { return m_questions.size(); }
    [[nodiscard]] bool isQuestion(qsizetype sentence) const { return m_questions.at(sentence); }

    /// A message whose every sentence has at most this many words is read as one sentence.
    static constexpr std::size_t FragmentWords = 4;

private:
    void joinFragments(std::size_t tokenCount);

    std::vector<qsizetype> m_sentenceOfToken; ///< one per token: a vector appends cheaply
    QList<bool> m_questions;
};

/// One match of a lexicon entry whose category starts with the detector's prefix.
struct RuleHit
{
    int category = -1; ///< index into the detector's category table
    /// What a detector reads of the entry for each of its rules, read once per hit by the
    /// detector instead (in the padding after category: the record stays 64 bytes).
    /// BoundaryChecker: the entry's "rule" (a BoundaryRule, -1 for none), whether its
    /// "author" allows the writer, and the rules a request pairs with (bit per rule).
    qint8 rule = -1;
    bool forWriter = true;
    quint16 ruleBits = 0;
    const LexiconEntry* entry = nullptr;
    qsizetype first = 0; ///< tokens [first, end)
    qsizetype end = 0;
    qsizetype sentence = 0;
    TextSpan span;
    bool dropped = false; ///< suppressed by an idiom, negation, media or referral context

    /// The entry's "kind" (or another string field), e.g. "pills".
    [[nodiscard]] const QString& field(QLatin1String key) const;
    [[nodiscard]] bool kindIs(QLatin1String kind) const
    {
        // Inline, lengths first: the detectors ask this several times per hit, nearly
        // always of a kind of another length, where the out-of-line comparison was a call.
        const QString& own = entry->kind;
        return own.size() == kind.size() && own == kind;
    }
    [[nodiscard]] bool overlaps(const RuleHit& other) const
    {
        return first < other.end && other.first < end;
    }
};

/// The categories one detector reads: prefix + each of names ("crisis." + "means"),
/// numbered by their index in names. Built once per detector (a static): every match
/// of every text is looked up here, by the entry's categoryId (see CategoryIds.h), so a
/// lookup is one bounds check and one load.
class CategoryTable final
{
public:
    CategoryTable(QLatin1String prefix, const QList<QLatin1String>& names);
    /// The index of the entry's category, or -1 when the detector does not read it.
    [[nodiscard]] int indexOf(const LexiconEntry& entry) const
    {
        // A category first seen after this table was built is none of its own (those
        // were all numbered here): it lies past the end.
        const auto id = std::size_t(entry.categoryId);
        return id < m_indexById.size() ? m_indexById[id] : -1;
    }

private:
    std::vector<int> m_indexById; ///< by internCategory() number; -1 for other categories
};

/// The matches whose category is in the table, in token order, with the category's
/// index as RuleHit::category.
[[nodiscard]] QList<RuleHit> collectHits(const QList<LexiconMatch>& matches,
                                         const SentenceMap& sentences,
                                         const CategoryTable& categories);

/// [begin, end) ranges of hits per sentence (hits sorted by token, so sentences are contiguous).
struct SentenceRange
{
    qsizetype sentence = 0;
    qsizetype begin = 0;
    qsizetype end = 0;
};
[[nodiscard]] QList<SentenceRange> sentenceRanges(const QList<RuleHit>& hits);

/// The smallest span covering both.
[[nodiscard]] TextSpan unite(TextSpan a, TextSpan b);

} // namespace kotva::rules
