#include "core/analysis/text/LexiconPattern.h"

#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>

namespace kotva {

namespace {

constexpr int DefaultGap = 3;
constexpr int MaxGap = 9;
constexpr qsizetype MinStem = 3;

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Lexicon)
};

void appendWord(QList<PatternElement>& elements, PatternWord word)
{
    // A prefix word ends its element: the automaton needs contiguous literal text, so a
    // word after a stem starts a new element that is checked next to it (gap 0).
    if (elements.isEmpty() || elements.last().kind != PatternElement::Kind::Words ||
        elements.last().words.last().prefix)
        elements.append(PatternElement{PatternElement::Kind::Words, {}, 0});
    elements.last().words.append(std::move(word));
}

} // namespace

qsizetype PatternElement::literalLength() const
{
    qsizetype length = 0;
    for (const PatternWord& word : words)
        length += word.text.size() + (word.prefix ? 1 : 2);
    return length;
}

Result<ParsedPattern> parsePattern(const QString& pattern)
{
    ParsedPattern parsed;
    const QStringList parts = pattern.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        if (part.startsWith(u'*')) {
            int gap = DefaultGap;
            if (part.size() > 1) {
                bool ok = false;
                gap = part.mid(1).toInt(&ok);
                if (!ok || gap < 1 || gap > MaxGap)
                    return fail(ErrorCode::InvalidInput,
                                Tr::tr("\"*\" may only end a word, or stand alone as a gap "
                                       "(\"*\" or \"*1\" to \"*9\")."));
            }
            if (!parsed.elements.isEmpty() &&
                parsed.elements.last().kind == PatternElement::Kind::Gap)
                parsed.elements.last().maxGap =
                    std::min(MaxGap, parsed.elements.last().maxGap + gap);
            else
                parsed.elements.append(PatternElement{PatternElement::Kind::Gap, {}, gap});
            continue;
        }
        if (part == u"#") {
            parsed.elements.append(PatternElement{PatternElement::Kind::Number, {}, 0});
            continue;
        }
        // Fold character by character: punctuation separates words (as in the analysed
        // text) and a "*" right after a word makes that word a stem ("napsal*, že").
        QString word;
        for (qsizetype i = 0; i <= part.size(); ++i) {
            const QChar c = i < part.size() ? part.at(i) : QChar(u' ');
            if (c == u'*') {
                const bool endsWord = i + 1 == part.size() ||
                                      (part.at(i + 1) != u'*' &&
                                       NormalisedText::foldChar(part.at(i + 1).unicode()) == 0);
                if (word.isEmpty() || !endsWord)
                    return fail(ErrorCode::InvalidInput,
                                Tr::tr("\"*\" may only end a word, or stand alone as a gap "
                                       "(\"*\" or \"*1\" to \"*9\")."));
                if (word.size() < MinStem)
                    return fail(ErrorCode::InvalidInput,
                                Tr::tr("a stem before \"*\" needs at least 3 letters or digits."));
                appendWord(parsed.elements, PatternWord{word, true});
                word.clear();
                continue;
            }
            const char16_t folded = NormalisedText::foldChar(c.unicode());
            if (folded > 1) {
                word += QChar(folded);
            } else if (folded == 0 && !word.isEmpty()) {
                appendWord(parsed.elements, PatternWord{word, false});
                word.clear();
            }
        }
    }
    bool hasWords = false;
    for (const PatternElement& element : std::as_const(parsed.elements))
        hasWords = hasWords || element.kind == PatternElement::Kind::Words;
    if (!hasWords)
        return fail(ErrorCode::InvalidInput, Tr::tr("the pattern has no literal word."));
    if (parsed.elements.first().kind == PatternElement::Kind::Gap ||
        parsed.elements.last().kind == PatternElement::Kind::Gap)
        return fail(ErrorCode::InvalidInput, Tr::tr("a pattern may not start or end with a gap."));
    return parsed;
}

} // namespace kotva
