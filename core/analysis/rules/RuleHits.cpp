#include "core/analysis/rules/RuleHits.h"

#include <QJsonValue>

#include <algorithm>

namespace kotva::rules {

namespace {

bool endsSentence(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u';':
    case u'\n':
    case u'\r':
    case u'\u2026': // …
        return true;
    default:
        return false;
    }
}

} // namespace

SentenceMap::SentenceMap(const NormalisedText& text)
{
    const QString& original = text.original();
    const QList<Token>& tokens = text.tokens();
    m_sentenceOfToken.reserve(tokens.size());
    qsizetype sentence = 0;
    bool question = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i > 0) {
            bool ends = false;
            question = false;
            for (qsizetype p = tokens.at(i - 1).originalEnd; p < tokens.at(i).originalStart; ++p) {
                const QChar c = original.at(p);
                ends = ends || endsSentence(c);
                question = question || c == u'?';
            }
            if (ends) {
                m_questions.append(question);
                ++sentence;
            }
        }
        m_sentenceOfToken.append(sentence);
    }
    // The last sentence: a question when a "?" follows its last word.
    question = false;
    const qsizetype tail = tokens.isEmpty() ? 0 : tokens.last().originalEnd;
    for (qsizetype p = tail; p < original.size(); ++p)
        question = question || original.at(p) == u'?';
    m_questions.append(question);
}

QString RuleHit::field(QLatin1String key) const
{
    return entry->data.value(key).toString();
}

bool RuleHit::kindIs(QLatin1String kind) const
{
    const QJsonValue value = entry->data.value(QLatin1String("kind"));
    return value.isString() && value.toString() == kind;
}

QList<RuleHit> collectHits(const QList<LexiconMatch>& matches, const SentenceMap& sentences,
                           QLatin1String prefix, const QList<QLatin1String>& names)
{
    QList<RuleHit> hits;
    for (const LexiconMatch& match : matches) {
        const QString& category = match.category();
        if (!category.startsWith(prefix))
            continue;
        const QStringView name = QStringView(category).sliced(prefix.size());
        const auto it = std::find(names.cbegin(), names.cend(), name);
        if (it == names.cend())
            continue;
        // Punctuation is gone from the folded text, so a gap could reach over a sentence end
        // ("Nechci. Žít tady je fajn."): such a match is not what the pattern meant.
        if (sentences.sentenceOf(match.firstToken) != sentences.sentenceOf(match.endToken - 1))
            continue;
        RuleHit hit;
        hit.category = int(it - names.cbegin());
        hit.entry = match.entry;
        hit.first = match.firstToken;
        hit.end = match.endToken;
        hit.sentence = sentences.sentenceOf(match.firstToken);
        hit.span = match.span;
        hits.append(hit);
    }
    return hits;
}

QList<SentenceRange> sentenceRanges(const QList<RuleHit>& hits)
{
    QList<SentenceRange> ranges;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (ranges.isEmpty() || ranges.last().sentence != hits.at(i).sentence)
            ranges.append(SentenceRange{hits.at(i).sentence, i, i});
        ranges.last().end = i + 1;
    }
    return ranges;
}

TextSpan unite(TextSpan a, TextSpan b)
{
    return TextSpan{std::min(a.start, b.start), std::max(a.end, b.end)};
}

} // namespace kotva::rules
