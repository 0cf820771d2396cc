#include "core/analysis/pii/AddressScanner.h"

#include "core/analysis/pii/NameLexicon.h"
#include "core/analysis/pii/ScanState.h"

#include <algorithm>

namespace kotva::pii {

namespace {

// Words after a number that make it a count, not a house number (folded stems).
bool isUnitWord(const PiiText& t, qsizetype i)
{
    if (!t.isLetters(i))
        return false;
    if (t.foldedIs(i, {QLatin1String("x"), QLatin1String("g"), QLatin1String("l"),
                       QLatin1String("m"), QLatin1String("ks"), QLatin1String("h"),
                       QLatin1String("s"), QLatin1String("krat")}))
        return true;
    // A range or a choice ("5 a 6", "3 až 4", "8 do 12"); "Národní třídě 27 a …" is not.
    if (t.foldedIs(i, {QLatin1String("a"), QLatin1String("nebo"), QLatin1String("az"),
                       QLatin1String("do")}))
        return !t.isLetters(i + 1);
    return t.foldedStartsWith(
        i, {QLatin1String("let"),    QLatin1String("rok"),     QLatin1String("roc"),
            QLatin1String("mesic"),  QLatin1String("tydn"),    QLatin1String("tyden"),
            QLatin1String("den"),    QLatin1String("dny"),     QLatin1String("dni"),
            QLatin1String("dnu"),    QLatin1String("hod"),     QLatin1String("min"),
            QLatin1String("sekund"), QLatin1String("vterin"),  QLatin1String("kc"),
            QLatin1String("korun"),  QLatin1String("eur"),     QLatin1String("procent"),
            QLatin1String("kus"),    QLatin1String("lid"),     QLatin1String("osob"),
            QLatin1String("det"),    QLatin1String("tablet"),  QLatin1String("prask"),
            QLatin1String("pilul"),  QLatin1String("sklenic"), QLatin1String("bod"),
            QLatin1String("stran"),  QLatin1String("kapitol"), QLatin1String("dil"),
            QLatin1String("patr"),   QLatin1String("noc"),     QLatin1String("vikend"),
            QLatin1String("piv"),    QLatin1String("panak"),   QLatin1String("cigaret"),
            QLatin1String("mg"),     QLatin1String("ml"),      QLatin1String("kg"),
            QLatin1String("km"),     QLatin1String("cm"),      QLatin1String("krat"),
            QLatin1String("zprav"),  QLatin1String("sezen"),   QLatin1String("schuz"),
            QLatin1String("clen"),   QLatin1String("ucast"),   QLatin1String("tisic"),
            QLatin1String("mil"),    QLatin1String("stup"),    QLatin1String("trid"),
            QLatin1String("rocnik"), QLatin1String("zakazn"),  QLatin1String("klient"),
            QLatin1String("pokus"),  QLatin1String("mesic")});
}

bool isStreetMarker(const PiiText& t, qsizetype i)
{
    return t.foldedIs(i,
                      {QLatin1String("ulice"), QLatin1String("ulici"), QLatin1String("ul"),
                       QLatin1String("namesti"), QLatin1String("nam"), QLatin1String("trida"),
                       QLatin1String("tride"), QLatin1String("tridu"), QLatin1String("tr"),
                       QLatin1String("nabrezi"), QLatin1String("nabr"), QLatin1String("sidliste"),
                       QLatin1String("sidlisti"), QLatin1String("sidl"), QLatin1String("street")});
}

bool isStreetPreposition(const PiiText& t, qsizetype i)
{
    return t.foldedIs(i, {QLatin1String("na"), QLatin1String("u"), QLatin1String("k"),
                          QLatin1String("ke"), QLatin1String("pod"), QLatin1String("nad"),
                          QLatin1String("za"), QLatin1String("v"), QLatin1String("ve"),
                          QLatin1String("pred"), QLatin1String("pri"), QLatin1String("mezi")});
}

// Endings of Czech street names: Vinohradská, Masarykova, Palackého, Dlouhá, Korunní,
// Legionářů, Jugoslávských; and Slovak ones after "na": Hurbanovej, Štúrovej, Nitrianskej.
bool hasStreetShape(QStringView word)
{
    static const char16_t* const endings[] = {u"ská", u"cká",  u"ské",  u"cké", u"skou", u"ckou",
                                              u"ova", u"ovy",  u"ově",  u"ovo", u"ovu",  u"ého",
                                              u"ých", u"ích",  u"ů",    u"á",   u"í",    u"é",
                                              u"ou",  u"ovej", u"skej", u"ckej"};
    const QString lower = word.toString().toLower();
    for (const char16_t* ending : endings) {
        if (lower.endsWith(QStringView(ending)) && lower.size() >= 4)
            return true;
    }
    return false;
}

// Words that say an address follows: "bydlím", "adresa", "trvalý pobyt", "doručte".
bool isAddressWord(const PiiText& t, qsizetype k)
{
    return t.foldedStartsWith(
        k, {QLatin1String("bydl"), QLatin1String("adres"), QLatin1String("bytem"),
            QLatin1String("trval"), QLatin1String("pobyt"), QLatin1String("ziju"),
            QLatin1String("zijeme"), QLatin1String("prestehoval"), QLatin1String("stehuj"),
            QLatin1String("doruc"), QLatin1String("sidli"), QLatin1String("sidlo"),
            // Slovak: "bývam v Žiline na Hurbanovej 27"
            QLatin1String("byvam"), QLatin1String("byvame"), QLatin1String("byva")});
}

// The same without diacritics, for street names typed in lower case; the endings
// of one vowel ("dlouha") are left out because they fit too many ordinary words.
bool hasFoldedStreetShape(QStringView folded)
{
    static const QLatin1String endings[] = {
        QLatin1String("ska"),  QLatin1String("cka"),  QLatin1String("ske"), QLatin1String("cke"),
        QLatin1String("skou"), QLatin1String("ckou"), QLatin1String("ova"), QLatin1String("ove"),
        QLatin1String("ovo"),  QLatin1String("ovu"),  QLatin1String("eho"), QLatin1String("ych"),
        QLatin1String("ich"),  QLatin1String("ovej"), QLatin1String("skej")};
    return folded.size() >= 5 &&
           std::any_of(std::begin(endings), std::end(endings),
                       [folded](QLatin1String e) { return folded.endsWith(e); });
}

// Street names typed in lower case also end in -ní and -ná ("nadrazni", "skolni",
// "zelezne"): enough beside an address word or a town named after the number.
bool hasLowercaseStreetShape(QStringView folded)
{
    return hasFoldedStreetShape(folded) ||
           (folded.size() >= 5 &&
            (folded.endsWith(QLatin1String("ni")) || folded.endsWith(QLatin1String("ne")) ||
             folded.endsWith(QLatin1String("na"))));
}

bool addressContextBefore(const PiiText& t, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0 && k >= i - 12; --k) {
        if (t.sentenceBreakBetween(k, i))
            return false;
        if (isAddressWord(t, k))
            return true;
    }
    return false;
}

bool isHouseNumber(const PiiText& t, qsizetype i)
{
    const QStringView w = t.original(i);
    if (t.isDigits(i))
        return w.size() <= 4 && w.front() != u'0';
    if (!t.isMixed(i) || w.size() > 5 || w.front() == u'0')
        return false;
    // 12a, 1511b: digits and one trailing letter
    for (qsizetype k = 0; k + 1 < w.size(); ++k) {
        if (w[k] < u'0' || w[k] > u'9')
            return false;
    }
    return w.back().isLetter();
}

// The number is followed by something that makes it a time, a date, a decimal, a count
// or a part of a longer number rather than a house number.
bool followedByNonAddress(const PiiText& t, qsizetype last)
{
    const qsizetype n = last + 1;
    if (n >= t.count())
        return false;
    if (t.joined(n) && (t.isSymbol(n, u':') || t.isSymbol(n, u'%') || t.isLetters(n) ||
                        t.isDigits(n) || t.isMixed(n)))
        return true;
    if (t.joined(n) && t.isSymbol(n, u'.') && t.isDigits(n + 1))
        return true; // a date: "12. 12."
    if (t.joined(n) && t.isSymbol(n, u',') && t.isDigits(n + 1) && t.joined(n + 1))
        return true; // a decimal: "3,5"
    if (t.isDigits(n) && !t.joined(n)) {
        // Only a postal code may follow directly: "Dlouhá 5 110 00 Praha".
        const qsizetype size = t.original(n).size();
        const bool postal =
            size == 5 || (size == 3 && t.isDigits(n + 1) && t.original(n + 1).size() == 2);
        return !postal;
    }
    return isUnitWord(t, n);
}

// "v Koline na …": the town the street is in, before the preposition at k.
bool townPrecedes(const PiiText& t, qsizetype k, const NameLexicon& names)
{
    return k >= 2 && t.isLetters(k - 1) && t.isCapitalized(k - 1) &&
           names.isPlace(t.folded(k - 1)) &&
           t.foldedIs(k - 2, {QLatin1String("v"), QLatin1String("ve")});
}

// "… 14 v Kolíně", "… 8, Tábor": the town the street is in follows the house number. As
// chat is typed, in lower case too ("… 7 v tabore"), but then only after "v".
bool townFollows(const PiiText& t, qsizetype last, const NameLexicon& names,
                 bool inLowerCase = false)
{
    qsizetype n = last + 1;
    if (t.isSymbol(n, u',') && !inLowerCase)
        ++n;
    else if (t.foldedIs(n, {QLatin1String("v"), QLatin1String("ve")}))
        ++n;
    else
        return false;
    return n < t.count() && t.isLetters(n) && (inLowerCase || t.isCapitalized(n)) &&
           names.isPlace(t.folded(n));
}

} // namespace

