#include "core/analysis/pii/PiiText.h"

#include "core/analysis/text/NormalisedText.h"

#include <algorithm>

namespace kotva::pii {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return isAsciiDigit(c) || c.isLetter() || c.isMark();
}

// Abbreviations after which a full stop does not end a sentence.
bool isAbbreviation(QStringView folded)
{
    static const QLatin1String abbreviations[] = {
        QLatin1String("ul"),   QLatin1String("nam"),  QLatin1String("tr"),   QLatin1String("c"),
        QLatin1String("cp"),   QLatin1String("p"),    QLatin1String("nar"),  QLatin1String("tel"),
        QLatin1String("mob"),  QLatin1String("mgr"),  QLatin1String("ing"),  QLatin1String("bc"),
        QLatin1String("phdr"), QLatin1String("mudr"), QLatin1String("judr"), QLatin1String("doc"),
        QLatin1String("prof"), QLatin1String("kpt"),  QLatin1String("sv"),   QLatin1String("dat"),
        QLatin1String("r"),    QLatin1String("cca"),  QLatin1String("tzv"),  QLatin1String("napr"),
        QLatin1String("resp"), QLatin1String("nabr"), QLatin1String("sidl"), QLatin1String("st"),
        QLatin1String("gen"),  QLatin1String("pplk"), QLatin1String("mjr"),  QLatin1String("arch"),
        QLatin1String("dr"),
    };
    return std::any_of(std::begin(abbreviations), std::end(abbreviations),
                       [folded](QLatin1String a) { return folded == a; });
}

} // namespace

PiiText::PiiText(const QString& text)
    : m_text(text)
{
    m_folded.resize(text.size());
    QChar* folded = m_folded.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLetter()) {
            const char16_t f = NormalisedText::foldChar(c.unicode());
            folded[i] = f > 1 ? QChar(f) : c.toLower();
        } else {
            folded[i] = c;
        }
    }

    PiiToken::Gap gap = PiiToken::Gap::None;
    bool lineBreak = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace()) {
            const bool single = (c == u' ' || c == QChar(0x00A0)) && gap == PiiToken::Gap::None;
            gap = single ? PiiToken::Gap::Space : PiiToken::Gap::Wide;
            lineBreak = lineBreak || c == u'\n' || c == u'\r' || c == QChar(0x2029);
            ++i;
            continue;
        }
        PiiToken token;
        token.start = i;
        token.gap = gap;
        token.lineBreakBefore = lineBreak;
        if (isWordChar(c)) {
            bool digits = false;
            bool letters = false;
            while (i < text.size() && isWordChar(text[i])) {
                (isAsciiDigit(text[i]) ? digits : letters) = true;
                ++i;
            }
            token.kind = digits && letters ? PiiTokenKind::Mixed
                         : digits          ? PiiTokenKind::Digits
                                           : PiiTokenKind::Letters;
        } else {
            ++i;
            token.kind = PiiTokenKind::Symbol;
        }
        token.end = i;
        m_tokens.append(token);
        gap = PiiToken::Gap::None;
        lineBreak = false;
    }
}

QStringView PiiText::original(qsizetype i) const
{
    const PiiToken& t = m_tokens[i];
    return QStringView(m_text).mid(t.start, t.end - t.start);
}

QStringView PiiText::folded(qsizetype i) const
{
    const PiiToken& t = m_tokens[i];
    return QStringView(m_folded).mid(t.start, t.end - t.start);
}

bool PiiText::isSymbol(qsizetype i, char16_t c) const
{
    return kindIs(i, PiiTokenKind::Symbol) && m_text[m_tokens[i].start] == QChar(c);
}

bool PiiText::isCapitalized(qsizetype i) const
{
    if (!isLetters(i))
        return false;
    const QStringView word = original(i);
    if (!word.front().isUpper())
        return false;
    for (qsizetype k = 1; k < word.size(); ++k) {
        if (word[k].isUpper())
            return false;
    }
    return true;
}

bool PiiText::joined(qsizetype i) const
{
    return i > 0 && i < m_tokens.size() && m_tokens[i].gap == PiiToken::Gap::None;
}

bool PiiText::spaced(qsizetype i) const
{
    return i > 0 && i < m_tokens.size() && m_tokens[i].gap == PiiToken::Gap::Space;
}

bool PiiText::sentenceBreakBetween(qsizetype a, qsizetype b) const
{
    for (qsizetype k = std::max<qsizetype>(a + 1, 0); k <= b && k < m_tokens.size(); ++k) {
        if (m_tokens[k].lineBreakBefore)
            return true;
        if (k >= b)
            break;
        if (isSymbol(k, u'!') || isSymbol(k, u'?') || isSymbol(k, u';'))
            return true;
        if (isSymbol(k, u'.') && k + 1 < m_tokens.size() && isCapitalized(k + 1) && k > 0 &&
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

bool PiiText::foldedIs(qsizetype i, std::initializer_list<QLatin1String> words) const
{
    if (i < 0 || i >= m_tokens.size())
        return false;
    const QStringView f = folded(i);
    return std::any_of(words.begin(), words.end(), [f](QLatin1String w) { return f == w; });
}

bool PiiText::foldedStartsWith(qsizetype i, std::initializer_list<QLatin1String> stems) const
{
    if (i < 0 || i >= m_tokens.size())
        return false;
    const QStringView f = folded(i);
    return std::any_of(stems.begin(), stems.end(),
                       [f](QLatin1String s) { return f.startsWith(s); });
}

qsizetype PiiText::tokenAtOrAfter(qsizetype pos) const
{
    const auto it = std::lower_bound(m_tokens.begin(), m_tokens.end(), pos,
                                     [](const PiiToken& t, qsizetype p) { return t.end <= p; });
    return it - m_tokens.begin();
}

} // namespace kotva::pii
