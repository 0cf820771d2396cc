#include "core/analysis/pii/NumberScanner.h"

#include "core/analysis/pii/IdentifierChecks.h"
#include "core/analysis/pii/NameLexicon.h"
#include "core/analysis/pii/ScanState.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace kotva::pii {

namespace {

// Helplines written as ordinary numbers. They are services, not people, so a message
// that passes one on keeps it. Free (800) and shared-cost (84x) numbers are kept by
// rule and need not be listed; the referral directory can add more at run time.
const char* const kBuiltInHelplines[] = {
    "222580697", // Linka důvěry RIAPS, Praha
    "222586768", // Krizové centrum RIAPS, Praha
    "284016666", // Linka důvěry Bohnice (closed 2023; still a service number)
    "608902410", // Modrá linka
    "731197477", // Modrá linka
    "606021021", // Rodičovská linka
    "777715215", // Linka důvěry Dětského krizového centra
    "241484149", // Linka důvěry Dětského krizového centra
    "283892772", // Acorus, pomoc obětem domácího násilí
    "774467293", // Anabell, poruchy příjmu potravy
    "257317110", // Bílý kruh bezpečí
    "251511313", // DONA linka (old number, replaced by 116 006)
};

QString onlyDigits(QStringView s)
{
    QString out;
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

// The checks of isNumberHead() after the first (out of line: most tokens are words,
// and the scanners ask about every token).
bool continuesEarlierNumber(const PiiText& t, qsizetype i)
{
    if (t.isDigits(i - 1) && t.spaced(i))
        return true;
    if (t.joined(i) && i >= 2 && t.at(i - 1).kind == PiiTokenKind::Symbol &&
        (t.isDigits(i - 2) || t.isMixed(i - 2)) && t.joined(i - 1))
        return true;
    return t.joined(i) && (t.isMixed(i - 1) || t.isLetters(i - 1));
}

// A token of digits that starts a number, i.e. is not the continuation of one.
inline bool isNumberHead(const PiiText& t, qsizetype i)
{
    return t.isDigits(i) && !continuesEarlierNumber(t, i);
}

// True when token i (a digit group) is followed by something that makes it part of a
// longer number: "12:30", "3,5", "12.12.", "1511/230".
bool continuesNumber(const PiiText& t, qsizetype i)
{
    const qsizetype n = i + 1;
    if (n >= t.count())
        return false;
    if (t.joined(n) && (t.isLetters(n) || t.isMixed(n) || t.isDigits(n)))
        return true;
    if (t.joined(n) && t.at(n).kind == PiiTokenKind::Symbol &&
        (t.isDigits(n + 1) || t.isMixed(n + 1)) && t.joined(n + 1))
        return !t.isSymbol(n, u')');
    return false;
}

// Most messages with digits have a few short groups: these stay on the stack.
struct Groups
{
    QVarLengthArray<qsizetype, 8> tokens;
    QVarLengthArray<QStringView, 8> digits;
};

// Digit groups joined by single spaces or hyphens: "777 123 456", "777-123-456".
Groups readGroups(const PiiText& t, const ScanState& s, qsizetype first)
{
    Groups g;
    g.tokens.append(first);
    g.digits.append(t.original(first));
    qsizetype k = first;
    while (true) {
        if (t.isDigits(k + 1) && t.spaced(k + 1) && !s.isTaken(k + 1)) {
            k = k + 1;
        } else if ((t.isSymbol(k + 1, u'-') || t.isSymbol(k + 1, u'.') ||
                    t.isSymbol(k + 1, u'/')) &&
                   t.joined(k + 1) && t.isDigits(k + 2) && t.joined(k + 2) && !s.isTaken(k + 2)) {
            k = k + 2; // "603-456-789", "603.456.789", "603/456789"
        } else if (t.isSymbol(k + 1, u'(') && t.spaced(k + 1) && t.isDigits(k + 2) &&
                   t.joined(k + 2) && t.isSymbol(k + 3, u')') && t.joined(k + 3) &&
                   !s.isTaken(k + 2)) {
            // "+420 (737) 12 34 56": the area group in brackets; the span ends at ")" only
            // when nothing follows, so the group after it is read next.
            k = k + 2;
            if (t.isDigits(k + 2) && t.spaced(k + 2) && !s.isTaken(k + 2)) {
                g.tokens.append(k);
                g.digits.append(t.original(k));
                k = k + 2;
            }
        } else {
            break;
        }
        g.tokens.append(k);
        g.digits.append(t.original(k));
    }
    return g;
}

/// Digits of consecutive groups, joined (on the stack for a phone number's length).
class JoinedDigits
{
public:
    void append(QStringView digits) { m_digits.append(digits.data(), digits.size()); }
    [[nodiscard]] qsizetype size() const { return m_digits.size(); }
    [[nodiscard]] QStringView view() const { return {m_digits.data(), m_digits.size()}; }

private:
    QVarLengthArray<QChar, 24> m_digits;
};

bool helplineContextBefore(const PiiText& t, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0 && k >= i - 6; --k) {
        if (t.sentenceBreakBetween(k, i))
            return false;
        if (t.foldedIs(k, {QLatin1String("muj"), QLatin1String("moje"), QLatin1String("mi"),
                           QLatin1String("mne"), QLatin1String("jeho"), QLatin1String("jeji"),
                           QLatin1String("me")}))
            return false;
        if (t.foldedStartsWith(k, {QLatin1String("pevn")}))
            return false; // "pevná linka": a landline, somebody's own number
        if (t.foldedStartsWith(k, {QLatin1String("krizov"), QLatin1String("duvery"),
                                   QLatin1String("poradn"), QLatin1String("helpline"),
                                   QLatin1String("hotline"), QLatin1String("senior")}))
            return true;
        // "Linka …" as a service's name, or "linka důvěry / bezpečí / pomoci / pro …".
        if (t.foldedStartsWith(k, {QLatin1String("link")}) &&
            (t.isCapitalized(k) ||
             t.foldedIs(k + 1,
                        {QLatin1String("duvery"), QLatin1String("bezpeci"), QLatin1String("pomoci"),
                         QLatin1String("pro"), QLatin1String("prvni")})))
            return true;
    }
    return false;
}

bool contextBefore(const PiiText& t, qsizetype i, qsizetype window,
                   std::initializer_list<QLatin1String> stems)
{
    for (qsizetype k = i - 1; k >= 0 && k >= i - window; --k) {
        if (t.sentenceBreakBetween(k, i))
            return false;
        if (t.foldedStartsWith(k, stems))
            return true;
    }
    return false;
}

struct PhoneMatch
{
    qsizetype endGroup = -1; // index into Groups, inclusive
    QString national;        // 9 digits for a Czech number, empty for a foreign one
};

PhoneMatch matchPhone(const Groups& g, qsizetype from, bool plus, bool czechPrefixGiven)
{
    // Decide the expected length from the leading digits, whatever their grouping:
    // "00420 …", "00 420 …", "+420…", "420 …", or a foreign "+49 …" / "0049 …".
    JoinedDigits leading;
    for (qsizetype k = from; k < g.digits.size() && leading.size() < 5; ++k)
        leading.append(g.digits[k]);
    const QStringView lead = leading.view();
    const QStringView head = g.digits[from];
    qsizetype target = 9;
    bool foreign = false;
    if (czechPrefixGiven)
        target = 9;
    else if (plus)
        lead.startsWith(QLatin1String("420")) ? void(target = 12) : void(foreign = true);
    else if (lead.startsWith(QLatin1String("00420")))
        target = 14;
    else if (head.startsWith(QLatin1String("00")) && lead.size() > 2)
        foreign = true;
    else if (head == QLatin1String("420") ||
             (head.startsWith(QLatin1String("420")) && head.size() == 12))
        target = 12;
    bool slovak = false;
    if (!plus && !czechPrefixGiven && head.startsWith(QLatin1String("09")) && head.size() >= 4) {
        target = 10; // a Slovak mobile number written nationally: "0905 123 456"
        slovak = true;
    }

    JoinedDigits digits;
    for (qsizetype k = from; k < g.digits.size(); ++k) {
        digits.append(g.digits[k]);
        if (foreign)
            continue;
        if (digits.size() == target && slovak)
            return {k, {}}; // foreign: no Czech service or helpline number
        if (digits.size() == target) {
            const QStringView national = digits.view().last(9);
            if (national[0] < u'2')
                return {};
            return {k, national.toString()};
        }
        if (digits.size() > target)
            return {};
    }
    if (foreign && digits.size() >= 9 && digits.size() <= 17)
        return {g.digits.size() - 1, {}};
    return {};
}

} // namespace

