#include "core/analysis/text/LexiconMatcher.h"

#include "core/analysis/text/LexiconPattern.h"
#include "core/analysis/text/StringHash.h"
#include "core/analysis/text/TextAutomaton.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace kotva {

namespace {

struct CompiledPattern
{
    qint32 entry = 0;
    qint32 pattern = 0; ///< index into the entry's patterns (or except list)
    bool except = false;
    QList<PatternElement> elements;
    qsizetype anchor = 0; ///< the Words element found by the automaton
};

/// A candidate before the except filter; index into Data::patterns.
struct Hit
{
    qint32 pattern;
    qsizetype first;
    qsizetype end;
};

/// A match of an "except" pattern; maxEnd is the largest end of this and every earlier
/// except hit of the same entry once indexExcepts() has sorted them.
struct ExceptHit
{
    qint32 entry;
    qsizetype first;
    qsizetype end;
    qsizetype maxEnd;
};

/// Sorts by (entry, first) and fills the running maximum of end within each entry.
void indexExcepts(std::vector<ExceptHit>& excepts)
{
    std::sort(excepts.begin(), excepts.end(), [](const ExceptHit& a, const ExceptHit& b) {
        return a.entry != b.entry ? a.entry < b.entry : a.first < b.first;
    });
    for (std::size_t i = 0; i < excepts.size(); ++i)
        excepts[i].maxEnd = i > 0 && excepts[i - 1].entry == excepts[i].entry
                                ? std::max(excepts[i - 1].maxEnd, excepts[i].end)
                                : excepts[i].end;
}

/// True when an except hit of entry overlaps tokens [first, end): among the except hits
/// of that entry starting before end, one must reach past first.
bool cancelledBy(const std::vector<ExceptHit>& excepts, qint32 entry, qsizetype first,
                 qsizetype end)
{
    const auto lower =
        std::lower_bound(excepts.begin(), excepts.end(), entry,
                         [](const ExceptHit& e, qint32 wanted) { return e.entry < wanted; });
    const auto upper = std::lower_bound(lower, excepts.end(), std::pair{entry, end},
                                        [](const ExceptHit& e, std::pair<qint32, qsizetype> key) {
                                            return e.entry < key.first ||
                                                   (e.entry == key.first && e.first < key.second);
                                        });
    return upper != lower && std::prev(upper)->maxEnd > first;
}

/// Insertion sort: linear for a range that is nearly in order (as the automaton reports
/// its occurrences), where std::sort still partitions, with a mispredicted branch for
/// most comparisons.
template <typename Iterator, typename Less>
void sortNearlySorted(Iterator first, Iterator last, Less less)
{
    if (first == last)
        return;
    for (Iterator i = std::next(first); i != last; ++i) {
        if (!less(*i, *std::prev(i)))
            continue;
        auto value = std::move(*i);
        Iterator j = i;
        do {
            *j = std::move(*std::prev(j));
            --j;
        } while (j != first && less(value, *std::prev(j)));
        *j = std::move(value);
    }
}

bool wordMatches(const PatternWord& word, QStringView token)
{
    if (word.isLemma())
        return std::binary_search(word.forms.cbegin(), word.forms.cend(), token,
                                  [](QStringView a, QStringView b) { return a < b; });
    // Most candidates fail on the first character or the length: answered inline before
    // Qt's comparison is called.
    const qsizetype size = word.text.size();
    if (token.size() < size || (!word.prefix && token.size() != size) ||
        (size > 0 && token.front() != word.text.front()))
        return false;
    return std::equal(word.text.cbegin(), word.text.cend(), token.cbegin());
}

bool wordsMatchAt(const PatternElement& element, const NormalisedText& text, qsizetype token)
{
    if (token < 0 || token + element.words.size() > text.tokenCount())
        return false;
    for (qsizetype k = 0; k < element.words.size(); ++k)
        if (!wordMatches(element.words.at(k), text.word(token + k)))
            return false;
    return true;
}

/// The end token when elements[index..] match from token on (shortest gaps first), or -1.
qsizetype matchForward(const QList<PatternElement>& elements, qsizetype index,
                       const NormalisedText& text, qsizetype token)
{
    if (index == elements.size())
        return token;
    const PatternElement& element = elements.at(index);
    switch (element.kind) {
    case PatternElement::Kind::Words:
        return wordsMatchAt(element, text, token)
                   ? matchForward(elements, index + 1, text, token + element.words.size())
                   : -1;
    case PatternElement::Kind::Number:
        return token < text.tokenCount() && text.isNumber(token)
                   ? matchForward(elements, index + 1, text, token + 1)
                   : -1;
    case PatternElement::Kind::Gap:
        for (qsizetype gap = 0; gap <= element.maxGap && token + gap <= text.tokenCount(); ++gap)
            if (const qsizetype end = matchForward(elements, index + 1, text, token + gap);
                end >= 0)
                return end;
        return -1;
    }
    return -1;
}

/// The first token when elements[..index] match ending just before token, or -1.
qsizetype matchBackward(const QList<PatternElement>& elements, qsizetype index,
                        const NormalisedText& text, qsizetype token)
{
    if (index < 0)
        return token;
    const PatternElement& element = elements.at(index);
    switch (element.kind) {
    case PatternElement::Kind::Words: {
        const qsizetype start = token - element.words.size();
        return wordsMatchAt(element, text, start) ? matchBackward(elements, index - 1, text, start)
                                                  : -1;
    }
    case PatternElement::Kind::Number:
        return token > 0 && text.isNumber(token - 1)
                   ? matchBackward(elements, index - 1, text, token - 1)
                   : -1;
    case PatternElement::Kind::Gap:
        for (qsizetype gap = 0; gap <= element.maxGap && token - gap >= 0; ++gap)
            if (const qsizetype first = matchBackward(elements, index - 1, text, token - gap);
                first >= 0)
                return first;
        return -1;
    }
    return -1;
}

/// How good an element is as the one the automaton looks for: the longer, the rarer in
/// text, so the fewer candidates to check. A lone word that half of all messages contain
/// ("jsem", "mám", "to") is the last choice whatever its length: every message would
/// check the patterns anchored on it.
qsizetype anchorScore(const PatternElement& element)
{
    static const QStringList common = {
        QStringLiteral("jsem"), QStringLiteral("sem"),  QStringLiteral("jsme"),
        QStringLiteral("jsou"), QStringLiteral("sou"),  QStringLiteral("jste"),
        QStringLiteral("mam"),  QStringLiteral("mame"), QStringLiteral("mas"),
        QStringLiteral("ma"),   QStringLiteral("je"),   QStringLiteral("se"),
        QStringLiteral("si"),   QStringLiteral("to"),   QStringLiteral("ze"),
        QStringLiteral("na"),   QStringLiteral("ale"),  QStringLiteral("jak"),
        QStringLiteral("tak"),  QStringLiteral("uz"),   QStringLiteral("mi"),
        QStringLiteral("me"),   QStringLiteral("mne"),  QStringLiteral("ti"),
        QStringLiteral("te"),   QStringLiteral("by"),   QStringLiteral("bych"),
        QStringLiteral("co"),   QStringLiteral("jen"),  QStringLiteral("taky"),
        QStringLiteral("ten"),  QStringLiteral("ta"),   QStringLiteral("ty"),
        QStringLiteral("do"),   QStringLiteral("od"),   QStringLiteral("pro"),
        QStringLiteral("po"),   QStringLiteral("za"),   QStringLiteral("ja"),
        QStringLiteral("nic"),  QStringLiteral("vse"),  QStringLiteral("byt"),
        QStringLiteral("bejt"), QStringLiteral("jsi"),  QStringLiteral("ho"),
        QStringLiteral("ji"),   QStringLiteral("jeho"),
    };
    if (element.words.size() == 1 && !element.words.first().prefix &&
        common.contains(element.words.first().text))
        return 1;
    return element.literalLength();
}

/// The literal texts the automaton looks for: " word word" and a closing space unless
/// the last word is a stem, so keywords start and (for whole words) end on a boundary.
/// A lemma (always an element of its own) is looked for as each of its forms.
QStringList keywordsOf(const PatternElement& element)
{
    if (element.words.first().isLemma()) {
        QStringList keywords;
        keywords.reserve(element.words.first().forms.size());
        for (const QString& form : element.words.first().forms)
            keywords.append(u' ' + form + u' ');
        return keywords;
    }
    QString keyword;
    for (const PatternWord& word : element.words)
        keyword += u' ' + word.text;
    if (!element.words.last().prefix)
        keyword += u' ';
    return {keyword};
}

} // namespace

