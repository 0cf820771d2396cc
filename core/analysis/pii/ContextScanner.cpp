#include "core/analysis/pii/ContextScanner.h"

#include "core/analysis/pii/ScanState.h"

namespace kotva::pii {

namespace {

// Every candidate with a context word at most `window` tokens before it, in the same
// sentence, is reported. Candidates (digits, mixed words) are rare in ordinary text, so
// only the tokens in `starts` (ascending; a superset of where parse can succeed) are
// parsed, and the context is only looked at around a candidate.
// parse(t, j) returns the last token of a candidate starting at j, or -1.
template <typename IsContext, typename Parse>
void scanAfterContext(ScanState& state, PiiKind kind, qsizetype window,
                      const std::vector<qsizetype>& starts, IsContext isContext, Parse parse)
{
    const PiiText& t = state.text();
    qsizetype resume = 0; // tokens before this belong to a finding
    for (const qsizetype j : starts) {
        if (j < resume || state.isTaken(j))
            continue;
        const qsizetype last = parse(t, j);
        if (last < j || !state.isFree(j, last))
            continue;
        for (qsizetype k = j - 1; k >= 0 && k >= j - window; --k) {
            if (t.sentenceBreakBetween(k, j))
                break;
            if (t.isLetters(k) && isContext(t, k)) {
                state.add(kind, j, last);
                resume = last + 1;
                break;
            }
        }
    }
}

qsizetype digitCount(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += (c >= u'0' && c <= u'9') ? 1 : 0;
    return n;
}

bool isAsciiAlnum(QStringView s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')))
            return false;
    }
    return true;
}

// Digit groups separated by single spaces: "203 456 789"; returns the last group.
qsizetype spacedDigitsEnd(const PiiText& t, qsizetype j, qsizetype* total)
{
    qsizetype last = j;
    *total = t.original(j).size();
    while (t.isDigits(last + 1) && t.spaced(last + 1)) {
        ++last;
        *total += t.original(last).size();
    }
    return last;
}

bool followedByDigits(const PiiText& t, qsizetype i)
{
    return t.joined(i + 1) && (t.isDigits(i + 1) || t.isMixed(i + 1));
}

qsizetype parseDocumentNumber(const PiiText& t, qsizetype j)
{
    if (t.isDigits(j)) {
        qsizetype total = 0;
        const qsizetype last = spacedDigitsEnd(t, j, &total);
        return total >= 6 && total <= 12 && !followedByDigits(t, last) ? last : -1;
    }
    if (t.isMixed(j)) {
        const QStringView w = t.original(j);
        return w.size() >= 6 && w.size() <= 12 && digitCount(w) >= 5 && isAsciiAlnum(w) ? j : -1;
    }
    // "EA 123456" (driving licence series and number)
    if (t.isLetters(j) && t.original(j).size() <= 2 && t.original(j).front().isUpper() &&
        t.isDigits(j + 1) && t.spaced(j + 1) && t.original(j + 1).size() >= 6)
        return j + 1;
    return -1;
}

/// The last token of a reference joined by hyphens or slashes ("1187/24-12", "55102-A",
/// "7/2021"), from the number at j; j itself when nothing is joined to it.
qsizetype referenceEnd(const PiiText& t, qsizetype j)
{
    qsizetype last = j;
    while ((t.isSymbol(last + 1, u'-') || t.isSymbol(last + 1, u'/')) && t.joined(last + 1) &&
           t.joined(last + 2) &&
           (t.isDigits(last + 2) || t.isMixed(last + 2) ||
            (t.isLetters(last + 2) && t.original(last + 2).size() <= 3)))
        last += 2;
    return last;
}

// A contract, insurance or file number: one run of digits or a mixed word, not an
// amount ("smlouva na 200000 Kč"), or a reference in parts.
qsizetype parseRecordNumber(const PiiText& t, qsizetype j)
{
    // A reference in parts after its word ("smlouva č. 7/2021", "č.j. 1187/24-12"): four
    // digits in all are enough, as the word says what it is.
    if (t.isDigits(j) || t.isMixed(j)) {
        const qsizetype last = referenceEnd(t, j);
        // "P-55102", "AG-4471": a short series before it makes it a reference too.
        const bool series = (t.isSymbol(j - 1, u'-') || t.isSymbol(j - 1, u'/')) && t.joined(j) &&
                            t.joined(j - 1) && t.isLetters(j - 2) && t.original(j - 2).size() <= 3;
        if (last > j || series) {
            qsizetype digits = 0;
            for (qsizetype k = j; k <= last; ++k)
                digits += digitCount(t.original(k));
            if (digits >= 4 && !followedByDigits(t, last))
                return last;
        }
    }
    const QStringView w = t.original(j);
    if (!(t.isDigits(j) || t.isMixed(j)) || w.size() < 6 || w.size() > 16 || digitCount(w) < 6 ||
        !isAsciiAlnum(w) || followedByDigits(t, j))
        return -1;
    if (t.foldedIs(j + 1, {QLatin1String("kc"), QLatin1String("korun"), QLatin1String("czk"),
                           QLatin1String("eur")}))
        return -1;
    return j;
}

// A payment card number: 13 to 19 digits, in groups or in one run.
qsizetype parseCardNumber(const PiiText& t, qsizetype j)
{
    if (!t.isDigits(j))
        return -1;
    qsizetype total = 0;
    const qsizetype last = spacedDigitsEnd(t, j, &total);
    return total >= 13 && total <= 19 && !followedByDigits(t, last) ? last : -1;
}

qsizetype parseDataBox(const PiiText& t, qsizetype j)
{
    const QStringView w = t.original(j);
    if (w.size() != 7 || !isAsciiAlnum(w))
        return -1;
    if (t.isMixed(j))
        return j;
    // Letters only: accept when written as a value ("datovka: abcdefg").
    return t.isLetters(j) && t.isSymbol(j - 1, u':') ? j : -1;
}

qsizetype parseBirthNumber(const PiiText& t, qsizetype j)
{
    if (!t.isDigits(j))
        return -1;
    const qsizetype size = t.original(j).size();
    if (size == 6) {
        qsizetype second = -1;
        if ((t.isSymbol(j + 1, u'/') || t.isSymbol(j + 1, u'-')) && t.isDigits(j + 2))
            second = j + 2;
        else if (t.isDigits(j + 1) && t.spaced(j + 1))
            second = j + 1;
        if (second > 0 && (t.original(second).size() == 3 || t.original(second).size() == 4))
            return second;
        return -1;
    }
    return (size == 9 || size == 10) && !followedByDigits(t, j) ? j : -1;
}

bool isMonthName(QStringView folded)
{
    static const QLatin1String months[] = {
        QLatin1String("ledna"),    QLatin1String("unora"),     QLatin1String("brezna"),
        QLatin1String("dubna"),    QLatin1String("kvetna"),    QLatin1String("cervna"),
        QLatin1String("cervence"), QLatin1String("srpna"),     QLatin1String("zari"),
        QLatin1String("rijna"),    QLatin1String("listopadu"), QLatin1String("prosince"),
        QLatin1String("leden"),    QLatin1String("unor"),      QLatin1String("brezen"),
        QLatin1String("duben"),    QLatin1String("kveten"),    QLatin1String("cerven"),
        QLatin1String("cervenec"), QLatin1String("srpen"),     QLatin1String("rijen"),
        QLatin1String("listopad"), QLatin1String("prosinec"),
    };
    return std::any_of(std::begin(months), std::end(months),
                       [folded](QLatin1String m) { return folded == m; });
}

int numberValue(const PiiText& t, qsizetype i)
{
    return t.isDigits(i) && t.original(i).size() <= 4 ? t.original(i).toInt() : -1;
}

bool closeAfter(const PiiText& t, qsizetype i)
{
    return i < t.count() && t.at(i).gap != PiiToken::Gap::Wide;
}

// "14. 3. 1985", "14.3.1985", "3. 4.", "3. dubna 1990", "14/3/1985", "1985-03-14".
qsizetype parseDate(const PiiText& t, qsizetype j)
{
    const int first = numberValue(t, j);
    if (first < 0)
        return -1;
    if (first >= 1 && first <= 31 && t.isSymbol(j + 1, u'.') && t.joined(j + 1)) {
        const qsizetype m = j + 2;
        if (closeAfter(t, m) && numberValue(t, m) >= 1 && numberValue(t, m) <= 12 &&
            t.isSymbol(m + 1, u'.') && t.joined(m + 1)) {
            const int year = numberValue(t, m + 2);
            const bool hasYear = closeAfter(t, m + 2) && year >= 0 &&
                                 (t.original(m + 2).size() == 2 || t.original(m + 2).size() == 4);
            return hasYear ? m + 2 : m + 1;
        }
        if (closeAfter(t, m) && t.isLetters(m) && isMonthName(t.folded(m))) {
            const bool hasYear =
                closeAfter(t, m + 1) && t.isDigits(m + 1) && t.original(m + 1).size() == 4;
            return hasYear ? m + 1 : m;
        }
        return -1;
    }
    if (first >= 1 && first <= 31 && t.isSymbol(j + 1, u'/') && numberValue(t, j + 2) >= 1 &&
        t.isSymbol(j + 3, u'/') && t.isDigits(j + 4))
        return j + 4;
    if (t.original(j).size() == 4 && t.isSymbol(j + 1, u'-') && t.isDigits(j + 2) &&
        t.isSymbol(j + 3, u'-') && t.isDigits(j + 4))
        return j + 4;
    return -1;
}

} // namespace