KeptNumbers::KeptNumbers(const QStringList& extra)
{
    for (const char* number : kBuiltInHelplines)
        m_numbers.insert(QString::fromLatin1(number));
    for (const QString& number : extra) {
        const QString digits = onlyDigits(number);
        m_numbers.insert(digits.size() > 9 ? digits.right(9) : digits);
    }
}

bool KeptNumbers::isHelpline(const QString& nationalDigits) const
{
    return m_numbers.contains(nationalDigits);
}

void scanEmergencyNumbers(ScanState& state)
{
    const PiiText& t = state.text();
    for (const qsizetype i : t.digitTokens()) {
        if (state.isTaken(i) || !isNumberHead(t, i))
            continue;
        const QStringView d = t.original(i);
        // 116 xxx: the harmonised European numbers (116 123, 116 111, 116 006, 116 000).
        if (d == QLatin1String("116") && t.isDigits(i + 1) && t.original(i + 1).size() == 3 &&
            (t.spaced(i + 1) || t.joined(i + 1)) && !continuesNumber(t, i + 1)) {
            state.take(i, i + 1); // token i + 1 is taken: the loop skips it
        } else if (d.size() == 6 && d.startsWith(QLatin1String("116")) && !continuesNumber(t, i)) {
            state.take(i, i);
        }
    }
}

