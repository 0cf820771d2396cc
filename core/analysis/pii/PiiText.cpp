#include "core/analysis/pii/PiiText.h"

#include "core/analysis/text/NormalisedText.h"
#include "core/analysis/text/StringHash.h"

#include <algorithm>
#include <array>
#include <memory>

namespace kotva::pii {

namespace {

// Abbreviations after which a full stop does not end a sentence.
bool isAbbreviation(QStringView folded)
{
    static const QLatin1String abbreviations[] = {
        QLatin1String("ul"),   QLatin1String("nam"),   QLatin1String("tr"),   QLatin1String("c"),
        QLatin1String("cp"),   QLatin1String("p"),     QLatin1String("nar"),  QLatin1String("tel"),
        QLatin1String("mob"),  QLatin1String("mgr"),   QLatin1String("ing"),  QLatin1String("bc"),
        QLatin1String("phdr"), QLatin1String("mudr"),  QLatin1String("judr"), QLatin1String("doc"),
        QLatin1String("prof"), QLatin1String("kpt"),   QLatin1String("sv"),   QLatin1String("dat"),
        QLatin1String("r"),    QLatin1String("cca"),   QLatin1String("tzv"),  QLatin1String("napr"),
        QLatin1String("resp"), QLatin1String("nabr"),  QLatin1String("sidl"), QLatin1String("st"),
        QLatin1String("gen"),  QLatin1String("pplk"),  QLatin1String("mjr"),  QLatin1String("arch"),
        QLatin1String("dr"),   QLatin1String("naroz"),
    };
    return std::any_of(std::begin(abbreviations), std::end(abbreviations),
                       [folded](QLatin1String a) { return folded == a; });
}

} // namespace

namespace {

// Everything the tokeniser needs to know about a UTF-16 code unit, in one table entry
// (one load per character; Czech text is full of letters outside ASCII): the folded
// character in the low 16 bits, and bits for its class. The class bits are one-hot so
// that OR-ing the entries of a word tells whether it has digits, letters or both.
constexpr quint32 FoldedMask = 0xffff;
constexpr quint32 SpaceBit = 1u << 16;
constexpr quint32 DigitBit = 1u << 17;
constexpr quint32 LetterBit = 1u << 18; ///< letters and combining marks
constexpr quint32 OtherBit = 1u << 19;  ///< punctuation and symbols: one token each
constexpr quint32 UpperBit = 1u << 20;
constexpr quint32 SingleSpaceBit = 1u << 21; ///< " " or no-break space
constexpr quint32 LineBreakBit = 1u << 22;
constexpr quint32 WordBits = DigitBit | LetterBit;

// Letters fold to lower case without diacritics ("Ž" → "z"); everything else is kept.
char16_t foldLetter(char16_t u)
{
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u;
    const char16_t f = NormalisedText::foldChar(u);
    return f > 1 ? f : QChar(u).toLower().unicode();
}

quint32 computeEntry(char16_t u)
{
    const QChar c(u);
    if (u >= u'0' && u <= u'9')
        return u | DigitBit;
    if (c.isSpace()) {
        const bool single = u == u' ' || u == 0x00A0;
        const bool lineBreak = u == u'\n' || u == u'\r' || u == 0x2029;
        return u | SpaceBit | (single ? SingleSpaceBit : 0) | (lineBreak ? LineBreakBit : 0);
    }
    if (c.isLetter() || c.isMark())
        return foldLetter(u) | LetterBit | (c.isUpper() ? UpperBit : 0);
    return u | OtherBit | (c.isUpper() ? UpperBit : 0);
}

const quint32* charTable()
{
    // Built once (thread-safe static initialisation).
    static const std::unique_ptr<const std::array<quint32, 0x10000>> table = [] {
        auto built = std::make_unique<std::array<quint32, 0x10000>>();
        for (unsigned c = 0; c < 0x10000; ++c)
            (*built)[c] = computeEntry(static_cast<char16_t>(c));
        return built;
    }();
    return table->data();
}

/// The whitespace read since the last token: how much, and whether a line ended in it.
struct PendingGap
{
    PiiToken::Gap gap = PiiToken::Gap::None;
    bool lineBreak = false;