void scanIdDocuments(ScanState& state)
{
    // Numbers, mixed words, and a short series before a number ("EA 123456").
    const PiiText& text = state.text();
    const auto isNumber = [&text](qsizetype i) { return text.isDigits(i) || text.isMixed(i); };
    scanAfterContext(
        state, PiiKind::IdDocument, 6, text.startTokens(isNumber, true, false),
        [](const PiiText& t, qsizetype k) {
            return t.foldedIs(k, {QLatin1String("op"), QLatin1String("pas"), QLatin1String("pasu"),
                                  QLatin1String("pasem"), QLatin1String("pase"),
                                  QLatin1String("passport"), QLatin1String("id")}) ||
                   t.foldedStartsWith(k, {QLatin1String("obcank"), QLatin1String("obcansk"),
                                          QLatin1String("prukaz"), QLatin1String("cestovn"),
                                          QLatin1String("ridicak"), QLatin1String("ridicsk"),
                                          QLatin1String("doklad"), QLatin1String("pasov")});
        },
        parseDocumentNumber);
}

void scanDataBoxes(ScanState& state)
{
    // Mixed words, and a word after a colon ("datovka: abcdefg").
    const PiiText& text = state.text();
    const auto isStart = [&text](qsizetype i) { return text.isMixed(i) || text.isSymbol(i, u':'); };
    scanAfterContext(
        state, PiiKind::DataBox, 6, text.startTokens(isStart, false, true),
        [](const PiiText& t, qsizetype k) {
            return t.foldedStartsWith(k, {QLatin1String("datov")}) ||
                   t.foldedIs(k, {QLatin1String("ds"), QLatin1String("isds")});
        },
        parseDataBox);
}