void scanBirthNumbers(ScanState& state)
{
    const PiiText& t = state.text();
    for (const qsizetype i : t.digitTokens()) {
        if (state.isTaken(i) || !isNumberHead(t, i))
            continue;
        const QStringView head = t.original(i);
        // "995608/4417" is written as a birth number is: the slash and a date say so, and
        // a mistyped or made-up check digit must not let the number through.
        if (head.size() == 6 && t.isSymbol(i + 1, u'/') && t.isDigits(i + 2) &&
            (t.original(i + 2).size() == 3 || t.original(i + 2).size() == 4) &&
            t.at(i + 1).gap != PiiToken::Gap::Wide && t.at(i + 2).gap != PiiToken::Gap::Wide &&
            !continuesNumber(t, i + 2) && state.isFree(i, i + 2)) {
            if (birthNumberDate(QString(head.toString() + t.original(i + 2))).isValid())
                state.add(PiiKind::BirthNumber, i, i + 2);
        } else if (head.size() == 6 && t.isDigits(i + 1) && t.original(i + 1).size() == 4 &&
                   t.spaced(i + 1) && !continuesNumber(t, i + 1) && state.isFree(i, i + 1) &&
                   birthNumberDate(QString(head.toString() + t.original(i + 1))).isValid()) {
            // "995608 4417" with a space for the slash: six digits that are a date and four
            // more are no phone number (three and three) or amount.
            state.add(PiiKind::BirthNumber, i, i + 1);
        } else if (head.size() == 10 && !continuesNumber(t, i) && isValidBirthNumber(head)) {
            state.add(PiiKind::BirthNumber, i, i);
        }
    }
}

