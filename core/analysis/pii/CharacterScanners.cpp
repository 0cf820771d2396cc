#include "core/analysis/pii/CharacterScanners.h"

#include "core/analysis/pii/IdentifierChecks.h"
#include "core/analysis/pii/ScanState.h"

#include <algorithm>

namespace kotva::pii {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordChar(QChar c)
{
    return isAsciiDigit(c) || c.isLetter() || c.isMark();
}

bool isLocalPartChar(QChar c)
{
    return isWordChar(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
}

bool isDomainChar(QChar c)
{
    return isWordChar(c) || c == u'.' || c == u'-';
}

/// The length of the two or three ASCII letters after a comma at text[at] when they end
/// a word there, else 0.
qsizetype commaTopLevelDomain(const QString& text, qsizetype at)
{
    if (at >= text.size() || text[at] != u',')
        return 0;
    qsizetype length = 0;
    while (at + 1 + length < text.size() && isAsciiLetter(text[at + 1 + length]))
        ++length;
    const qsizetype after = at + 1 + length;
    if (length < 2 || length > 3 || (after < text.size() && isWordChar(text[after])))
        return 0;
    return length;
}

} // namespace

void scanLinks(ScanState& state)
{
    const PiiText& t = state.text();
    const QString& text = t.text();
    qsizetype resume = 0; // tokens before this are part of a link
    // A link starts with a word followed by ":" or ".", so look only before symbols.
    for (const qsizetype symbol : t.nonLetterTokens()) {
        const qsizetype i = symbol - 1;
        if (!(t.isSymbol(symbol, u':') || t.isSymbol(symbol, u'.')) || i < resume ||
            !t.isLetters(i) || (t.folded(i).front() != u'h' && t.folded(i).front() != u'w'))
            continue;
        const bool scheme = t.foldedIs(i, {QLatin1String("http"), QLatin1String("https")}) &&
                            t.isSymbol(i + 1, u':') && t.joined(i + 1);
        const bool www = t.foldedIs(i, {QLatin1String("www")}) && t.isSymbol(i + 1, u'.');
        if (!scheme && !www)
            continue;
        qsizetype end = t.at(i).start;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        state.takeChars(t.at(i).start, end);
        resume = t.tokenAtOrAfter(end);
    }
}

void scanEmails(ScanState& state)
{
    const PiiText& t = state.text();
    const QString& text = t.text();
    qsizetype searchFrom = 0;
    // "@" is a symbol token of its own: look only there.
    for (const qsizetype symbol : t.nonLetterTokens()) {
        if (!t.isSymbol(symbol, u'@') || t.at(symbol).start < searchFrom)
            continue;
        const qsizetype at = t.at(symbol).start;
        searchFrom = at + 1;
        qsizetype start = at;
        while (start > 0 && isLocalPartChar(text[start - 1]))
            --start;
        while (start < at && !isWordChar(text[start]))
            ++start; // no leading dot or dash
        qsizetype end = at + 1;
        while (end < text.size() && isDomainChar(text[end]))
            ++end;
        while (end > at + 1 && !isWordChar(text[end - 1]))
            --end; // a full stop ending the sentence is not part of the domain
        if (start == at || end <= at + 1)
            continue;
        // Typed on a phone, the last dot is sometimes a comma ("jana@centrum,cz"): a comma
        // right before two or three letters that end the word is that dot.
        const qsizetype tld = commaTopLevelDomain(text, end);
        if (tld > 0) {
            state.addChars(PiiKind::Email, start, end + 1 + tld);
            searchFrom = end + 1 + tld;
            continue;
        }
        const QStringView domain = QStringView(text).mid(at + 1, end - at - 1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (dot <= 0 || domain.size() - dot - 1 < 2)
            continue;
        bool tldLetters = true;
        for (QChar c : domain.mid(dot + 1))
            tldLetters = tldLetters && c.isLetter();
        if (!tldLetters)
            continue;
        state.addChars(PiiKind::Email, start, end);
        searchFrom = end;
    }
}

void scanSpelledEmails(ScanState& state)
{
    // "pavel.kos (zavináč) seznam (tečka) cz", "jana zavinac gmail tecka com": the "@" and
    // the dot written as words so that no program would see an address.
    const PiiText& t = state.text();
    // Rare words: a look at the words' hashes, or at the brackets, before any loop over
    // all the words.
    bool present = t.hasWord(QLatin1String("zavinac"));
    for (const qsizetype j : t.nonLetterTokens()) {
        if (present)
            break;
        present = t.isSymbol(j, u'(') && t.isSymbol(j + 2, u')') && t.isLetters(j + 1) &&
                  t.foldedIs(j + 1, {QLatin1String("at")});
    }
    if (!present)
        return;
    const auto isWordToken = [&t](qsizetype k) {
        return k >= 0 && k < t.count() && (t.isLetters(k) || t.isMixed(k) || t.isDigits(k));
    };
    for (qsizetype i = 1; i + 1 < t.count(); ++i) {
        // "zavináč" anywhere; "at" only in brackets ("marie.dvorakova(at)gmail.com"). Every
        // word passes here: the length decides before any comparison.
        const qsizetype length = t.at(i).end - t.at(i).start;
        if ((length != 2 && length != 7) || !t.isLetters(i))
            continue;
        const bool bracketedAt = length == 2 && t.isSymbol(i - 1, u'(') &&
                                 t.isSymbol(i + 1, u')') && t.foldedIs(i, {QLatin1String("at")});
        if (!bracketedAt && !(length == 7 && t.foldedIs(i, {QLatin1String("zavinac")})))
            continue;
        // The local part before it (a bracket may enclose the word): a chain of words
        // joined by dots, underscores or hyphens.
        qsizetype first = t.isSymbol(i - 1, u'(') ? i - 2 : i - 1;
        if (!isWordToken(first))
            continue;
        while (first >= 2 && t.joined(first) &&
               (t.isSymbol(first - 1, u'.') || t.isSymbol(first - 1, u'_') ||
                t.isSymbol(first - 1, u'-')) &&
               t.joined(first - 1) && isWordToken(first - 2))
            first -= 2;
        // The domain, and its dot written as "tečka" (or typed) before a top-level domain.
        qsizetype last = t.isSymbol(i + 1, u')') ? i + 2 : i + 1;
        if (!isWordToken(last))
            continue;
        qsizetype dot = last + 1;
        if (t.isSymbol(dot, u'('))
            ++dot;
        if (dot < t.count() &&
            (t.foldedIs(dot, {QLatin1String("tecka")}) || t.isSymbol(dot, u'.'))) {
            qsizetype tld = t.isSymbol(dot + 1, u')') ? dot + 2 : dot + 1;
            if (tld < t.count() && t.isLetters(tld) && t.at(tld).end - t.at(tld).start <= 4)
                last = tld;
        }
        if (state.isFree(first, last))
            state.add(PiiKind::Email, first, last);
        i = last;
    }
}

void scanIbans(ScanState& state)
{
    const PiiText& t = state.text();
    const QString& text = t.text();
    const qsizetype n = text.size();
    qsizetype resume = 0; // tokens before this are part of an IBAN
    // An IBAN starts a word with two letters and two digits ("CZ65…"): a mixed word.
    for (const qsizetype i : t.nonLetterTokens()) {
        if (i < resume || !t.isMixed(i) || state.isTaken(i))
            continue;
        const qsizetype p = t.at(i).start;
        if (p + 4 > n || !isAsciiLetter(text[p]) || !isAsciiLetter(text[p + 1]) ||
            !isAsciiDigit(text[p + 2]) || !isAsciiDigit(text[p + 3]))
            continue;
        // Collect letters and digits; a single space may separate groups of four.
        QString compact;
        QList<qsizetype> groupEnds; // compact length and text offset at each possible end
        QList<qsizetype> textEnds;
        qsizetype q = p;
        qsizetype groupLength = 0;
        while (q < n && compact.size() < 34) {
            if (isAsciiAlnum(text[q])) {
                compact.append(text[q]);
                ++groupLength;
                ++q;
                continue;
            }
            if (text[q] == u' ' && groupLength == 4 && q + 1 < n && isAsciiAlnum(text[q + 1])) {
                groupEnds.append(compact.size());
                textEnds.append(q);
                groupLength = 0;
                ++q;
                continue;
            }
            break;
        }
        if (q >= n || !isWordChar(text[q])) {
            groupEnds.append(compact.size());
            textEnds.append(q);
        }
        bool found = false;
        for (qsizetype k = groupEnds.size() - 1; k >= 0; --k) {
            if (isValidIban(QStringView(compact).left(groupEnds[k]))) {
                state.addChars(PiiKind::Iban, p, textEnds[k]);
                resume = t.tokenAtOrAfter(textEnds[k]);
                found = true;
                break;
            }
        }
        // A Czech or Slovak IBAN with a typo in it (or made up) still points at an account:
        // the exact shape, two letters and 22 digits, is enough. Any end will do: a word
        // after the last group ("… 4567 a nájem") is read as a group at first.
        for (qsizetype k = groupEnds.size() - 1; k >= 0 && !found; --k) {
            const QStringView candidate = QStringView(compact).left(groupEnds[k]);
            const bool czechShape = candidate.size() == 24 &&
                                    (candidate.startsWith(QLatin1String("CZ")) ||
                                     candidate.startsWith(QLatin1String("SK"))) &&
                                    std::all_of(candidate.begin() + 2, candidate.end(),
                                                [](QChar c) { return isAsciiDigit(c); });
            if (czechShape) {
                state.addChars(PiiKind::Iban, p, textEnds[k]);
                resume = t.tokenAtOrAfter(textEnds[k]);
                found = true;
            }
        }
    }
}

} // namespace kotva::pii