void scanRecordNumbers(ScanState& state)
{
    const PiiText& text = state.text();
    const auto isNumber = [&text](qsizetype i) { return text.isDigits(i) || text.isMixed(i); };
    scanAfterContext(
        state, PiiKind::IdDocument, 5, text.startTokens(isNumber, false, false),
        [](const PiiText& t, qsizetype k) {
            return t.foldedStartsWith(k, {QLatin1String("smlouv"), QLatin1String("pojistenc"),
                                          QLatin1String("pojistk"), QLatin1String("pojistn"),
                                          QLatin1String("jednac"), QLatin1String("spisov"),
                                          QLatin1String("zakaznick"), QLatin1String("klientsk"),
                                          QLatin1String("pohledavk"), QLatin1String("evidencn"),
                                          QLatin1String("uchazec")}) ||
                   // "osobní číslo 004571" (an employee's), "č.j. 1187/24-12"
                   (t.foldedIs(k, {QLatin1String("osobni")}) &&
                    t.foldedIs(k + 1, {QLatin1String("cislo")})) ||
                   (t.foldedIs(k, {QLatin1String("j")}) && t.isSymbol(k - 1, u'.') &&
                    t.foldedIs(k - 2, {QLatin1String("c")})) ||
                   // a student's number at a Czech university ("UČO 456789")
                   t.foldedIs(k,
                              {QLatin1String("ico"), QLatin1String("dic"), QLatin1String("uco")});
        },
        parseRecordNumber);
}