void scanBankAccounts(ScanState& state)
{
    const PiiText& t = state.text();
    for (const qsizetype i : t.digitTokens()) {
        if (state.isTaken(i) || !isNumberHead(t, i))
            continue;
        QStringView prefix;
        qsizetype number = i;
        if (t.original(i).size() <= 6 && t.isSymbol(i + 1, u'-') && t.joined(i + 1) &&
            t.isDigits(i + 2) && t.joined(i + 2)) {
            prefix = t.original(i);
            number = i + 2;
        }
        const qsizetype slash = number + 1;
        const qsizetype code = number + 2;
        if (!t.isSymbol(slash, u'/') || !t.isDigits(code) || t.original(code).size() != 4 ||
            t.at(slash).gap == PiiToken::Gap::Wide || t.at(code).gap == PiiToken::Gap::Wide ||
            continuesNumber(t, code) || !state.isFree(i, code))
            continue;
        const QStringView digits = t.original(number);
        if (digits.size() < 2 || digits.size() > 10)
            continue;
        const bool context = contextBefore(
            t, i, 5,
            {QLatin1String("ucet"), QLatin1String("uctu"), QLatin1String("uctem"),
             QLatin1String("ucte"), QLatin1String("account"), QLatin1String("banka"),
             QLatin1String("bankovn"), QLatin1String("poslat"), QLatin1String("poslete"),
             QLatin1String("zaslat"), QLatin1String("prevod")});
        const bool valid = isValidAccountNumber(prefix, digits);
        if (context || (valid && (!prefix.isEmpty() || digits.size() >= 4)))
            state.add(PiiKind::BankAccount, i, code);
    }
}

void scanPhones(ScanState& state, const KeptNumbers& kept)
{
    const PiiText& t = state.text();
    qsizetype resume = 0; // tokens before this belong to a number already read
    // A phone number starts with "(", "+" or a digit group.
    const std::vector<qsizetype> starts = t.startTokens(
        [&t](qsizetype i) { return t.isDigits(i) || t.isSymbol(i, u'(') || t.isSymbol(i, u'+'); },
        false, false);
    for (const qsizetype i : starts) {
        if (i < resume || state.isTaken(i))
            continue;
        qsizetype spanFirst = i;
        qsizetype chainFirst = -1;
        bool plus = false;
        bool czechPrefix = false;
        if (t.isSymbol(i, u'(')) {
            // "(+420) 777 123 456" or "(00420) …"
            qsizetype k = i + 1;
            if (t.isSymbol(k, u'+'))
                ++k;
            const QStringView cc = t.isDigits(k) ? t.original(k) : QStringView();
            if ((cc == QLatin1String("420") || cc == QLatin1String("00420")) &&
                t.isSymbol(k + 1, u')') && t.isDigits(k + 2) && !state.isTaken(k + 2)) {
                chainFirst = k + 2;
                czechPrefix = true;
            }
        } else if (t.isSymbol(i, u'+') && t.isDigits(i + 1) && t.joined(i + 1)) {
            chainFirst = i + 1;
            plus = true;
        } else if (isNumberHead(t, i)) {
            chainFirst = i;
        }
        if (chainFirst < 0 || state.isTaken(chainFirst))
            continue;
        const Groups groups = readGroups(t, state, chainFirst);
        resume = groups.tokens.back() + 1;
        if (continuesNumber(t, groups.tokens.back()))
            continue;
        qsizetype from = 0;
        while (from < groups.tokens.size()) {
            const PhoneMatch match =
                matchPhone(groups, from, plus && from == 0, czechPrefix && from == 0);
            if (match.endGroup < 0)
                break;
            const qsizetype last = groups.tokens[match.endGroup];
            const QString& national = match.national;
            const bool service = !national.isEmpty() &&
                                 (national[0] == u'8' || national.startsWith(QLatin1String("90")));
            if (service || (!national.isEmpty() && kept.isHelpline(national)) ||
                helplineContextBefore(t, spanFirst))
                state.take(spanFirst, last);
            else
                state.add(PiiKind::Phone, spanFirst, last);
            from = match.endGroup + 1;
            if (from < groups.tokens.size())
                spanFirst = groups.tokens[from];
        }
    }
}

