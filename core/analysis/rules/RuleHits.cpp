#include "core/analysis/rules/RuleHits.h"

#include "core/analysis/text/CategoryIds.h"

#include <algorithm>
#include <vector>

namespace kotva::rules {

SentenceMap::SentenceMap(const NormalisedText& text)
{
    // NormalisedText noted, while reading the separators, where a sentence ends.
    // Both lists written in place through pointers and cut at the end: push_back() and
    // QList's append stored the list's end (and checked for a detach) for every token.
    const std::vector<Token>& tokens = text.tokens();
    m_sentenceOfToken.resize(tokens.size());
    qsizetype* const sentenceOf = m_sentenceOfToken.data();
    m_questions.resize(text.tokenCount() + 1); // at most a sentence per token, and the last
    bool* const questions = m_questions.data();
    qsizetype sentence = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const quint8 traits = tokens[i].traits;
        if (i > 0 && (traits & Token::SentenceEndBefore))
            questions[sentence++] = traits & Token::QuestionBefore;
        sentenceOf[i] = sentence;
    }
    // The last sentence: a question when a "?" follows its last word.
    questions[sentence] = text.trailingTraits() & Token::QuestionBefore;
    m_questions.resize(sentence + 1); // shrinking keeps the storage
    joinFragments(tokens.size());
}

void SentenceMap::joinFragments(std::size_t tokenCount)
{
    // A message typed in fragments is one thought: "plyn. okna zavřený. dobrou", "další panák.
    // a další dva prášky." A full sentence beside them keeps its own ("Nechci. Žít tady je
    // fajn, jen ne s nimi.").
    const auto sentences = std::size_t(m_questions.size());
    if (sentences < 2)
        return;
    std::size_t start = 0;
    for (std::size_t i = 1; i <= tokenCount; ++i)
        if (i == tokenCount || m_sentenceOfToken[i] != m_sentenceOfToken[i - 1]) {
            if (i - start > FragmentWords)
                return;
            start = i;
        }
    std::fill(m_sentenceOfToken.begin(), m_sentenceOfToken.end(), 0);
    const bool lastIsQuestion = m_questions.last();
    m_questions.resize(1);
    m_questions[0] = lastIsQuestion;
}

const QString& RuleHit::field(QLatin1String key) const
{
    return entry->string(key);
}

CategoryTable::CategoryTable(QLatin1String prefix, const QList<QLatin1String>& names)
{
    int next = 0; // a repeated name takes no index of its own
    for (const QLatin1String name : names) {
        const auto id = std::size_t(internCategory(QString(QString(prefix) + name)));
        if (id >= m_indexById.size())
            m_indexById.resize(id + 1, -1);
        if (m_indexById[id] < 0) // the first one wins, as in a search of names
            m_indexById[id] = next++;
    }
}

QList<RuleHit> collectHits(const QList<LexiconMatch>& matches, const SentenceMap& sentences,
                           const CategoryTable& categories)
{
    // Written in place into a list sized for every match and cut to the hits at the end:
    // one allocation and no copy (QList's append is a call per element, and a vector
    // handed over as a QList was a second allocation and a copy).
    QList<RuleHit> hits(matches.size());
    RuleHit* const out = hits.data();
    qsizetype count = 0;
    for (const LexiconMatch& match : matches) {
        const int category = categories.indexOf(*match.entry);
        if (category < 0)
            continue;
        // Punctuation is gone from the folded text, so a gap could reach over a sentence end
        // ("Nechci. Žít tady je fajn."): such a match is not what the pattern meant.
        if (sentences.sentenceOf(match.firstToken) != sentences.sentenceOf(match.endToken - 1))
            continue;
        RuleHit& hit = out[count++];
        hit.category = category;
        hit.entry = match.entry;
        hit.first = match.firstToken;
        hit.end = match.endToken;
        hit.sentence = sentences.sentenceOf(match.firstToken);
        hit.span = match.span;
    }
    hits.resize(count); // shrinking keeps the storage
    return hits;
}

QList<SentenceRange> sentenceRanges(const QList<RuleHit>& hits)
{
    // Written in place, as collectHits() does: at most one range per hit, and QList's
    // append and last() checked for a detach on every hit.
    QList<SentenceRange> ranges(hits.size());
    SentenceRange* const out = ranges.data();
    qsizetype count = 0;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        const qsizetype sentence = hits.at(i).sentence;
        if (count == 0 || out[count - 1].sentence != sentence)
            out[count++] = SentenceRange{sentence, i, i};
        out[count - 1].end = i + 1;
    }
    ranges.resize(count); // shrinking keeps the storage
    return ranges;
}

TextSpan unite(TextSpan a, TextSpan b)
{
    return TextSpan{std::min(a.start, b.start), std::max(a.end, b.end)};
}

} // namespace kotva::rules