struct LexiconMatcher::Data
{
    QList<LexiconEntry> entries;
    QHash<QString, qsizetype> byId;
    std::vector<CompiledPattern> patterns;
    TextAutomaton automaton;
    /// keyword → the patterns anchored on it (flattened: keywordPatterns[start, start+count)).
    std::vector<qint32> keywordStart;
    std::vector<qint32> keywordPatterns;
    std::vector<qint32> keywordWords; ///< number of words (tokens) a keyword spans
};

LexiconMatcher::LexiconMatcher()
    : m_data(std::make_shared<const Data>())
{}
LexiconMatcher::~LexiconMatcher() = default;
LexiconMatcher::LexiconMatcher(const LexiconMatcher&) = default;
LexiconMatcher& LexiconMatcher::operator=(const LexiconMatcher&) = default;
LexiconMatcher::LexiconMatcher(LexiconMatcher&&) noexcept = default;
LexiconMatcher& LexiconMatcher::operator=(LexiconMatcher&&) noexcept = default;

Result<LexiconMatcher> LexiconMatcher::compile(const QList<Lexicon>& lexicons)
{
    auto data = std::make_shared<Data>();
    for (const Lexicon& lexicon : lexicons)
        for (const LexiconEntry& entry : lexicon.entries) {
            if (data->byId.contains(entry.id)) {
                const LexiconEntry& other = data->entries.at(data->byId.value(entry.id));
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate(
                                "kotva::Lexicon", "Lexicon %1, line %2: the id \"%3\" is already "
                                                  "used in %4, line %5.")
                                .arg(QFileInfo(entry.file).fileName())
                                .arg(entry.line)
                                .arg(entry.id, QFileInfo(other.file).fileName())
                                .arg(other.line));
            }
            data->byId.insert(entry.id, data->entries.size());
            data->entries.append(entry);
            LexiconEntry& added = data->entries.last();
            added.categoryHash = hashUtf16(added.category);
            added.strings.clear();
            for (auto field = added.data.constBegin(); field != added.data.constEnd(); ++field)
                if (field.value().isString())
                    added.strings.append({field.key(), field.value().toString()});
        }

    QHash<QString, qint32> keywordIds;
    QStringList keywords;
    std::vector<std::vector<qint32>> anchored;
    auto addPattern = [&](qint32 entryIndex, qint32 patternIndex, bool except,
                          const QString& source) -> Status {
        const LexiconEntry& entry = data->entries.at(entryIndex);
        // The entry carries the forms of its lemmas (Lexicon::parse took them from the table).
        auto parsed = parsePattern(source, entry.lemmas);
        if (!parsed)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("kotva::Lexicon", "Lexicon %1, line %2: %3")
                            .arg(QFileInfo(entry.file).fileName())
                            .arg(entry.line)
                            .arg(parsed.error().message));
        CompiledPattern compiled{entryIndex, patternIndex, except, parsed->elements, 0};
        qsizetype best = -1;
        for (qsizetype i = 0; i < compiled.elements.size(); ++i) {
            const PatternElement& element = compiled.elements.at(i);
            if (element.kind == PatternElement::Kind::Words &&
                (best < 0 || anchorScore(element) > anchorScore(compiled.elements.at(best))))
                best = i;
        }
        compiled.anchor = best;
        const PatternElement& anchor = compiled.elements.at(best);
        for (const QString& keyword : keywordsOf(anchor)) {
            qint32 id = keywordIds.value(keyword, -1);
            if (id < 0) {
                id = static_cast<qint32>(keywords.size());
                keywordIds.insert(keyword, id);
                keywords.append(keyword);
                anchored.emplace_back();
                data->keywordWords.push_back(static_cast<qint32>(anchor.words.size()));
            }
            anchored[id].push_back(static_cast<qint32>(data->patterns.size()));
        }
        data->patterns.push_back(std::move(compiled));
        return {};
    };
    for (qsizetype e = 0; e < data->entries.size(); ++e) {
        const LexiconEntry& entry = data->entries.at(e);
        for (qsizetype p = 0; p < entry.patterns.size(); ++p)
            if (auto status = addPattern(qint32(e), qint32(p), false, entry.patterns.at(p));
                !status)
                return std::unexpected(status.error());
        for (qsizetype p = 0; p < entry.except.size(); ++p)
            if (auto status = addPattern(qint32(e), qint32(p), true, entry.except.at(p)); !status)
                return std::unexpected(status.error());
    }
    for (const std::vector<qint32>& list : anchored) {
        data->keywordStart.push_back(static_cast<qint32>(data->keywordPatterns.size()));
        data->keywordPatterns.insert(data->keywordPatterns.end(), list.begin(), list.end());
    }
    data->keywordStart.push_back(static_cast<qint32>(data->keywordPatterns.size()));
    data->automaton = TextAutomaton(keywords);

    LexiconMatcher matcher;
    matcher.m_data = std::move(data);
    return matcher;
}