// A room, cell, ward or flat number right after its word ("pokoj 214", "cela 312",
// "oddělení 12", "byt č. 12"): with the place it is where someone can be found. Only right
// after it: "za byt 12 000 Kč" or "z bytu do 31. 3." are an amount and a date.
void scanRooms(ScanState& state)
{
    const PiiText& t = state.text();
    const auto isRoomWord = [&t](qsizetype k) {
        return k >= 0 && t.isLetters(k) &&
               t.foldedIs(k,
                          {QLatin1String("pokoj"), QLatin1String("pokoji"), QLatin1String("pokoje"),
                           QLatin1String("pokojem"), QLatin1String("cela"), QLatin1String("cele"),
                           QLatin1String("celu"), QLatin1String("oddeleni"), QLatin1String("odd"),
                           QLatin1String("byt"), QLatin1String("bytu"), QLatin1String("bytem")});
    };
    for (const qsizetype j : t.digitTokens()) {
        if (state.isTaken(j))
            continue;
        // "pokoj 5", "byt č. 12", "odd. 12"
        qsizetype word = j - 1;
        if (word >= 1 && t.isSymbol(word, u'.'))
            --word;
        if (word >= 1 && t.foldedIs(word, {QLatin1String("c")}))
            --word;
        if (word >= 1 && t.isSymbol(word, u'.') && t.foldedIs(word - 1, {QLatin1String("odd")}))
            --word;
        if (!isRoomWord(word) || t.sentenceBreakBetween(word, j))
            continue;
        const QStringView number = t.original(j);
        if (number.size() > 4 || followedByDigits(t, j) || (t.isDigits(j + 1) && t.spaced(j + 1)) ||
            (t.isSymbol(j + 1, u'.') && t.isDigits(j + 2)) || t.isSymbol(j + 1, u'+') ||
            t.foldedStartsWith(j + 1,
                               {QLatin1String("minut"), QLatin1String("hodin"), QLatin1String("dn"),
                                QLatin1String("let"), QLatin1String("kc"), QLatin1String("mesic"),
                                QLatin1String("tyd")}))
            continue;
        if (state.isFree(j, j))
            state.add(PiiKind::Address, j, j);
    }
}

void scanCardNumbers(ScanState& state)
{
    scanAfterContext(
        state, PiiKind::BankAccount, 5, state.text().digitTokens(),
        [](const PiiText& t, qsizetype k) {
            return t.foldedIs(k, {QLatin1String("karty"), QLatin1String("karta"),
                                  QLatin1String("kartu"), QLatin1String("karte"),
                                  QLatin1String("kartou"), QLatin1String("card")}) ||
                   t.foldedStartsWith(k, {QLatin1String("platebn")});
        },
        parseCardNumber);
}

void scanBirthNumbersInContext(ScanState& state)
{
    scanAfterContext(
        state, PiiKind::BirthNumber, 5, state.text().digitTokens(),
        [](const PiiText& t, qsizetype k) {
            return t.foldedIs(k, {QLatin1String("rc")}) ||
                   // "rodný číslo" is how it is said in obecná čeština
                   t.foldedStartsWith(k, {QLatin1String("rodne"), QLatin1String("rodneho"),
                                          QLatin1String("rodnym"), QLatin1String("rodny")}) ||
                   (t.foldedIs(k, {QLatin1String("r")}) && t.isSymbol(k + 1, u'.') &&
                    t.foldedIs(k + 2, {QLatin1String("c")}));
        },
        parseBirthNumber);
}

void scanDatesOfBirth(ScanState& state)
{
    scanAfterContext(
        state, PiiKind::DateOfBirth, 8, state.text().digitTokens(),
        [](const PiiText& t, qsizetype k) {
            if (t.foldedStartsWith(k, {QLatin1String("narozenin")}))
                return false; // a birthday party is not a date of birth
            return t.foldedStartsWith(k, {QLatin1String("narozen"), QLatin1String("narodil")}) ||
                   t.foldedIs(k, {QLatin1String("born"), QLatin1String("dob")}) ||
                   (t.foldedIs(k, {QLatin1String("nar"), QLatin1String("naroz")}) &&
                    t.isSymbol(k + 1, u'.'));
        },
        parseDate);
}

} // namespace kotva::pii