namespace {

/// What a number word adds to a number read out: "sedm" a digit, "dvacet" the tens of a
/// pair, "sto" or "tři sta" a hundred of three digits.
enum class NumberWord { None, Unit, Teen, Tens, Hundred, HundredSuffix };

struct SpokenNumber
{
    QLatin1String word;
    NumberWord kind;
};

/// Number words, folded ("dvojka" as people read out phone numbers digit by digit).
constexpr SpokenNumber SpokenNumbers[] = {{QLatin1String("nula"), NumberWord::Unit},
                                          {QLatin1String("jedna"), NumberWord::Unit},
                                          {QLatin1String("jeden"), NumberWord::Unit},
                                          {QLatin1String("jednicka"), NumberWord::Unit},
                                          {QLatin1String("dva"), NumberWord::Unit},
                                          {QLatin1String("dve"), NumberWord::Unit},
                                          {QLatin1String("dvojka"), NumberWord::Unit},
                                          {QLatin1String("tri"), NumberWord::Unit},
                                          {QLatin1String("trojka"), NumberWord::Unit},
                                          {QLatin1String("ctyri"), NumberWord::Unit},
                                          {QLatin1String("ctyrka"), NumberWord::Unit},
                                          {QLatin1String("pet"), NumberWord::Unit},
                                          {QLatin1String("petka"), NumberWord::Unit},
                                          {QLatin1String("sest"), NumberWord::Unit},
                                          {QLatin1String("sestka"), NumberWord::Unit},
                                          {QLatin1String("sedm"), NumberWord::Unit},
                                          {QLatin1String("sedmicka"), NumberWord::Unit},
                                          {QLatin1String("osm"), NumberWord::Unit},
                                          {QLatin1String("osmicka"), NumberWord::Unit},
                                          {QLatin1String("devet"), NumberWord::Unit},
                                          {QLatin1String("devitka"), NumberWord::Unit},
                                          {QLatin1String("deset"), NumberWord::Teen},
                                          {QLatin1String("jedenact"), NumberWord::Teen},
                                          {QLatin1String("dvanact"), NumberWord::Teen},
                                          {QLatin1String("trinact"), NumberWord::Teen},
                                          {QLatin1String("ctrnact"), NumberWord::Teen},
                                          {QLatin1String("patnact"), NumberWord::Teen},
                                          {QLatin1String("sestnact"), NumberWord::Teen},
                                          {QLatin1String("sedmnact"), NumberWord::Teen},
                                          {QLatin1String("osmnact"), NumberWord::Teen},
                                          {QLatin1String("devatenact"), NumberWord::Teen},
                                          {QLatin1String("dvacet"), NumberWord::Tens},
                                          {QLatin1String("tricet"), NumberWord::Tens},
                                          {QLatin1String("ctyricet"), NumberWord::Tens},
                                          {QLatin1String("padesat"), NumberWord::Tens},
                                          {QLatin1String("sedesat"), NumberWord::Tens},
                                          {QLatin1String("sedmdesat"), NumberWord::Tens},
                                          {QLatin1String("osmdesat"), NumberWord::Tens},
                                          {QLatin1String("devadesat"), NumberWord::Tens},
                                          {QLatin1String("sto"), NumberWord::Hundred},
                                          {QLatin1String("ste"), NumberWord::HundredSuffix},
                                          {QLatin1String("sta"), NumberWord::HundredSuffix},
                                          {QLatin1String("set"), NumberWord::HundredSuffix}};

/// The number words' hashes (PiiText::hashOf), sorted, each with its kind: one binary
/// search per word instead of comparing it with forty words (this runs on every word).
struct HashedNumberWord
{
    std::uint32_t hash;
    const SpokenNumber* number;
};

const std::vector<HashedNumberWord>& hashedNumberWords()
{
    static const std::vector<HashedNumberWord> table = [] {
        std::vector<HashedNumberWord> words;
        for (const SpokenNumber& n : SpokenNumbers)
            words.push_back({PiiText::hashOf(n.word), &n});
        std::sort(
            words.begin(), words.end(),
            [](const HashedNumberWord& a, const HashedNumberWord& b) { return a.hash < b.hash; });
        return words;
    }();
    return table;
}

/// A 1024-bit filter of the number words' hashes: nearly every other word is ruled out by
/// one bit before the search.
constexpr std::uint32_t FilterBits = 1024;

std::uint32_t filterBit(std::uint32_t hash)
{
    return std::uint32_t((std::uint64_t(hash) * 0x9e3779b97f4a7c15u) >> 54); // 10 bits
}

const std::array<std::uint64_t, FilterBits / 64>& numberWordFilter()
{
    static const std::array<std::uint64_t, FilterBits / 64> filter = [] {
        std::array<std::uint64_t, FilterBits / 64> bits{};
        for (const SpokenNumber& n : SpokenNumbers) {
            const std::uint32_t bit = filterBit(PiiText::hashOf(n.word));
            bits[bit / 64] |= std::uint64_t(1) << (bit % 64);
        }
        return bits;
    }();
    return filter;
}

NumberWord numberWord(const PiiText& t, qsizetype i)
{
    if (i < 0 || i >= t.count() || !t.isLetters(i))
        return NumberWord::None;
    const std::uint32_t hash = t.at(i).hash;
    const std::uint32_t bit = filterBit(hash);
    if (!(numberWordFilter()[bit / 64] & (std::uint64_t(1) << (bit % 64))))
        return NumberWord::None;
    const std::vector<HashedNumberWord>& table = hashedNumberWords();
    auto it = std::lower_bound(
        table.begin(), table.end(), hash,
        [](const HashedNumberWord& entry, std::uint32_t h) { return entry.hash < h; });
    // Equal hashes are compared by their text (a collision is no number word).
    for (; it != table.end() && it->hash == hash; ++it)
        if (t.foldedIs(i, {it->number->word}))
            return it->number->kind;
    return NumberWord::None;
}

bool isNumberToken(const PiiText& t, qsizetype i)
{
    return t.isDigits(i) || numberWord(t, i) != NumberWord::None;
}

bool continuesReadOutNumber(const PiiText& t, qsizetype i)
{
    return isNumberToken(t, i) || t.isSymbol(i, u',') || t.isSymbol(i, u'-') || t.isSymbol(i, u'/');
}

/// How many digits a run of number tokens stands for: "pět set osmdesát dva" is three,
/// "sedm sedm sedm" three, "48 12 36" six.
struct ReadOutDigits
{
    qsizetype digits = 0;
    bool words = false;      ///< a number written as a word
    bool commas = false;     ///< commas between the groups
    bool longGroups = false; ///< a digit group longer than three digits ("2019", "1200")
};

ReadOutDigits countReadOutDigits(const PiiText& t, qsizetype first, qsizetype last)
{
    ReadOutDigits r;
    bool expectTens = false; // after "sto", "tři sta": "dvacet", "jedenáct" belong to it
    bool expectUnit = false; // after "dvacet" or a hundred: "dva" belongs to it
    for (qsizetype i = first; i <= last; ++i) {
        if (t.isSymbol(i)) {
            r.commas = r.commas || t.isSymbol(i, u',');
            continue;
        }
        if (t.isDigits(i)) {
            r.digits += t.original(i).size();
            r.longGroups = r.longGroups || t.original(i).size() > 3;
            expectTens = expectUnit = false;
            continue;
        }
        r.words = true;
        switch (numberWord(t, i)) {
        case NumberWord::Unit:
            if (numberWord(t, i + 1) == NumberWord::HundredSuffix) { // "tři sta"
                r.digits += 3;
                expectTens = expectUnit = true;
                ++i;
            } else if (expectUnit) {
                expectTens = expectUnit = false;
            } else {
                r.digits += 1;
            }
            break;
        case NumberWord::Hundred:
            r.digits += 3;
            expectTens = expectUnit = true;
            break;
        case NumberWord::Teen:
            r.digits += expectTens ? 0 : 2;
            expectTens = expectUnit = false;
            break;
        case NumberWord::Tens:
            r.digits += expectTens ? 0 : 2;
            expectTens = false;
            expectUnit = true;
            break;
        case NumberWord::HundredSuffix:
        case NumberWord::None:
            break;
        }
    }
    return r;
}

constexpr qsizetype PhoneDigits = 9;
constexpr qsizetype PhoneDigitsWithPrefix = 12;

} // namespace

