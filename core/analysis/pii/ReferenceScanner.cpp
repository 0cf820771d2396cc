#include "core/analysis/pii/ReferenceScanner.h"

#include "core/analysis/pii/ScanState.h"

namespace kotva::pii {

namespace {

bool isWord(const PiiText& t, qsizetype i)
{
    return t.isLetters(i) || t.isDigits(i) || t.isMixed(i);
}

qsizetype digitCount(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += (c >= u'0' && c <= u'9') ? 1 : 0;
    return n;
}

// A court register: one to three letters, all upper case or an upper case and lower
// case pair ("C", "EX", "INS", "Nc", "Cm", "To").
bool isRegister(const PiiText& t, qsizetype i)
{
    const QStringView w = t.original(i);
    return t.isLetters(i) && w.size() <= 3 && w.front().isUpper() &&
           (w.size() == 1 || w.back().isUpper() || w.size() == 2);
}

/// "č. j. 4521/2024", "sp. zn. 12 C 345/2024", "čj.: MMB/12/2024": a file mark named as one,
/// whatever its shape (the words before it, the dots and a colon skipped).
bool namedAsFileMark(const PiiText& t, qsizetype first)
{
    qsizetype k = first - 1;
    while (k >= 0 && (t.isSymbol(k, u'.') || t.isSymbol(k, u':')))
        --k;
    if (k < 0 || !t.isLetters(k))
        return false;
    const QStringView w = t.folded(k);
    return w == QLatin1String("j") || w == QLatin1String("zn") || w == QLatin1String("cj") ||
           w == QLatin1String("spisu") || w == QLatin1String("jednaci") ||
           w == QLatin1String("jednacim") || w == QLatin1String("rizeni");
}

int value(const PiiText& t, qsizetype i)
{
    return t.isDigits(i) && t.original(i).size() <= 3 ? t.original(i).toInt() : -1;
}

} // namespace

void scanFileMarks(ScanState& state)
{
    const PiiText& t = state.text();
    qsizetype resume = 0;
    // Both shapes contain a "/" between two words: look only there.
    for (const qsizetype slash : t.nonLetterTokens()) {
        if (slash < resume || !t.isSymbol(slash, u'/') || !t.joined(slash) ||
            !t.joined(slash + 1) || !isWord(t, slash - 1) || !isWord(t, slash + 1))
            continue;
        // The words joined by "/" (or "-") around it.
        qsizetype first = slash - 1;
        while (first >= 2 && t.joined(first) &&
               (t.isSymbol(first - 1, u'/') ||
                // an office's letters before a dash ("UPCR-2024/45123"), not an account's prefix
                (t.isSymbol(first - 1, u'-') && t.isLetters(first - 2))) &&
               t.joined(first - 1) && isWord(t, first - 2))
            first -= 2;
        qsizetype last = slash + 1;
        while (t.joined(last + 1) && (t.isSymbol(last + 1, u'/') || t.isSymbol(last + 1, u'-')) &&
               t.joined(last + 2) && isWord(t, last + 2))
            last += 2;
        resume = last + 1;
        if (t.joined(last + 1) && isWord(t, last + 1))
            continue;
        // "23 C 118/2024": senate, register, number/year (the year has 2 or 4 digits).
        const qsizetype year = first + 2;
        if (last == year && t.isDigits(first) && t.isDigits(year) &&
            (t.original(year).size() == 2 || t.original(year).size() == 4) && t.spaced(first) &&
            isRegister(t, first - 1) && t.spaced(first - 1)) {
            qsizetype start = first - 1;
            if (t.isDigits(start - 1) && t.original(start - 1).size() <= 4)
                start -= 1;
            if (state.isFree(start, last))
                state.add(PiiKind::IdDocument, start, last);
            continue;
        }
        if (namedAsFileMark(t, first)) {
            if (state.isFree(first, last))
                state.add(PiiKind::IdDocument, first, last);
            continue;
        }
        // "MMB/0123456/2024": three parts or more, with an office's letters or a number
        // longer than a date's ("14/3/1985" stays a date).
        if (last - first < 4)
            continue;
        bool letters = false;
        bool longNumber = false;
        for (qsizetype k = first; k <= last; k += 2) {
            const QStringView w = t.original(k);
            letters = letters || (t.isLetters(k) && w.size() >= 2 && w.front().isUpper());
            longNumber = longNumber || digitCount(w) >= 5;
        }
        if ((letters || longNumber) && state.isFree(first, last))
            state.add(PiiKind::IdDocument, first, last);
    }
}

void scanIpAddresses(ScanState& state)
{
    const PiiText& t = state.text();
    for (const qsizetype i : t.digitTokens()) {
        // Not the tail of a longer dotted number or word.
        if (state.isTaken(i) || (t.joined(i) && (isWord(t, i - 1) || t.isSymbol(i - 1, u'.'))))
            continue;
        bool ok = true;
        for (qsizetype k = i; k <= i + 6 && ok; k += 2) {
            const int v = value(t, k);
            ok = v >= 0 && v <= 255 && (k == i || t.joined(k));
            if (ok && k < i + 6)
                ok = t.isSymbol(k + 1, u'.') && t.joined(k + 1);
        }
        if (!ok || (t.isSymbol(i + 7, u'.') && t.joined(i + 7) && t.isDigits(i + 8)) ||
            (t.joined(i + 7) && isWord(t, i + 7)) || !state.isFree(i, i + 6))
            continue;
        state.add(PiiKind::IdDocument, i, i + 6);
    }
}

} // namespace kotva::pii
