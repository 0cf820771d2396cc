#include "core/analysis/text/LexiconMatcher.h"

#include "core/analysis/text/CategoryIds.h"
#include "core/analysis/text/LexiconPattern.h"
#include "core/analysis/text/StringHash.h"
#include "core/analysis/text/TextAutomaton.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <type_traits>
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
    qsizetype anchor = 0;  ///< the Words element found by the automaton
    qint32 firstCheck = 0; ///< its elements in CompiledChecks::elements
};

/// A pattern anchored on a keyword, with what the matcher needs of it inline: most
/// patterns are their anchor alone (a word, a stem, a lemma) and match wherever the
/// keyword does, so neither their elements nor the compiled pattern are read for them.
struct Candidate
{
    qint32 entry = 0;
    qint32 entryPattern = 0; ///< CompiledPattern::pattern
    qint32 firstElement = 0; ///< the pattern's elements: CompiledChecks::elements[first, +count)
    qint16 elementCount = 0;
    qint16 anchor = 0;
    bool except = false;
    bool anchorOnly = false; ///< no element before or after the anchor
    /// Where a word the pattern needs must stand: right before (-1) or after (+1) the
    /// anchor or within a gap's reach of it, on one of the neighbourReach tokens on that
    /// side; 0 when no such word is known. Most candidates that fail, fail there, on the
    /// tokens' hashes or first letters, without the pattern's elements being read.
    qint8 neighbour = 0;
    qint8 neighbourReach = 0;
    /// Where that word is a stem or a number (no hash to compare): its first letter (any
    /// digit for a number) and its shortest length; neighbourBits is 0 then.
    char16_t neighbourInitial = 0;
    bool neighbourDigits = false;
    qint16 neighbourMinSize = 0;
    /// Where it is a literal word or a lemma: formBit() of every word it may be.
    std::uint64_t neighbourBits = 0;
};

/// The candidates of one keyword (keywordCandidates[first, end)) and the number of
/// words (tokens) it spans: one record, read once per occurrence.
struct KeywordCandidates
{
    qint32 first = 0;
    qint32 end = 0;
    qint32 words = 0;
};