void scanAddresses(ScanState& state, const NameLexicon& names)
{
    const PiiText& t = state.text();
    // A house number is digits or a mixed word ("12a"), never a plain word.
    for (const qsizetype h : t.nonLetterTokens()) {
        if (h < 1 || t.isSymbol(h) || state.isTaken(h) || !isHouseNumber(t, h) || t.joined(h))
            continue;
        qsizetype last = h;
        bool slash = false;
        if (t.isSymbol(h + 1, u'/') && t.joined(h + 1) && t.joined(h + 2) &&
            (t.isDigits(h + 2) || t.isMixed(h + 2)) && isHouseNumber(t, h + 2)) {
            last = h + 2;
            slash = true;
        }
        if (followedByNonAddress(t, last) || !state.isFree(h, last))
            continue;

        // "č. p. 123", "čp. 123": a house number by definition.
        if ((t.isSymbol(h - 1, u'.') && t.foldedIs(h - 2, {QLatin1String("p")}) &&
             t.isSymbol(h - 3, u'.') && t.foldedIs(h - 4, {QLatin1String("c")})) ||
            (t.isSymbol(h - 1, u'.') && t.foldedIs(h - 2, {QLatin1String("cp")}))) {
            state.add(PiiKind::Address, h, last);
            continue;
        }

        // Walk back over the street name: capitalised words, abbreviations ("Kpt."),
        // one lower-case genitive after a capitalised word ("Jugoslávských partyzánů").
        qsizetype first = h;
        qsizetype words = 0;
        bool marker = false;
        bool preposition = false;
        bool lowercaseTail = false;
        bool lowercasePreposition = false;
        bool townBefore = false;
        qsizetype nameBeforeMarker = -1; ///< "Masarykovo" in "Masarykovo nám. 4"
        qsizetype k = h - 1;
        // "ul. Národní obrany č. 14": the number's sign stands between the name and it.
        const bool numberSign =
            t.isSymbol(h - 1, u'.') && t.joined(h - 1) && t.foldedIs(h - 2, {QLatin1String("c")});
        if (numberSign)
            k = h - 3;
        while (k >= 0 && words < 4 && !state.isTaken(k) && t.at(k + 1).gap != PiiToken::Gap::Wide &&
               !t.at(k + 1).lineBreakBefore) {
            if (t.isSymbol(k, u'.') && t.isLetters(k - 1) && t.joined(k)) {
                if (isStreetMarker(t, k - 1)) {
                    marker = true;
                    // "Masarykovo nám. 4", "Vinohradská tř. 5": the name before the marker.
                    if (words == 0 && t.isCapitalized(k - 2) && t.spaced(k - 1) &&
                        !state.isTaken(k - 2) && !names.isNotSurname(t.folded(k - 2))) {
                        first = k - 2;
                        words = 2;
                        nameBeforeMarker = k - 2;
                    }
                    break;
                }
                if (!t.isCapitalized(k - 1) || t.original(k - 1).size() > 4)
                    break;
                first = k - 1;
                ++words;
                k -= 2;
                continue;
            }
            if (!t.isLetters(k) || t.joined(k + 1))
                break;
            if (t.isCapitalized(k)) {
                if (isStreetPreposition(t, k) && words >= 1) {
                    first = k; // "Na Příkopě", "U Stadionu"
                    ++words;
                    preposition = true;
                    break;
                }
                // A capitalised sentence opener is not part of the name ("Bydlím Dlouhá 5"),
                // unless the town follows the number ("Lipová 8, Tábor").
                if ((names.isNotSurname(t.folded(k)) &&
                     !(k == h - 1 && townFollows(t, last, names))) ||
                    isAddressWord(t, k))
                    break;
                first = k;
                ++words;
                --k;
                continue;
            }
            if (isStreetMarker(t, k)) {
                marker = true;
                // "Národní třídě 27", "Vinohradská tř. 5": the name before the marker.
                if (words == 0 && t.isCapitalized(k - 1) && t.spaced(k) && !state.isTaken(k - 1) &&
                    !names.isNotSurname(t.folded(k - 1))) {
                    first = k - 1;
                    words = 2;
                }
                break;
            }
            // "bydlím na vinohradské 25", "bydli na zelezne 3": typed in lower case, with an
            // address word; "na lipove 7 v tabore": with a town after the number; "adresa je
            // na kotli 1021": any word after "na" beside an address word.
            // The address words are looked for last: they take a walk back over the sentence.
            const bool afterNa = t.foldedIs(k - 1, {QLatin1String("na")});
            const bool shape = words == 0 && hasLowercaseStreetShape(t.folded(k));
            if (words == 0 && (shape || afterNa) && !t.isCapitalized(k) &&
                ((shape && afterNa && townFollows(t, last, names, true)) ||
                 addressContextBefore(t, k))) {
                lowercaseTail = true;
                first = k;
                ++words;
                break;
            }
            if (words == 0 && t.isCapitalized(k - 1) && t.spaced(k)) {
                lowercaseTail = true;
                first = k;
                ++words;
                --k;
                continue;
            }
            // "bydlime na Havlickove 14", "v Lipové 8": a capitalised name after a
            // preposition in lower case.
            lowercasePreposition = words >= 1 && isStreetPreposition(t, k);
            townBefore = lowercasePreposition && townPrecedes(t, k, names);
            break;
        }
        if (words == 0)
            continue;
        const qsizetype nameEnd =
            nameBeforeMarker >= 0 ? nameBeforeMarker : (numberSign ? h - 3 : h - 1);
        if (t.isSymbol(nameEnd, u'.'))
            continue; // "Kpt." alone before the number is not enough
        // Drop a capitalised preposition standing alone before the name ("V Dlouhé 5").
        if (isStreetPreposition(t, first) && first < nameEnd && !preposition)
            ++first;
        const QStringView lastWord = t.folded(nameEnd);
        const bool townAfter = townFollows(t, last, names);
        // "na lipove 7 v tabore": typed in lower case after "na", the town too.
        const bool lowercaseInTown = lowercaseTail &&
                                     t.foldedIs(first - 1, {QLatin1String("na")}) &&
                                     townFollows(t, last, names, true);
        const bool inTown = townAfter || townBefore;
        // "Praha 10", "V Praze 6" are districts, but "Na Florenci 7" and "na Havlíčkově 14 v
        // Kolíně" are streets named after a place. A word that is also an ordinary word
        // ("Lipová") names a street when the town follows ("Lipová 8, Tábor").
        const bool streetAfterPlace =
            (preposition && !t.foldedIs(first, {QLatin1String("v"), QLatin1String("ve")})) ||
            (lowercasePreposition && inTown) || townAfter;
        // "bydlí v ubytovně na Havlíčkově 1207": a place's form after "na", where someone
        // lives, is a street (a district goes with "v": "bydlím v Praze 4").
        const bool context = addressContextBefore(t, first);
        const bool livesOnStreet = context && t.foldedIs(first - 1, {QLatin1String("na")});
        if ((names.isPlace(lastWord) && !streetAfterPlace && !livesOnStreet) ||
            (names.isNotSurname(lastWord) && !townAfter && !lowercaseInTown) ||
            (names.isFirstName(lastWord) && !marker))
            continue;
        const int value = t.isDigits(h) ? t.original(h).toInt() : 0;
        const bool emergency = !slash && (value == 112 || value == 150 || value == 155 ||
                                          value == 156 || value == 158);
        // A name with a number after a preposition, in a town named before or after, is a
        // street, whatever the number: "na Zahradni 112 v Zatci", "v Koline na Havlickove
        // 14"; so is a street-shaped name with a number and then a town: "Lipová 8, Tábor".
        const bool shapeBeforeTown = townAfter && (hasStreetShape(t.original(nameEnd)) ||
                                                   hasFoldedStreetShape(t.folded(nameEnd)));
        bool evidence = marker || context || (lowercasePreposition && inTown) || shapeBeforeTown ||
                        lowercaseInTown;
        if (!lowercaseTail && !emergency) {
            const bool shape =
                hasStreetShape(t.original(nameEnd)) || hasFoldedStreetShape(t.folded(nameEnd));
            evidence = evidence || preposition ||
                       (shape && (!t.startsSentence(first) || slash || words >= 2)) ||
                       (slash && t.original(h).size() <= 4);
        }
        if (evidence)
            state.add(PiiKind::Address, first, last);
    }
}

} // namespace kotva::pii
