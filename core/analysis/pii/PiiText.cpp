#include "core/analysis/pii/PiiText.h"

#include "core/analysis/text/NormalisedText.h"

#include <algorithm>
#include <array>
#include <memory>

namespace kotva::pii {

namespace {

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

namespace {

enum class CharClass : quint8 { Space, Digit, Letter, Other };

CharClass computeClass(char16_t u)
{
    if (u >= u'0' && u <= u'9')
        return CharClass::Digit;
    const QChar c(u);
    if (c.isSpace())
        return CharClass::Space;
    return c.isLetter() || c.isMark() ? CharClass::Letter : CharClass::Other;
}

// Czech text is full of letters outside ASCII (á, č, ř, ž …): one table lookup per
// character instead of the QChar property calls, built once (thread-safe static).
// Each entry is the CharClass, plus UpperBit for upper-case letters.
constexpr quint8 UpperBit = 0x10;
constexpr quint8 ClassMask = 0x0f;

const quint8* classTable()
{
    static const std::unique_ptr<const std::array<quint8, 0x10000>> table = [] {
        auto built = std::make_unique<std::array<quint8, 0x10000>>();
        for (unsigned c = 0; c < 0x10000; ++c) {
            const auto u = static_cast<char16_t>(c);
            (*built)[c] = quint8(quint8(computeClass(u)) | (QChar(u).isUpper() ? UpperBit : 0));
        }
        return built;
    }();
    return table->data();
}

char16_t foldLetter(char16_t u)
{
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? char16_t(u | 0x20) : u;
    const char16_t f = NormalisedText::foldChar(u);
    return f > 1 ? f : QChar(u).toLower().unicode();
}

} // namespace

// One pass: classify each character once, fold letters, and cut tokens.
PiiText::PiiText(const QString& text)
    : m_text(text)
{
    const qsizetype n = text.size();
    m_folded.resize(n);
    m_tokens.reserve(n / 5 + 1);
    const char16_t* in = reinterpret_cast<const char16_t*>(text.constData());
    const quint8* const classOf = classTable();
    QChar* folded = m_folded.data();

    PiiToken::Gap gap = PiiToken::Gap::None;
    bool lineBreak = false;
    qsizetype i = 0;
    while (i < n) {
        const char16_t u = in[i];
        const auto cls = CharClass(classOf[u] & ClassMask);
        if (cls == CharClass::Space) {
            folded[i] = QChar(u);
            const bool single = (u == u' ' || u == 0x00A0) && gap == PiiToken::Gap::None;
            gap = single ? PiiToken::Gap::Space : PiiToken::Gap::Wide;
            lineBreak = lineBreak || u == u'\n' || u == u'\r' || u == 0x2029;
            ++i;
            continue;
        }
        PiiToken token;
        token.start = i;
        token.gap = gap;
        token.lineBreakBefore = lineBreak;
        if (cls == CharClass::Other) {
            folded[i] = QChar(u);
            ++i;
            token.kind = PiiTokenKind::Symbol;
        } else {
            bool digits = false;
            bool letters = false;
            // Capitalised: upper case first, no upper case after it ("Nováková").
            const bool upperFirst = classOf[u] & UpperBit;
            bool upperLater = false;
            while (i < n) {
                const char16_t w = in[i];
                const quint8 entry = classOf[w];
                const auto wc = CharClass(entry & ClassMask);
                upperLater = upperLater || (i > token.start && (entry & UpperBit));
                if (wc == CharClass::Digit) {
                    digits = true;
                    folded[i] = QChar(w);
                } else if (wc == CharClass::Letter) {
                    letters = true;
                    folded[i] = QChar(foldLetter(w));
                } else {
                    break;
                }
                ++i;
            }
            token.kind = digits && letters ? PiiTokenKind::Mixed
                         : digits          ? PiiTokenKind::Digits
                                           : PiiTokenKind::Letters;
            token.capitalized = upperFirst && !upperLater;
        }
        token.end = i;
        if (token.kind == PiiTokenKind::Digits)
            m_digitTokens.push_back(count());
        m_tokens.push_back(token);
        gap = PiiToken::Gap::None;
        lineBreak = false;
    }
}

bool PiiText::isCapitalized(qsizetype i) const
{
    return isLetters(i) && m_tokens[std::size_t(i)].capitalized;
}

bool PiiText::joined(qsizetype i) const
{
    return i > 0 && i < count() && m_tokens[i].gap == PiiToken::Gap::None;
}

bool PiiText::spaced(qsizetype i) const
{
    return i > 0 && i < count() && m_tokens[i].gap == PiiToken::Gap::Space;
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

bool PiiText::foldedIs(qsizetype i, std::initializer_list<QLatin1String> words) const
{
    if (i < 0 || i >= count())
        return false;
    const QStringView f = folded(i);
    return std::any_of(words.begin(), words.end(),
                       [f](QLatin1String w) { return f.size() == w.size() && f == w; });
}

bool PiiText::foldedStartsWith(qsizetype i, std::initializer_list<QLatin1String> stems) const
{
    if (i < 0 || i >= count())
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
