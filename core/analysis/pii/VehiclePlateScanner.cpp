#include "core/analysis/pii/VehiclePlateScanner.h"

#include "core/analysis/pii/ScanState.h"

#include <algorithm>

namespace kotva::pii {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.toUpper().unicode();
    return u >= u'A' && u <= u'Z';
}

// "1AB", "2B8": the series, which starts with the region's number and letter.
bool isSeries(QStringView w)
{
    return w.size() == 3 && isDigit(w[0]) && w[0] != u'0' && isAsciiLetter(w[1]) &&
           (isAsciiLetter(w[2]) || isDigit(w[2]));
}

bool isAllDigits(QStringView w)
{
    return std::all_of(w.begin(), w.end(), isDigit);
}

bool isCapitalLetters(QStringView w)
{
    return std::all_of(w.begin(), w.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

// A Slovak plate's number and series: "123AB" (the district comes before it).
bool isSlovakNumber(QStringView w)
{
    return w.size() == 5 && isAllDigits(w.first(3)) && isCapitalLetters(w.last(2));
}

} // namespace

void scanVehiclePlates(ScanState& state)
{
    const PiiText& t = state.text();
    // The series mixes digits and letters: a mixed word.
    for (const qsizetype i : t.nonLetterTokens()) {
        if (!t.isMixed(i) || state.isTaken(i) || t.isSymbol(i - 1, u'@') ||
            (t.joined(i) && !t.isSymbol(i - 1)))
            continue;
        const QStringView w = t.original(i);
        if (w.size() == 7 && isSeries(w.left(3)) && isAllDigits(w.mid(3))) {
            state.add(PiiKind::VehiclePlate, i, i); // "1AB2345"
            continue;
        }
        if (w.size() == 7 && isCapitalLetters(w.first(2)) && isSlovakNumber(w.sliced(2))) {
            state.add(PiiKind::VehiclePlate, i, i); // "BA123AB"
            continue;
        }
        if (isSlovakNumber(w)) {
            // "BA-123AB", "BA 123AB": the district's two capitals before it.
            qsizetype district = i - 1;
            if (t.isSymbol(district, u'-') && t.joined(i))
                --district;
            if (district >= 0 && t.isLetters(district) && isCapitalLetters(t.original(district)) &&
                t.original(district).size() == 2 &&
                (district == i - 1 ? t.spaced(i) : t.joined(district + 1)) &&
                state.isFree(district, i)) {
                state.add(PiiKind::VehiclePlate, district, i);
                continue;
            }
        }
        if (!isSeries(w))
            continue;
        // "1AB 2345", "1AB-2345"
        qsizetype number = i + 1;
        if (t.isSymbol(number, u'-') && t.joined(number))
            ++number;
        if (t.isDigits(number) && t.original(number).size() == 4 &&
            (t.spaced(number) || t.joined(number)) &&
            !(t.joined(number + 1) && !t.isSymbol(number + 1)) && state.isFree(i, number))
            state.add(PiiKind::VehiclePlate, i, number);
    }
}

} // namespace kotva::pii