QList<LexiconMatch> LexiconMatcher::match(const NormalisedText& text) const
{
    const Data& data = *m_data;
    std::vector<TextAutomaton::Occurrence> occurrences;
    occurrences.reserve(std::size_t(text.tokenCount() / 4 + 8)); // no regrowth in most texts
    data.automaton.scan(text.folded(), occurrences);
    if (occurrences.empty())
        return {};

    std::vector<Hit> hits;
    hits.reserve(occurrences.size());
    // Except hits, kept apart so the cancel check below is a binary search, not a scan
    // of every hit (which made long texts quadratic once any except pattern matched).
    std::vector<ExceptHit> excepts;
    // In text order, the token each keyword starts at (after its leading space) is found
    // by walking the tokens once instead of a search per occurrence.
    sortNearlySorted(occurrences.begin(), occurrences.end(),
                     [](const TextAutomaton::Occurrence& a, const TextAutomaton::Occurrence& b) {
                         return a.start < b.start;
                     });
    const std::vector<Token>& tokens = text.tokens();
    std::size_t token = 0;
    for (const TextAutomaton::Occurrence& occurrence : occurrences) {
        while (token < tokens.size() && tokens[token].foldedStart <= occurrence.start)
            ++token;
        const qsizetype anchorFirst = qsizetype(token);
        const qsizetype anchorEnd = anchorFirst + data.keywordWords[occurrence.keyword];
        for (qint32 k = data.keywordStart[occurrence.keyword];
             k < data.keywordStart[occurrence.keyword + 1]; ++k) {
            const qint32 index = data.keywordPatterns[k];
            const CompiledPattern& pattern = data.patterns[index];
            const qsizetype first =
                matchBackward(pattern.elements, pattern.anchor - 1, text, anchorFirst);
            if (first < 0)
                continue;
            const qsizetype end =
                matchForward(pattern.elements, pattern.anchor + 1, text, anchorEnd);
            if (end < 0)
                continue;
            if (pattern.except)
                excepts.push_back(ExceptHit{pattern.entry, first, end, end});
            else
                hits.push_back(Hit{index, first, end});
        }
    }
    indexExcepts(excepts);

    QList<LexiconMatch> matches;
    matches.reserve(static_cast<qsizetype>(hits.size()));
    for (const Hit& hit : hits) {
        const CompiledPattern& pattern = data.patterns[hit.pattern];
        if (!excepts.empty() && cancelledBy(excepts, pattern.entry, hit.first, hit.end))
            continue;
        LexiconMatch match;
        match.entry = &data.entries.at(pattern.entry);
        match.pattern = pattern.pattern;
        match.firstToken = hit.first;
        match.endToken = hit.end;
        match.span = text.originalSpan(hit.first, hit.end);
        matches.append(match);
    }
    // Found in the order of the occurrences: nearly sorted already.
    sortNearlySorted(matches.begin(), matches.end(),
                     [](const LexiconMatch& a, const LexiconMatch& b) {
                         if (a.firstToken != b.firstToken)
                             return a.firstToken < b.firstToken;
                         if (a.endToken != b.endToken)
                             return a.endToken > b.endToken;
                         if (a.entry != b.entry)
                             return a.entry < b.entry;
                         return a.pattern < b.pattern;
                     });
    // Two patterns of one entry over the same words are one finding.
    matches.erase(std::unique(matches.begin(), matches.end(),
                              [](const LexiconMatch& a, const LexiconMatch& b) {
                                  return a.entry == b.entry && a.firstToken == b.firstToken &&
                                         a.endToken == b.endToken;
                              }),
                  matches.end());
    return matches;
}

const QList<LexiconEntry>& LexiconMatcher::entries() const
{
    return m_data->entries;
}

const LexiconEntry* LexiconMatcher::entry(const QString& id) const
{
    const auto it = m_data->byId.constFind(id);
    return it == m_data->byId.cend() ? nullptr : &m_data->entries.at(it.value());
}

qsizetype LexiconMatcher::patternCount() const
{
    return static_cast<qsizetype>(m_data->patterns.size());
}

qsizetype LexiconMatcher::stateCount() const
{
    return m_data->automaton.stateCount();
}

} // namespace kotva
