#include "core/analysis/text/LexiconPattern.h"

#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>

#include <algorithm>

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
    // word after a stem starts a new element that is checked next to it (gap 0). A lemma
    // word is an element of its own: the automaton then needs one keyword per form, not
    // one per combination of forms and neighbours.
    if (elements.isEmpty() || elements.last().kind != PatternElement::Kind::Words ||
        elements.last().words.last().prefix || elements.last().words.last().isLemma() ||
        word.isLemma())
        elements.append(PatternElement{PatternElement::Kind::Words, {}, 0});
    elements.last().words.append(std::move(word));
}

/// A literal word as a pattern word. The forms of "být" that spoken Czech writes
/// differently ("sem", "sme", "ste", "sou" without the "j": "dal sem si ty prášky";
/// "bejt", "nebejt") match either way, so no pattern needs writing twice; the other
/// literals are themselves only. (Folded, "být" is "byt", which is also a flat: a flat
/// is rarely written "bejt".)
PatternWord literalWord(const QString& folded)
{
    static const QList<std::pair<QString, QString>> spoken = {
        {QStringLiteral("jsem"), QStringLiteral("sem")},
        {QStringLiteral("jsme"), QStringLiteral("sme")},
        {QStringLiteral("jste"), QStringLiteral("ste")},
        {QStringLiteral("jsou"), QStringLiteral("sou")},
        {QStringLiteral("byt"), QStringLiteral("bejt")},
        {QStringLiteral("nebyt"), QStringLiteral("nebejt")},
    };
    for (const auto& [written, said] : spoken)
        if (folded == written)
            return PatternWord{folded,
                               false,
                               written < said ? QStringList{written, said}
                                              : QStringList{said, written},
                               {}};
    return PatternWord{folded, false, {}, {}};
}

/// True when every character of word folds to a letter or digit: one word, no "*".
bool isWholeWord(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word)
        if (NormalisedText::foldChar(c.unicode()) == 0)
            return false;
    return !NormalisedText::fold(word).isEmpty();
}

/// "~lemma" or "~word=example" (part without the "~") as a pattern word with its forms.
Result<PatternWord> lemmaWord(const QString& part, const LemmaForms& lemmas)
{
    const qsizetype equals = part.indexOf(u'=');
    const QStringView lemma = QStringView(part).left(equals < 0 ? part.size() : equals);
    const QStringView example = equals < 0 ? QStringView() : QStringView(part).mid(equals + 1);
    if (!isWholeWord(lemma) || (equals >= 0 && !isWholeWord(example)))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("\"~%1\": write \"~lemma\" or \"~word=example\" with whole words "
                           "(no \"*\", no punctuation).")
                        .arg(part));
    const QStringList* forms = lemmas.find(part);
    if (!forms)
        return fail(ErrorCode::NotFound, Tr::tr("no forms are known for \"~%1\".").arg(part));
    if (forms->isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("the forms table has no forms for \"~%1\".").arg(part));
    return PatternWord{NormalisedText::fold(lemma), false, *forms, LemmaForms::key(part)};
}

/// The number of word sequences the pattern stands for, counted up to just past the cap.
qsizetype expansion(const ParsedPattern& pattern)
{
    qsizetype product = 1;
    for (const PatternElement& element : pattern.elements)
        for (const PatternWord& word : element.words)
            if (word.isLemma())
                product = std::min(product * word.forms.size(), MaxPatternExpansion + 1);
    return product;
}

} // namespace

qsizetype PatternElement::literalLength() const
{
    qsizetype length = 0;
    for (const PatternWord& word : words) {
        qsizetype shortest = word.text.size();
        for (const QString& form : word.forms)
            shortest = std::min(shortest, form.size());
        length += shortest + (word.prefix ? 1 : 2);
    }
    return length;
}

Result<ParsedPattern> parsePattern(const QString& pattern, const LemmaForms& lemmas)
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
        if (part.startsWith(u'~')) {
            auto word = lemmaWord(part.mid(1), lemmas);
            if (!word)
                return std::unexpected(word.error());
            appendWord(parsed.elements, std::move(*word));
            continue;
        }
        if (part.contains(u'~'))
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("\"~\" may only start a word (\"~lemma\")."));
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
                appendWord(parsed.elements, PatternWord{word, true, {}, {}});
                word.clear();
                continue;
            }
            const char16_t folded = NormalisedText::foldChar(c.unicode());
            if (folded > 1) {
                word += QChar(folded);
            } else if (folded == 0 && !word.isEmpty()) {
                appendWord(parsed.elements, literalWord(word));
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
    if (expansion(parsed) > MaxPatternExpansion)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("the \"~\" words stand for more than %1 combinations of forms; "
                           "split the pattern or use a stem (\"word*\").")
                        .arg(MaxPatternExpansion));
    return parsed;
}

} // namespace kotva