void scanSpelledPhones(ScanState& state)
{
    const PiiText& t = state.text();
    // A number read out takes three tokens at least ("sedm 1234 5678"; shorter ones are
    // scanPhones' digit groups), so one of them has an index divisible by three: only those
    // are probed, and the run is then followed both ways.
    constexpr qsizetype Step = 3;
    for (qsizetype probe = 0; probe < t.count(); probe += Step) {
        if (!isNumberToken(t, probe) || state.isTaken(probe))
            continue;
        qsizetype first = probe;
        while (first > 0 && continuesReadOutNumber(t, first - 1) && !state.isTaken(first - 1))
            --first;
        while (!isNumberToken(t, first))
            ++first;
        qsizetype last = probe;
        while (last + 1 < t.count() && continuesReadOutNumber(t, last + 1) &&
               !state.isTaken(last + 1))
            ++last;
        while (!isNumberToken(t, last))
            --last;
        const ReadOutDigits read = countReadOutDigits(t, first, last);
        // Words make it a number read out ("sedm sedm sedm, 48 12 36"); digits alone only
        // when grouped by spaces, hyphens or slashes as no amount is ("7 3 1 - 2 0 4 - 8 8 5",
        // "602 / 311 / 987"): commas list ages or counts ("je mi 15, bráchovi 12, …").
        const bool shaped = read.words || (!read.commas && !read.longGroups);
        if (shaped && read.digits >= PhoneDigits && read.digits <= PhoneDigitsWithPrefix &&
            state.isFree(first, last))
            state.add(PiiKind::Phone, first, last);
        probe = std::max(probe, last - last % Step); // the next probe lies past this run
    }
}