    void add(quint32 entry)
    {
        const bool single = (entry & SingleSpaceBit) && gap == PiiToken::Gap::None;
        gap = single ? PiiToken::Gap::Space : PiiToken::Gap::Wide;
        lineBreak = lineBreak || (entry & LineBreakBit);
    }
    /// Gives the gap to the token that follows it, and starts the next gap.
    void endAt(PiiToken& token)
    {
        token.gap = gap;
        token.lineBreakBefore = lineBreak;
        *this = {};
    }
};

/// The lists of the last PiiText this thread destroyed, taken by the next one: a message
/// then allocates none of them (three allocations of up to a few KB saved per scan). They
/// hold token positions, kinds and word hashes, never a character of the text.
struct SpareLists
{
    std::vector<PiiToken> tokens;
    std::vector<qsizetype> digitTokens;
    std::vector<qsizetype> nonLetterTokens;
};
thread_local SpareLists spare;

/// Takes a spare list (empty, with the capacity a previous text left), or an empty one.
template <typename T> std::vector<T> takeSpare(std::vector<T>& list)
{
    std::vector<T> taken;
    taken.swap(list);
    taken.clear();
    return taken;
}

/// Keeps list for the next text unless a very long text grew it (then it is freed).
template <typename T> void giveBack(std::vector<T>& list, std::vector<T>& into)
{
    constexpr std::size_t Kept = 1 << 14; // elements: far more than a long message has
    if (list.capacity() <= Kept && list.capacity() > into.capacity())
        into.swap(list);
}

/// Appends a token, and its index to the lists of digit and non-letter tokens. The
/// callers keep the tokens and their count in locals: a member count could alias the
/// stores into the index lists and be reloaded and stored again for every token.
inline void appendToken(std::vector<PiiToken>& tokens, qsizetype& count,
                        std::vector<qsizetype>& digitTokens,
                        std::vector<qsizetype>& nonLetterTokens, const PiiToken& token)
{
    if (token.kind == PiiTokenKind::Digits)
        digitTokens.push_back(count);
    if (token.kind != PiiTokenKind::Letters)
        nonLetterTokens.push_back(count);
    tokens.push_back(token);
    ++count;
}

} // namespace

PiiText::PiiText(const QString& text)
    : m_text(text)
{
    tokenise();
}

PiiText::PiiText(const NormalisedText& text)
    : m_text(text.original())
{
    if (text.hasPlainWords())
        takeWords(text);
    else
        tokenise();
}

PiiText::~PiiText()
{
    giveBack(m_tokens, spare.tokens);
    giveBack(m_digitTokens, spare.digitTokens);
    giveBack(m_nonLetterTokens, spare.nonLetterTokens);
}

// One pass: one table lookup per character gives its class and folded form.
void PiiText::tokenise()
{
    const qsizetype n = m_text.size();
    m_folded.resize(n);
    std::vector<PiiToken> tokens = takeSpare(spare.tokens);
    std::vector<qsizetype> digitTokens = takeSpare(spare.digitTokens);
    std::vector<qsizetype> nonLetterTokens = takeSpare(spare.nonLetterTokens);
    qsizetype count = 0;
    reserveFor(n, tokens, digitTokens, nonLetterTokens);
    // utf16() guarantees the terminating '\0' (it copies raw data that lacks one), which
    // is not a word character: the loop over a word's characters needs no bounds check.
    const char16_t* const in = reinterpret_cast<const char16_t*>(m_text.utf16());
    const quint32* const table = charTable();
    char16_t* const folded = reinterpret_cast<char16_t*>(m_folded.data());
    m_foldedData = m_folded.constData();

    PendingGap gap;
    qsizetype i = 0;
    while (i < n) {
        const quint32 head = table[in[i]];
        folded[i] = char16_t(head & FoldedMask);
        if (head & SpaceBit) {
            gap.add(head);
            ++i;
            continue;
        }
        PiiToken token;
        token.start = i;
        gap.endAt(token);
        ++i;
        if (head & OtherBit) {
            token.kind = PiiTokenKind::Symbol;
        } else {
            // The rest of the word; `rest` collects the class bits of its characters, and
            // the word is hashed on the way for the name lists (NameLexicon).
            quint32 rest = 0;
            std::uint32_t hash = wordHashStep(WordHashSeed, char16_t(head & FoldedMask));
            for (;; ++i) {
                const quint32 entry = table[in[i]];
                if (!(entry & WordBits))
                    break;
                folded[i] = char16_t(entry & FoldedMask);
                rest |= entry;
                hash = wordHashStep(hash, char16_t(entry & FoldedMask));
            }
            token.hash = hash;
            const quint32 all = head | rest;
            token.kind = (all & WordBits) == WordBits ? PiiTokenKind::Mixed
                         : (all & DigitBit)           ? PiiTokenKind::Digits
                                                      : PiiTokenKind::Letters;
            // Capitalised: upper case first, no upper case after it ("Nováková").
            token.capitalized = (head & UpperBit) && !(rest & UpperBit);
        }
        token.end = i;
        appendToken(tokens, count, digitTokens, nonLetterTokens, token);
    }
    m_tokens = std::move(tokens);
    m_digitTokens = std::move(digitTokens);
    m_nonLetterTokens = std::move(nonLetterTokens);
    m_count = count;
}

// The words are NormalisedText's (plain: runs of letters and ASCII digits, folded the
// same way); only the characters between them are read here, one by one as above.
void PiiText::takeWords(const NormalisedText& text)
{
    const qsizetype n = m_text.size();
    m_folded = text.alignedFold();
    m_foldedData = m_folded.constData();
    // Locals, moved into the members at the end: appending to a member list reloaded the
    // other lists' ends after every store.
    std::vector<PiiToken> tokens = takeSpare(spare.tokens);
    std::vector<qsizetype> digitTokens = takeSpare(spare.digitTokens);
    std::vector<qsizetype> nonLetterTokens = takeSpare(spare.nonLetterTokens);
    qsizetype count = 0;
    reserveFor(n, tokens, digitTokens, nonLetterTokens);
    const char16_t* const in = reinterpret_cast<const char16_t*>(m_text.utf16());
    const quint32* const table = charTable();

    PendingGap gap;
    // Spaces and symbols (never letters or digits: the words are plain) up to `until`.
    qsizetype i = 0;
    const auto between = [&](qsizetype until) {
        for (; i < until; ++i) {
            const quint32 entry = table[in[i]];
            if (entry & SpaceBit) {
                gap.add(entry);
            } else {
                PiiToken symbol;
                symbol.start = i;
                symbol.end = i + 1;
                symbol.kind = PiiTokenKind::Symbol;
                gap.endAt(symbol);
                appendToken(tokens, count, digitTokens, nonLetterTokens, symbol);
            }
        }
    };
    for (const Token& word : text.tokens()) {
        // Most words follow the one before after one plain space: the gap is known without
        // the character's table entry, and no symbol is in it (a well-predicted test where
        // the loop over the gap mispredicted its class test).
        if (word.originalStart == i + 1 && in[i] == u' ')
            gap.gap = PiiToken::Gap::Space; // gap is empty here: the space is its only character
        else
            between(word.originalStart);
        PiiToken token;
        token.start = word.originalStart;
        token.end = word.originalEnd;
        const bool letters = word.traits & Token::HasLetter;
        const bool digits = word.traits & Token::HasDigit;
        token.kind = letters && digits ? PiiTokenKind::Mixed
                     : digits          ? PiiTokenKind::Digits
                                       : PiiTokenKind::Letters;
        token.capitalized =
            (word.traits & Token::FirstUpper) && !(word.traits & Token::UpperAfterFirst);
        token.hash = word.hash;
        gap.endAt(token);
        appendToken(tokens, count, digitTokens, nonLetterTokens, token);
        i = word.originalEnd;
    }
    between(n);
    m_tokens = std::move(tokens);
    m_digitTokens = std::move(digitTokens);
    m_nonLetterTokens = std::move(nonLetterTokens);
    m_count = count;
}

void PiiText::reserveFor(qsizetype length, std::vector<PiiToken>& tokens,
                         std::vector<qsizetype>& digitTokens,
                         std::vector<qsizetype>& nonLetterTokens)
{
    // Reserved so that a typical message never grows them (a reallocation copies).
    tokens.reserve(std::size_t(length / 5 + 1));
    nonLetterTokens.reserve(std::size_t(length / 8 + 8));
    digitTokens.reserve(std::size_t(length / 32 + 8));
}

bool PiiText::sentenceBreakBetween(qsizetype a, qsizetype b) const
{
    for (qsizetype k = std::max<qsizetype>(a + 1, 0); k <= b && k < count(); ++k) {
        if (m_tokens[k].lineBreakBefore)
            return true;
        if (k >= b)
            break;
        if (isSymbol(k, u'!') || isSymbol(k, u'?') || isSymbol(k, u';'))
            return true;
        if (isSymbol(k, u'.') && k + 1 < count() && isCapitalized(k + 1) && k > 0 &&
            !isDigits(k - 1) && !isAbbreviation(folded(k - 1)))
            return true;
    }
    return false;
}

bool PiiText::startsSentence(qsizetype i) const
{
    if (i <= 0)
        return true;
    if (m_tokens[i].lineBreakBefore)
        return true;
    // Skip opening quotes and brackets.
    qsizetype k = i - 1;
    while (k >= 0 && (isSymbol(k, u'"') || isSymbol(k, u'(') || isSymbol(k, u'\u201E')))
        --k;
    if (k < 0)
        return true;
    return isSymbol(k, u'.') || isSymbol(k, u'!') || isSymbol(k, u'?') || isSymbol(k, u':') ||
           isSymbol(k, u'-');
}

std::uint32_t PiiText::hashOf(QLatin1String word)
{
    std::uint32_t hash = WordHashSeed;
    for (const char c : word)
        hash = wordHashStep(hash, char16_t(static_cast<uchar>(c)));
    return hash;
}

bool PiiText::hasWord(QLatin1String word) const
{
    const std::uint32_t hash = hashOf(word);
    for (qsizetype i = 0; i < count(); ++i)
        if (m_tokens[std::size_t(i)].hash == hash && kindIs(i, PiiTokenKind::Letters) &&
            foldedIs(i, {word}))
            return true;
    return false;
}

qsizetype PiiText::tokenAtOrAfter(qsizetype pos) const
{
    const auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), pos,
                                     [](const PiiToken& t, qsizetype p) { return t.end <= p; });
    return it - m_tokens.begin();
}

} // namespace kotva::pii