/// Asks the CPU to load the cache line at address ahead of its use.
inline void prefetch(const void* address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

/// A candidate that matched, before the except filter.
struct Hit
{
    qint32 entry;
    qint32 pattern; ///< index into the entry's patterns
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

/// A pattern word as a candidate check reads it: what rules out nearly every other word
/// is inline and compared with the token's hash, length or first letter, so the
/// pattern's lists and strings are read only for a word that is very likely it.
struct CheckedWord
{
    enum class Kind : quint8 { Literal, Stem, Forms };
    Kind kind = Kind::Literal;
    char16_t first = 0;         ///< Literal, Stem: the first letter
    qint32 size = 0;            ///< Literal, Stem: the number of letters
    std::uint32_t hash = 0;     ///< Literal: the word's hash as Token::hash has it
    std::uint64_t formBits = 0; ///< Forms: formBit() of every form's hash
    qint32 source = 0;          ///< index into CompiledChecks::sources
};

/// A pattern element, its words in CompiledChecks::words.
struct CheckedElement
{
    PatternElement::Kind kind = PatternElement::Kind::Words;
    int maxGap = 0;
    qint32 firstWord = 0; ///< CompiledChecks::words[firstWord, +wordCount)
    qint32 wordCount = 0;
};

/// The elements of every pattern, flattened so that checking a candidate reads a few
/// adjacent records instead of following each pattern's lists.
struct CompiledChecks
{
    std::vector<CheckedElement> elements;
    std::vector<CheckedWord> words;
    std::vector<PatternWord> sources; ///< the words as parsed, for the final comparison
};

/// The unfinished word hash (Token::hash) of a folded word.
std::uint32_t tokenHashOf(QStringView word)
{
    std::uint32_t hash = WordHashSeed;
    for (const QChar c : word)
        hash = wordHashStep(hash, c.unicode());
    return hash;
}

/// One of 64 bits for a token hash: a lemma's forms set theirs.
std::uint64_t formBit(std::uint32_t hash)
{
    return std::uint64_t(1) << ((std::uint64_t(hash) * 0x9e3779b97f4a7c15u) >> 58);
}

CheckedWord checkedWord(const PatternWord& word, qint32 source)
{
    CheckedWord checked;
    checked.source = source;
    if (word.isLemma()) {
        checked.kind = CheckedWord::Kind::Forms;
        for (const QString& form : word.forms)
            checked.formBits |= formBit(tokenHashOf(form));
        return checked;
    }
    checked.kind = word.prefix ? CheckedWord::Kind::Stem : CheckedWord::Kind::Literal;
    checked.first = word.text.isEmpty() ? char16_t(0) : word.text.front().unicode();
    checked.size = qint32(word.text.size());
    checked.hash = tokenHashOf(word.text);
    return checked;
}

/// Appends the elements of a pattern to checks; the index of the first.
qint32 addChecks(CompiledChecks& checks, const QList<PatternElement>& elements)
{
    const auto first = qint32(checks.elements.size());
    for (const PatternElement& element : elements) {
        checks.elements.push_back(CheckedElement{element.kind, element.maxGap,
                                                 qint32(checks.words.size()),
                                                 qint32(element.words.size())});
        for (const PatternWord& word : element.words) {
            checks.words.push_back(checkedWord(word, qint32(checks.sources.size())));
            checks.sources.push_back(word);
        }
    }
    return first;
}

/// formBit() of every word that word may be (no bits for a stem: any word may start so).
std::uint64_t formBitsOf(const CheckedWord& word)
{
    switch (word.kind) {
    case CheckedWord::Kind::Literal:
        return formBit(word.hash);
    case CheckedWord::Kind::Forms:
        return word.formBits;
    case CheckedWord::Kind::Stem:
        break;
    }
    return 0;
}

/// What a candidate knows of a word it needs before its elements are read.
struct NeighbourTest
{
    std::uint64_t bits = 0; ///< formBit() of every word it may be (a literal or a lemma)
    char16_t initial = 0;   ///< else (a stem) its first letter
    bool digits = false;    ///< or (a number) any digit first
    qint16 minSize = 0;     ///< a stem's or a number's shortest length; 0: nothing known

    [[nodiscard]] bool known() const { return bits != 0 || minSize > 0; }
};

/// The test for the word of element that faces the anchor (its last word when the element
/// stands before the anchor, side -1; its first after it).
NeighbourTest neighbourTestOf(const CompiledChecks& checks, const CheckedElement& element, int side)
{
    NeighbourTest test;
    if (element.kind == PatternElement::Kind::Number) {
        test.digits = true;
        test.minSize = 1;
    } else if (element.kind == PatternElement::Kind::Words) {
        const CheckedWord& word = checks.words[std::size_t(
            side < 0 ? element.firstWord + element.wordCount - 1 : element.firstWord)];
        test.bits = formBitsOf(word);
        if (word.kind == CheckedWord::Kind::Stem) {
            test.initial = word.first;
            test.minSize = qint16(word.size);
        }
    }
    return test;
}

/// Sets candidate's neighbour fields to a word the pattern needs: right next to the
/// anchor or across a gap from it, on either side, one known by its hash first.
void setNeighbour(Candidate& candidate, const CompiledChecks& checks)
{
    const CheckedElement* elements = checks.elements.data() + candidate.firstElement;
    const auto elementAt = [&](qsizetype index) -> const CheckedElement* {
        return index >= 0 && index < candidate.elementCount ? elements + index : nullptr;
    };
    for (const bool acrossGap : {false, true}) {
        for (const bool byHash : {true, false}) {
            for (const int side : {-1, 1}) {
                int reach = 1;
                qsizetype index = candidate.anchor + side;
                if (acrossGap) {
                    const CheckedElement* gap = elementAt(index);
                    if (!gap || gap->kind != PatternElement::Kind::Gap)
                        continue;
                    reach = gap->maxGap + 1;
                    index += side;
                }
                const CheckedElement* element = elementAt(index);
                if (!element)
                    continue;
                const NeighbourTest test = neighbourTestOf(checks, *element, side);
                if (!test.known() || (test.bits != 0) != byHash)
                    continue;
                candidate.neighbour = qint8(side);
                candidate.neighbourReach = qint8(reach);
                candidate.neighbourBits = test.bits;
                candidate.neighbourInitial = test.initial;
                candidate.neighbourDigits = test.digits;
                candidate.neighbourMinSize = test.minSize;
                return;
            }
        }
    }
}

/// Whether token may be the word candidate.neighbour stands for.
bool mayBeNeighbour(const Candidate& candidate, const NormalisedText& text, qsizetype token)
{
    if (candidate.neighbourBits)
        return candidate.neighbourBits & formBit(text.tokens()[std::size_t(token)].hash);
    const QStringView word = text.word(token);
    if (word.size() < candidate.neighbourMinSize)
        return false;
    const char16_t first = word.front().unicode();
    return candidate.neighbourDigits ? first >= u'0' && first <= u'9'
                                     : first == candidate.neighbourInitial;
}

/// False when no token where the candidate needs a word (see Candidate::neighbour) can be
/// that word.
bool neighbourMayMatch(const Candidate& candidate, const NormalisedText& text,
                       qsizetype anchorFirst, qsizetype anchorEnd)
{
    if (candidate.neighbour == 0)
        return true;
    const qsizetype from = std::max<qsizetype>(
        0, candidate.neighbour < 0 ? anchorFirst - candidate.neighbourReach : anchorEnd);
    const qsizetype to = std::min<qsizetype>(
        text.tokenCount(),
        candidate.neighbour < 0 ? anchorFirst : anchorEnd + candidate.neighbourReach);
    for (qsizetype token = from; token < to; ++token)
        if (mayBeNeighbour(candidate, text, token))
            return true;
    return false;
}

bool wordMatches(const CompiledChecks& checks, const CheckedWord& word, const NormalisedText& text,
                 qsizetype index)
{
    const Token& token = text.tokens()[std::size_t(index)];
    switch (word.kind) {
    case CheckedWord::Kind::Literal:
        return token.hash == word.hash &&
               text.word(index) == QStringView(checks.sources[std::size_t(word.source)].text);
    case CheckedWord::Kind::Stem: {
        const QStringView folded = text.word(index);
        if (folded.size() < word.size || folded.front() != QChar(word.first))
            return false;
        const QString& stem = checks.sources[std::size_t(word.source)].text;
        return std::equal(stem.cbegin(), stem.cend(), folded.cbegin());
    }
    case CheckedWord::Kind::Forms: {
        if (!(word.formBits & formBit(token.hash)))
            return false;
        const QStringList& forms = checks.sources[std::size_t(word.source)].forms;
        return std::binary_search(forms.cbegin(), forms.cend(), text.word(index),
                                  [](QStringView a, QStringView b) { return a < b; });
    }
    }
    return false;
}

bool wordsMatchAt(const CompiledChecks& checks, const CheckedElement& element,
                  const NormalisedText& text, qsizetype token)
{
    if (token < 0 || token + element.wordCount > text.tokenCount())
        return false;
    for (qint32 k = 0; k < element.wordCount; ++k)
        if (!wordMatches(checks, checks.words[std::size_t(element.firstWord + k)], text, token + k))
            return false;
    return true;
}

/// The elements of one pattern, and the text they are checked against.
struct CandidateCheck
{
    const CompiledChecks& checks;
    const CheckedElement* elements;
    qsizetype count;
    const NormalisedText& text;
};

/// The end token when elements[index..] match from token on (shortest gaps first), or -1.
qsizetype matchForward(const CandidateCheck& c, qsizetype index, qsizetype token)
{
    if (index == c.count)
        return token;
    const CheckedElement& element = c.elements[index];
    switch (element.kind) {
    case PatternElement::Kind::Words:
        return wordsMatchAt(c.checks, element, c.text, token)
                   ? matchForward(c, index + 1, token + element.wordCount)
                   : -1;
    case PatternElement::Kind::Number:
        return token < c.text.tokenCount() && c.text.isNumber(token)
                   ? matchForward(c, index + 1, token + 1)
                   : -1;
    case PatternElement::Kind::Gap:
        for (qsizetype gap = 0; gap <= element.maxGap && token + gap <= c.text.tokenCount(); ++gap)
            if (const qsizetype end = matchForward(c, index + 1, token + gap); end >= 0)
                return end;
        return -1;
    }
    return -1;
}

/// The first token when elements[..index] match ending just before token, or -1.
qsizetype matchBackward(const CandidateCheck& c, qsizetype index, qsizetype token)
{
    if (index < 0)
        return token;
    const CheckedElement& element = c.elements[index];
    switch (element.kind) {
    case PatternElement::Kind::Words: {
        const qsizetype start = token - element.wordCount;
        return wordsMatchAt(c.checks, element, c.text, start) ? matchBackward(c, index - 1, start)
                                                              : -1;
    }
    case PatternElement::Kind::Number:
        return token > 0 && c.text.isNumber(token - 1) ? matchBackward(c, index - 1, token - 1)
                                                       : -1;
    case PatternElement::Kind::Gap:
        for (qsizetype gap = 0; gap <= element.maxGap && token - gap >= 0; ++gap)
            if (const qsizetype first = matchBackward(c, index - 1, token - gap); first >= 0)
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

/// Each element of array as QJsonValue::toString() gives it (an empty string for one
/// that is not a string).
QStringList elementsAsStrings(const QJsonArray& array)
{
    QStringList strings;
    strings.reserve(array.size());
    for (const QJsonValue& element : array)
        strings.append(element.toString());
    return strings;
}

} // namespace

struct LexiconMatcher::Data
{
    QList<LexiconEntry> entries;
    QHash<QString, qsizetype> byId;
    std::vector<CompiledPattern> patterns;
    TextAutomaton automaton;
    /// keyword → the patterns anchored on it, and how many words it spans.
    std::vector<KeywordCandidates> keywords;
    std::vector<Candidate> keywordCandidates;
    CompiledChecks checks;
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
            added.categoryId = internCategory(added.category);
            added.strings.clear();
            added.lists.clear();
            added.trueFlags.clear();
            for (auto field = added.data.constBegin(); field != added.data.constEnd(); ++field) {
                const QJsonValue value = field.value();
                if (value.isString())
                    added.strings.append({field.key(), value.toString()});
                else if (value.isArray())
                    added.lists.append({field.key(), elementsAsStrings(value.toArray())});
                else if (value.isBool() && value.toBool())
                    added.trueFlags.append(field.key());
            }
            added.kind = added.string(QLatin1String("kind"));
        }

    QHash<QString, qint32> keywordIds;
    QStringList keywords;
    std::vector<std::vector<qint32>> anchored;
    std::vector<qint32> keywordWords; ///< number of words (tokens) a keyword spans
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
        CompiledPattern compiled{entryIndex, patternIndex,
                                 except,     parsed->elements,
                                 0,          addChecks(data->checks, parsed->elements)};
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
                keywordWords.push_back(static_cast<qint32>(anchor.words.size()));
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
    for (std::size_t keyword = 0; keyword < anchored.size(); ++keyword) {
        const auto first = static_cast<qint32>(data->keywordCandidates.size());
        for (const qint32 index : anchored[keyword]) {
            const CompiledPattern& pattern = data->patterns[std::size_t(index)];
            data->keywordCandidates.push_back(Candidate{
                pattern.entry, pattern.pattern, pattern.firstCheck, qint16(pattern.elements.size()),
                qint16(pattern.anchor), pattern.except, pattern.elements.size() == 1});
            setNeighbour(data->keywordCandidates.back(), data->checks);
        }
        data->keywords.push_back(KeywordCandidates{
            first, static_cast<qint32>(data->keywordCandidates.size()), keywordWords[keyword]});
    }
    data->automaton = TextAutomaton(keywords);

    LexiconMatcher matcher;
    matcher.m_data = std::move(data);
    return matcher;
}

namespace {

/// The working lists of match(), one set per thread: they keep their capacity from one
/// text to the next, so a message allocates none of them (~4 allocations saved per
/// message). They hold positions and indices, never a word of the text.
struct MatchScratch
{
    std::vector<TextAutomaton::Occurrence> occurrences;
    std::vector<Hit> hits;
    std::vector<ExceptHit> excepts;
    std::vector<LexiconMatch> matches;

    /// Empties the lists for the next text; one that a very long text grew is given back.
    void clear()
    {
        constexpr std::size_t Kept = 1 << 14; // elements: far more than a long message needs
        const auto reset = [](auto& list) {
            if (list.capacity() > Kept)
                std::decay_t<decltype(list)>().swap(list);
            else
                list.clear();
        };
        reset(occurrences);
        reset(hits);
        reset(excepts);
        reset(matches);
    }
};

} // namespace

QList<LexiconMatch> LexiconMatcher::match(const NormalisedText& text) const
{
    const Data& data = *m_data;
    thread_local MatchScratch scratch;
    scratch.clear();
    std::vector<TextAutomaton::Occurrence>& occurrences = scratch.occurrences;
    // No regrowth: the benchmark's 2 KB messages have ~90 occurrences for ~290 words, and
    // a quarter of the words, reserved before, was too little for four in five of them.
    occurrences.reserve(std::size_t(text.tokenCount() / 2 + 8));
    data.automaton.scan(text.folded(), occurrences);
    if (occurrences.empty())
        return {};

    std::vector<Hit>& hits = scratch.hits;
    hits.reserve(occurrences.size());
    // Except hits, kept apart so the cancel check below is a binary search, not a scan
    // of every hit (which made long texts quadratic once any except pattern matched).
    std::vector<ExceptHit>& excepts = scratch.excepts;
    // In text order, the token each keyword starts at (after its leading space) is found
    // by walking the tokens once instead of a search per occurrence.
    sortNearlySorted(occurrences.begin(), occurrences.end(),
                     [](const TextAutomaton::Occurrence& a, const TextAutomaton::Occurrence& b) {
                         return a.start < b.start;
                     });
    const std::vector<Token>& tokens = text.tokens();
    std::size_t token = 0;
    // The keywords' records and candidates lie in tables far larger than the cache, and
    // the occurrences are all known: they are asked for a few occurrences ahead, so
    // their loads overlap with the checks of the occurrences before.
    constexpr std::size_t RecordAhead = 4;
    constexpr std::size_t CandidatesAhead = 2;
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
        if (i + RecordAhead < occurrences.size())
            prefetch(&data.keywords[std::size_t(occurrences[i + RecordAhead].keyword)]);
        if (i + CandidatesAhead < occurrences.size())
            prefetch(&data.keywordCandidates[std::size_t(
                data.keywords[std::size_t(occurrences[i + CandidatesAhead].keyword)].first)]);
        const TextAutomaton::Occurrence& occurrence = occurrences[i];
        while (token < tokens.size() && tokens[token].foldedStart <= occurrence.start)
            ++token;
        const KeywordCandidates& keyword = data.keywords[std::size_t(occurrence.keyword)];
        const qsizetype anchorFirst = qsizetype(token);
        const qsizetype anchorEnd = anchorFirst + keyword.words;
        for (qint32 k = keyword.first; k < keyword.end; ++k) {
            const Candidate& candidate = data.keywordCandidates[std::size_t(k)];
            qsizetype first = anchorFirst;
            qsizetype end = anchorEnd;
            if (!candidate.anchorOnly) {
                if (!neighbourMayMatch(candidate, text, anchorFirst, anchorEnd))
                    continue;
                const CandidateCheck check{data.checks,
                                           data.checks.elements.data() + candidate.firstElement,
                                           candidate.elementCount, text};
                first = matchBackward(check, candidate.anchor - 1, anchorFirst);
                if (first < 0)
                    continue;
                end = matchForward(check, candidate.anchor + 1, anchorEnd);
                if (end < 0)
                    continue;
            }
            if (candidate.except)
                excepts.push_back(ExceptHit{candidate.entry, first, end, end});
            else
                hits.push_back(Hit{candidate.entry, candidate.entryPattern, first, end});
        }
    }
    indexExcepts(excepts);

    // Gathered in a vector (QList's append is a call per element) and handed over once.
    std::vector<LexiconMatch>& matches = scratch.matches;
    matches.reserve(hits.size());
    for (const Hit& hit : hits) {
        if (!excepts.empty() && cancelledBy(excepts, hit.entry, hit.first, hit.end))
            continue;
        LexiconMatch match;
        match.entry = &data.entries.at(hit.entry);
        match.pattern = hit.pattern;
        match.firstToken = hit.first;
        match.endToken = hit.end;
        match.span = text.originalSpan(hit.first, hit.end);
        matches.push_back(match);
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
    return QList<LexiconMatch>(matches.cbegin(), matches.cend());
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
