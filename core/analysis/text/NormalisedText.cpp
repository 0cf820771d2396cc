#include "core/analysis/text/NormalisedText.h"

#include "core/analysis/text/StringHash.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <memory>

namespace kotva {

namespace {

constexpr char16_t Separator = 0;
constexpr char16_t Ignored = 1;

/// Letters whose diacritic is not a combining mark in Unicode (no decomposition).
char16_t foldSpecialLetter(char16_t c)
{
    switch (c) {
    case u'ß':
        return u's';
    case u'đ':
        return u'd';
    case u'ð':
        return u'd';
    case u'ł':
        return u'l';
    case u'ŀ':
        return u'l';
    case u'ø':
        return u'o';
    case u'œ':
        return u'o';
    case u'æ':
        return u'a';
    case u'ħ':
        return u'h';
    case u'ı':
        return u'i';
    case u'ŧ':
        return u't';
    case u'þ':
        return u't';
    default:
        return c;
    }
}

/// Strips diacritics by following the first character of the decomposition
/// (canonical, and compatibility forms such as full-width letters or ligatures).
char16_t baseLetter(char16_t c)
{
    for (int guard = 0; guard < 4; ++guard) {
        const QString decomposition = QChar(c).decomposition();
        if (decomposition.isEmpty())
            break;
        const QChar first = decomposition.at(0);
        if (first.isSurrogate() || !first.isLetterOrNumber())
            break;
        c = first.unicode();
    }
    return c;
}

char16_t computeFold(char16_t c)
{
    const QChar ch(c);
    if (ch.isSurrogate())
        return Separator;
    // Soft hyphen and zero-width (non-)joiners occur inside words copied from the web.
    if (c == 0x00AD || c == 0x200C || c == 0x200D || c == 0x2060)
        return Ignored;
    if (ch.isMark())
        return Ignored;
    if (!ch.isLetterOrNumber())
        return Separator;
    char16_t folded = QChar(baseLetter(c)).toCaseFolded().unicode();
    folded = foldSpecialLetter(baseLetter(folded));
    folded = QChar(folded).toCaseFolded().unicode();
    return folded > Ignored ? folded : Separator;
}

// One table entry per UTF-16 code unit: the folded form in the low 16 bits, and what
// the character is in the bits above (one load per character tells both).
constexpr std::uint32_t FoldMask = 0xffff;
constexpr std::uint32_t LetterBit = 1u << 16;
constexpr std::uint32_t DigitBit = 1u << 17; ///< ASCII digits only
constexpr std::uint32_t UpperBit = 1u << 18;
/// Not plain (see hasPlainWords()): ignored inside words, a word character that is no
/// letter or ASCII digit, or a letter, mark or digit that separates words.
constexpr std::uint32_t OddBit = 1u << 19;
constexpr std::uint32_t SentenceEndBit = 1u << 20;
constexpr std::uint32_t QuestionBit = 1u << 21;

bool endsSentence(char16_t c)
{
    switch (c) {
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

std::uint32_t computeEntry(char16_t c)
{
    const QChar ch(c);
    const char16_t folded = computeFold(c);
    const bool asciiDigit = c >= u'0' && c <= u'9';
    const bool letter = ch.isLetter();
    bool odd = false;
    if (folded == Ignored) {
        odd = true;
    } else if (folded == Separator) {
        odd = letter || ch.isMark() || asciiDigit;
    } else {
        // The plain fold of a letter: ASCII lower case, otherwise the folded form.
        const char16_t plain = c < 128 && c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c;
        odd = !(letter || asciiDigit) || (c < 128 && plain != folded);
    }
    return folded | (letter ? LetterBit : 0) | (asciiDigit ? DigitBit : 0) |
           (ch.isUpper() ? UpperBit : 0) | (odd ? OddBit : 0) |
           (endsSentence(c) ? SentenceEndBit : 0) | (c == u'?' ? QuestionBit : 0);
}

using FoldTable = std::array<std::uint32_t, 0x10000>;

const FoldTable& foldTable()
{
    // Built once (thread-safe static initialisation); afterwards folding is one lookup.
    static const std::unique_ptr<const FoldTable> table = [] {
        auto built = std::make_unique<FoldTable>();
        for (unsigned c = 0; c < 0x10000; ++c)
            (*built)[c] = computeEntry(static_cast<char16_t>(c));
        return built;
    }();
    return *table;
}

char16_t foldOf(std::uint32_t entry)
{
    return char16_t(entry & FoldMask);
}

/// The traits of the separators before a word (or after the last one).
quint8 gapTraitsOf(std::uint32_t gap)
{
    return quint8(((gap & SentenceEndBit) ? Token::SentenceEndBefore : 0) |
                  ((gap & QuestionBit) ? Token::QuestionBefore : 0));
}

quint8 traitsOf(std::uint32_t gap, std::uint32_t first, std::uint32_t rest)
{
    const std::uint32_t all = first | rest;
    return quint8(((all & LetterBit) ? Token::HasLetter : 0) |
                  ((all & DigitBit) ? Token::HasDigit : 0) |
                  ((first & UpperBit) ? Token::FirstUpper : 0) |
                  ((rest & UpperBit) ? Token::UpperAfterFirst : 0) | gapTraitsOf(gap));
}

} // namespace

char16_t NormalisedText::foldChar(char16_t c)
{
    return foldOf(foldTable()[c]);
}

NormalisedText::NormalisedText(const QString& original)
    : m_original(original)
{
    const std::uint32_t* const table = foldTable().data();
    // utf16() guarantees the terminating '\0' (it copies raw data that lacks one), which
    // separates words: the loop over a word's characters needs no bounds check.
    const char16_t* const source = reinterpret_cast<const char16_t*>(m_original.utf16());
    const qsizetype size = m_original.size();

    // Worst case: every character a one-letter word followed by a space, plus the lead space.
    m_folded.resize(size + 2);
    char16_t* const out = reinterpret_cast<char16_t*>(m_folded.data());
    qsizetype pos = 0;
    out[pos++] = u' ';
    m_tokens.reserve(std::size_t(size / 5 + 1));
    // A copy whose word characters are replaced below.
    m_alignedFold = QString(m_original.constData(), size);
    char16_t* const aligned = reinterpret_cast<char16_t*>(m_alignedFold.data());

    // Plain locals in two tight loops (between words, inside a word) keep the hot path
    // in registers; this runs over every character of every analysed text. Each word is
    // hashed and its traits gathered on the way, for the scanners that look words up.
    std::uint32_t odd = 0;
    std::uint32_t gap = 0; ///< the separators before the next word
    qsizetype i = 0;
    for (;;) {
        std::uint32_t head = 0;
        while (i < size && foldOf(head = table[source[i]]) <= Ignored) {
            gap |= head;
            ++i;
        }
        odd |= gap;
        if (i >= size)
            break;
        const qsizetype foldedStart = pos;
        const qsizetype originalStart = i;
        out[pos++] = foldOf(head);
        aligned[i] = foldOf(head);
        std::uint32_t hash = wordHashStep(WordHashSeed, foldOf(head));
        std::uint32_t rest = 0;
        // The word ends where the separator that stops this loop is (ignored characters
        // inside it, such as combining marks, belong to it).
        for (++i;; ++i) {
            const std::uint32_t entry = table[source[i]];
            const char16_t folded = foldOf(entry);
            if (folded > Ignored) {
                out[pos++] = folded;
                aligned[i] = folded;
                hash = wordHashStep(hash, folded);
            } else if (folded == Separator) {
                break;
            }
            rest |= entry;
        }
        odd |= head | rest;
        m_tokens.push_back(
            Token{foldedStart, pos, originalStart, i, hash, traitsOf(gap, head, rest)});
        out[pos++] = u' ';
        gap = 0;
    }
    m_folded.truncate(pos);
    m_trailingTraits = gapTraitsOf(gap);
    m_plainWords = !(odd & OddBit);
}

QStringView NormalisedText::word(qsizetype i) const
{
    const Token& token = m_tokens[std::size_t(i)];
    return QStringView(m_folded).sliced(token.foldedStart, token.foldedEnd - token.foldedStart);
}

QStringView NormalisedText::originalWord(qsizetype i) const
{
    const Token& token = m_tokens[std::size_t(i)];
    return QStringView(m_original)
        .sliced(token.originalStart, token.originalEnd - token.originalStart);
}

TextSpan NormalisedText::originalSpan(qsizetype firstToken, qsizetype endToken) const
{
    if (firstToken >= endToken || firstToken < 0 || endToken > tokenCount())
        return {};
    return {m_tokens[std::size_t(firstToken)].originalStart,
            m_tokens[std::size_t(endToken - 1)].originalEnd};
}

qsizetype NormalisedText::tokenAt(qsizetype foldedPos) const
{
    const auto it =
        std::upper_bound(m_tokens.cbegin(), m_tokens.cend(), foldedPos,
                         [](qsizetype pos, const Token& token) { return pos < token.foldedEnd; });
    return it - m_tokens.cbegin();
}

qsizetype NormalisedText::toOriginal(qsizetype foldedPos) const
{
    const qsizetype index = tokenAt(foldedPos);
    if (index > 0 && m_tokens[std::size_t(index - 1)].foldedEnd == foldedPos)
        return m_tokens[std::size_t(index - 1)].originalEnd;
    if (index >= tokenCount())
        return m_original.size();
    const Token& token = m_tokens[std::size_t(index)];
    if (foldedPos <= token.foldedStart)
        return token.originalStart;
    // Walk the original word: each folded character comes from one code unit, and
    // ignored characters (combining marks) in between produce none.
    const FoldTable& table = foldTable();
    qsizetype original = token.originalStart;
    for (qsizetype k = token.foldedStart; k < foldedPos; ++k) {
        while (foldOf(table[m_original.at(original).unicode()]) <= Ignored)
            ++original;
        ++original;
    }
    return original;
}

bool NormalisedText::isNumber(qsizetype i) const
{
    const QStringView text = word(i);
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString NormalisedText::fold(QStringView text)
{
    const FoldTable& table = foldTable();
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t folded = foldOf(table[c.unicode()]);
        if (folded > Ignored) {
            if (pendingSpace && !result.isEmpty())
                result.append(u' ');
            pendingSpace = false;
            result.append(QChar(folded));
        } else if (folded == Separator) {
            pendingSpace = true;
        }
    }
    return result;
}

} // namespace kotva
