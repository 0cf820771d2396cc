#include "core/analysis/pii/HandleScanner.h"

#include "core/analysis/pii/NameLexicon.h"
#include "core/analysis/pii/ScanState.h"

namespace kotva::pii {

namespace {

bool isWord(const PiiText& t, qsizetype i)
{
    return t.isLetters(i) || t.isMixed(i) || t.isDigits(i);
}

bool isJoiner(const PiiText& t, qsizetype i)
{
    return t.isSymbol(i, u'.') || t.isSymbol(i, u'_') || t.isSymbol(i, u'-');
}

// Words of a user name say where it lives or what it is: "na instáči jsem …".
bool isHandleContext(const PiiText& t, qsizetype k)
{
    return t.foldedStartsWith(k, {QLatin1String("insta"),       QLatin1String("tiktok"),
                                  QLatin1String("snap"),        QLatin1String("discord"),
                                  QLatin1String("facebook"),    QLatin1String("twitter"),
                                  QLatin1String("prezdivk"),    QLatin1String("nick"),
                                  QLatin1String("username"),    QLatin1String("ucet"),
                                  QLatin1String("uctu"),        QLatin1String("profil"),
                                  QLatin1String("telegram"),    QLatin1String("youtub"),
                                  QLatin1String("twitch"),      QLatin1String("steam"),
                                  QLatin1String("uzivatel"),    QLatin1String("fortnit"),
                                  QLatin1String("prihlasovac"), QLatin1String("login"),
                                  QLatin1String("tag"),         QLatin1String("jmeno"),
                                  QLatin1String("roblox"),      QLatin1String("minecraft"),
                                  QLatin1String("gamertag"),    QLatin1String("xbox"),
                                  QLatin1String("playstation"), QLatin1String("psn"),
                                  QLatin1String("kanal"),       QLatin1String("jmenuj")}) ||
           t.foldedIs(k, {QLatin1String("ig"), QLatin1String("fb"), QLatin1String("tt")});
}

bool contextBefore(const PiiText& t, qsizetype first)
{
    for (qsizetype k = first - 1; k >= 0 && k >= first - 10; --k) {
        if (t.sentenceBreakBetween(k, first))
            return false;
        if (t.isLetters(k) && isHandleContext(t, k))
            return true;
    }
    return false;
}

// Top-level domains: "seznam.cz" is a web site, not a person.
bool isDomainEnd(const PiiText& t, qsizetype i)
{
    return t.foldedIs(i, {QLatin1String("cz"), QLatin1String("sk"), QLatin1String("com"),
                          QLatin1String("org"), QLatin1String("net"), QLatin1String("eu"),
                          QLatin1String("info")});
}

// The sites whose address is followed by a person's profile ("facebook.com/jmeno").
bool isNetworkSite(const PiiText& t, qsizetype i)
{
    return t.foldedIs(i, {QLatin1String("facebook"), QLatin1String("instagram"),
                          QLatin1String("tiktok"), QLatin1String("twitter"), QLatin1String("x"),
                          QLatin1String("youtube"), QLatin1String("linkedin"),
                          QLatin1String("threads"), QLatin1String("twitch")});
}

// "facebook.com/" ending at the "/" at index slash.
bool isProfileSlash(const PiiText& t, qsizetype slash)
{
    return t.isSymbol(slash, u'/') && t.joined(slash) && isDomainEnd(t, slash - 1) &&
           t.isSymbol(slash - 2, u'.') && t.joined(slash - 1) && t.joined(slash - 2) &&
           isNetworkSite(t, slash - 3);
}

// "lukasmalek2009", "novakpetr": a user name made of a first name and a surname.
bool isFullNameWord(QStringView folded, const NameLexicon& names)
{
    qsizetype n = 0;
    while (n < folded.size() && folded[n] >= u'a' && folded[n] <= u'z')
        ++n;
    using Kind = SurnameLexicon::Kind;
    const auto isSurname = [&names](QStringView w) {
        const Kind kind = names.surnames().classify(w);
        return (kind == Kind::Person || kind == Kind::CommonWord) && !names.isFirstName(w);
    };
    for (qsizetype cut = 3; cut + 4 <= n; ++cut) {
        const QStringView a = folded.left(cut);
        const QStringView b = folded.mid(cut, n - cut);
        if ((names.isFirstName(a) && isSurname(b)) || (names.isFirstName(b) && isSurname(a)))
            return true;
    }
    return false;
}

// "KralTrebicak", "ShadowKing": a capital inside a word. Czech words have none; brands do
// ("YouTube", "iPhone"), so such a word is a user name only where one is expected.
bool hasInnerCapital(QStringView word)
{
    for (qsizetype k = 1; k < word.size(); ++k)
        if (word[k].isUpper() && word[k - 1].isLower())
            return true;
    return false;
}

// Names of apps and firms written with a capital inside ("WhatsApp", "PowerPoint").
bool isBrand(const PiiText& t, qsizetype i)
{
    return t.foldedStartsWith(
        i, {QLatin1String("whatsapp"), QLatin1String("powerpoint"), QLatin1String("linkedin"),
            QLatin1String("paypal"), QLatin1String("mcdonald"), QLatin1String("facetime"),
            QLatin1String("onlyfans"), QLatin1String("github"), QLatin1String("airbnb"),
            QLatin1String("dicaprio"), QLatin1String("iphon"), QLatin1String("ipad")});
}

struct Chain
{
    qsizetype first = 0;
    qsizetype last = 0;
    bool underscore = false;
    bool digits = false;
};

// The words joined by ".", "_" or "-" around the joiner at index j.
Chain chainAround(const PiiText& t, qsizetype j)
{
    Chain c{j - 1, j + 1};
    while (c.first >= 2 && t.joined(c.first) && isJoiner(t, c.first - 1) && t.joined(c.first - 1) &&
           isWord(t, c.first - 2))
        c.first -= 2;
    while (t.joined(c.last + 1) && isJoiner(t, c.last + 1) && t.joined(c.last + 2) &&
           isWord(t, c.last + 2))
        c.last += 2;
    for (qsizetype k = c.first; k <= c.last; ++k) {
        c.underscore = c.underscore || t.isSymbol(k, u'_');
        c.digits = c.digits || t.isDigits(k) || t.isMixed(k);
    }
    return c;
}

} // namespace

void scanHandles(ScanState& state, const NameLexicon& names)
{
    const PiiText& t = state.text();
    qsizetype resume = 0; // tokens before this belong to a handle
    for (const qsizetype j : t.nonLetterTokens()) {
        if (j < resume || state.isTaken(j))
            continue;
        if (isProfileSlash(t, j) && t.joined(j + 1)) {
            // "facebook.com/marek.sedlacek.927", "tiktok.com/@lucie.b": the profile.
            qsizetype first = t.isSymbol(j + 1, u'@') && t.joined(j + 2) ? j + 2 : j + 1;
            if (!isWord(t, first))
                continue;
            qsizetype last = first;
            if (t.joined(first + 1) && isJoiner(t, first + 1) && t.joined(first + 2) &&
                isWord(t, first + 2))
                last = chainAround(t, first + 1).last;
            if (state.isFree(j + 1, last)) {
                state.add(PiiKind::Handle, j + 1, last);
                resume = last + 1;
            }
            continue;
        }
        // Not part of a chain of joined words ("jan.novak99"), which the rule below reads;
        // a sentence's full stop after it is no joiner.
        const bool alone =
            !(t.joined(j) && isWord(t, j - 1)) &&
            !(t.joined(j + 1) && isJoiner(t, j + 1) && t.joined(j + 2) && isWord(t, j + 2));
        // (The context is looked for only around words as long as a user name.)
        if (t.isMixed(j) && alone &&
            (isFullNameWord(t.folded(j), names) ||
             (t.at(j).end - t.at(j).start >= 5 && contextBefore(t, j)))) {
            // "lukasmalek2009" anywhere; "hanka1989" after "přihlašovací jméno".
            state.add(PiiKind::Handle, j, j);
            continue;
        }
        if (t.isSymbol(j, u'#') && t.joined(j) && t.joined(j + 1) && t.isDigits(j + 1) &&
            (t.isLetters(j - 1) || t.isMixed(j - 1)) && state.isFree(j - 1, j + 1)) {
            // A gamer tag with its number ("shadowwolf#4821").
            state.add(PiiKind::Handle, j - 1, j + 1);
            resume = j + 2;
            continue;
        }
        if (t.isSymbol(j, u'@')) {
            // "@jmeno": the "@" starts a word (an e-mail's "@" is already taken).
            if (!t.joined(j + 1) || !isWord(t, j + 1) || (t.joined(j) && isWord(t, j - 1)))
                continue;
            qsizetype last = j + 1;
            if (t.joined(j + 2) && isJoiner(t, j + 2))
                last = chainAround(t, j + 2).last;
            if (state.isFree(j, last)) {
                state.add(PiiKind::Handle, j, last);
                resume = last + 1;
            }
            continue;
        }
        if (!isJoiner(t, j) || !t.joined(j) || !t.joined(j + 1) || !isWord(t, j - 1) ||
            !isWord(t, j + 1))
            continue;
        const Chain c = chainAround(t, j);
        resume = c.last + 1;
        // A web site ends with a domain, but a user name may too where one is expected
        // ("uživatel lil.ghost.cz", three words: a site is "seznam.cz").
        // "ShadowKing_CZ" ends with no domain: a domain follows a full stop.
        const bool siteLike = isDomainEnd(t, c.last) && t.isSymbol(c.last - 1, u'.') &&
                              !(c.last - c.first >= 4 && contextBefore(t, c.first));
        if (!state.isFree(c.first, c.last) || t.isDigits(c.first) || siteLike)
            continue; // "12.5.", "3-4", a web site
        if (t.isSymbol(c.first - 1, u'@') || t.isSymbol(c.first - 1, u'/'))
            continue;
        const bool dotted = !c.underscore && t.isSymbol(j, u'.');
        const bool hyphenated = !c.underscore && !dotted;
        if (hyphenated)
            continue; // "Nová-Malá", "česko-slovenský": ordinary words
        if (c.underscore || (c.digits && t.isLetters(c.first)) || contextBefore(t, c.first))
            state.add(PiiKind::Handle, c.first, c.last);
    }
    // "na youtube na kanál KralTrebicak": a word of letters with a capital inside, where a
    // user name is expected. The networks' and apps' own names are not ("na YouTube").
    // (Nearly every word starts with a small ASCII letter: that is asked first.)
    const qsizetype count = t.count();
    for (qsizetype i = 0; i < count; ++i) {
        const PiiToken& token = t.at(i);
        if (token.kind != PiiTokenKind::Letters || token.capitalized)
            continue;
        const QStringView word = t.original(i);
        const char16_t first = word.front().unicode();
        if ((first >= u'a' && first <= u'z') || !word.front().isUpper())
            continue;
        if (state.isFree(i, i) && hasInnerCapital(word) && !isHandleContext(t, i) &&
            !isBrand(t, i) && contextBefore(t, i))
            state.add(PiiKind::Handle, i, i);
    }
}

} // namespace kotva::pii