void scanPostalCodes(ScanState& state, const NameLexicon& names)
{
    const PiiText& t = state.text();
    static const QLatin1String notTowns[] = {
        QLatin1String("kc"),       QLatin1String("korun"), QLatin1String("czk"),
        QLatin1String("eur"),      QLatin1String("euro"),  QLatin1String("eura"),
        QLatin1String("usd"),      QLatin1String("let"),   QLatin1String("lidi"),
        QLatin1String("korunami"), QLatin1String("kc."),   QLatin1String("clenu"),
    };
    for (const qsizetype i : t.digitTokens()) {
        if (state.isTaken(i) || !isNumberHead(t, i))
            continue;
        const QStringView head = t.original(i);
        qsizetype last = -1;
        if (head.size() == 3 && t.isDigits(i + 1) && t.original(i + 1).size() == 2 &&
            t.spaced(i + 1) && !(t.isDigits(i + 2) && t.spaced(i + 2)))
            last = i + 1;
        else if (head.size() == 5 && !(t.isDigits(i + 1) && t.spaced(i + 1)))
            last = i;
        if (last < 0 || head[0] < u'1' || head[0] > u'7' || continuesNumber(t, last) ||
            !state.isFree(i, last))
            continue;
        const qsizetype next = last + 1;
        if (t.isLetters(next)) {
            const QStringView word = t.folded(next);
            if (std::any_of(std::begin(notTowns), std::end(notTowns),
                            [word](QLatin1String w) { return word == w; }))
                continue; // an amount or a count: "12000 Kč", "150 00 lidí"
        }
        const qsizetype before = t.isSymbol(i - 1, u',') || t.isSymbol(i - 1, u':') ? i - 2 : i - 1;
        bool postal =
            t.foldedIs(before, {QLatin1String("psc")}) ||
            (t.isLetters(before) && names.isPlace(t.folded(before))) ||
            contextBefore(t, i, 10,
                          {QLatin1String("bydl"), QLatin1String("adres"), QLatin1String("bytem"),
                           QLatin1String("doruc"), QLatin1String("psc")}); // "PSČ je 779 00"
        if (!postal && t.isCapitalized(next) && !t.joined(next) &&
            !t.sentenceBreakBetween(last, next))
            postal = true; // followed by a town: "602 00 Brno"
        if (!postal && !state.findings().isEmpty()) {
            // Right after a street address: "Vinohradská 1511/230, 100 00 …"
            const PiiFinding& previous = state.findings().last();
            postal = previous.kind == PiiKind::Address && before >= 0 &&
                     previous.span.end == t.at(before).end;
        }
        if (postal)
            state.add(PiiKind::PostalCode, i, last);
    }
}

} // namespace kotva::pii
