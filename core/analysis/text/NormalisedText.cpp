#include "core/analysis/text/NormalisedText.h"

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

using FoldTable = std::array<char16_t, 0x10000>;

const FoldTable& foldTable()
{
    // Built once (thread-safe static initialisation); afterwards folding is one lookup.
    static const std::unique_ptr<const FoldTable> table = [] {
        auto built = std::make_unique<FoldTable>();
        for (unsigned c = 0; c < 0x10000; ++c)
            (*built)[c] = computeFold(static_cast<char16_t>(c));
        return built;
    }();
    return *table;
}

} // namespace

char16_t NormalisedText::foldChar(char16_t c)
{
    return foldTable()[c];
}

NormalisedText::NormalisedText(const QString& original)
    : m_original(original)
{
    const char16_t* const table = foldTable().data();
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

    // Plain locals in two tight loops (between words, inside a word) keep the hot path
    // in registers; this runs over every character of every analysed text.
    qsizetype i = 0;
    for (;;) {
        while (i < size && table[source[i]] <= Ignored)
            ++i;
        if (i >= size)
            break;
        const qsizetype foldedStart = pos;
        const qsizetype originalStart = i;
        qsizetype originalEnd = i;
        for (;; ++i) {
            const char16_t folded = table[source[i]];
            if (folded > Ignored)
                out[pos++] = folded;
            else if (folded == Separator)
                break;
            originalEnd = i + 1;
        }
        m_tokens.push_back(Token{foldedStart, pos, originalStart, originalEnd});
        out[pos++] = u' ';
    }
    m_folded.truncate(pos);
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
        while (table[m_original.at(original).unicode()] <= Ignored)
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
        const char16_t folded = table[c.unicode()];
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
