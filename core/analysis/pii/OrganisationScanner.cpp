#include "core/analysis/pii/OrganisationScanner.h"

#include "core/analysis/pii/NameLexicon.h"
#include "core/analysis/pii/ScanState.h"

#include <algorithm>

namespace kotva::pii {

namespace {

class OrganisationScan
{
public:
    OrganisationScan(ScanState& state, const NameLexicon& names)
        : m_state(state)
        , m_t(state.text())
        , m_names(names)
    {}

    void run()
    {
        const qsizetype count = m_t.count();
        for (qsizetype i = 0; i < count; ++i) {
            const PiiToken& token = m_t.at(i);
            if (token.kind != PiiTokenKind::Letters)
                continue;
            // Legal forms start with a one-letter word before a full stop ("s.r.o."); the
            // other one-letter words are prepositions ("z Komerční banky v Třebíči").
            if (token.end - token.start == 1) {
                if (m_t.isSymbol(i + 1, u'.') && !m_state.isTaken(i))
                    company(i);
                else if (upperCaseNext(i) && !m_state.isTaken(i))
                    employerInTown(i);
                continue;
            }
            // Most words start no organisation: the filter answers before anything else.
            const quint8 flags =
                m_names.organisationFlags(m_t.folded(i), wordHashFinish(token.hash));
            if (!flags) {
                if (token.end - token.start <= 2 && upperCaseNext(i) && !m_state.isTaken(i))
                    employerInTown(i);
                continue;
            }
            if (m_state.isTaken(i))
                continue;
            if (flags & NameLexicon::School)
                school(i);
            else if ((flags & NameLexicon::Institution) == NameLexicon::Institution)
                institution(i);
            else if (flags & NameLexicon::Hospital)
                hospital(i);
            else
                shop(i);
        }
    }

private:
    /// Token i+1 is a word starting with a capital letter, which employerInTown(i) needs
    /// (isNameWord()): tested inline first, as it is called for every word of one or two
    /// letters ("je", "to", "se") and the word after one is mostly in lower case.
    [[nodiscard]] bool upperCaseNext(qsizetype i) const
    {
        return m_t.isLetters(i + 1) && m_t.original(i + 1).front().isUpper();
    }

    // Token j continues the phrase as a word: spaces only, same line.
    [[nodiscard]] bool nextWord(qsizetype j) const
    {
        return j < m_t.count() && m_t.isLetters(j) && !m_t.joined(j) &&
               !m_t.at(j).lineBreakBefore && !m_state.isTaken(j);
    }

    [[nodiscard]] bool isPreposition(qsizetype j, std::initializer_list<QLatin1String> words) const
    {
        return nextWord(j) && m_t.foldedIs(j, words);
    }

    // A capitalised word that can be part of a name (not "A", not a sentence opener), or an
    // acronym ("ČSOB", "VZP").
    [[nodiscard]] bool isNameWord(qsizetype j) const
    {
        if (!nextWord(j) || m_t.original(j).size() < 2)
            return false;
        // The shape first: most words after a preposition are in lower case, and the
        // lists are asked with the hash PiiText computed.
        const QStringView word = m_t.original(j);
        return (m_t.isCapitalized(j) ||
                std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); })) &&
               !(m_names.flags(m_t.folded(j), wordHashFinish(m_t.at(j).hash)) &
                 NameLexicon::NotSurname);
    }

    // Names in lower case are typed like streets: "komenskeho", "husova", "palackeho".
    [[nodiscard]] bool hasNameShape(qsizetype j) const
    {
        static const QLatin1String endings[] = {
            QLatin1String("eho"), QLatin1String("ova"), QLatin1String("ove"), QLatin1String("ovo"),
            QLatin1String("ska"), QLatin1String("ske"), QLatin1String("cka"), QLatin1String("cke")};
        const QStringView f = m_t.folded(j);
        return f.size() >= 5 && std::any_of(std::begin(endings), std::end(endings),
                                            [f](QLatin1String e) { return f.endsWith(e); });
    }

    // The capitalised words from j on (at most three); the last one, or -1. A first name
    // alone is a person there, not the organisation's name ("do školy Adama nevezmou").
    [[nodiscard]] qsizetype nameWords(qsizetype j) const
    {
        qsizetype last = -1;
        for (qsizetype k = j; k < j + 3 && isNameWord(k); ++k)
            last = k;
        if (last == j && (m_names.flags(m_t.folded(j)) & NameLexicon::FirstName))
            return -1;
        return last;
    }

    // "Na Líše", "U Stadionu", "Na Homolce": a capitalised preposition and a word.
    [[nodiscard]] qsizetype prepositionName(qsizetype j) const
    {
        if (nextWord(j) && m_t.isCapitalized(j) &&
            m_t.foldedIs(j, {QLatin1String("na"), QLatin1String("u"), QLatin1String("pod"),
                             QLatin1String("nad"), QLatin1String("za")}) &&
            nextWord(j + 1))
            return j + 1;
        return -1;
    }

    // "ZŠ Husova", "gymnázium Jana Keplera", "zs komenskeho", "ZŠ Na Líše"
    void school(qsizetype i)
    {
        // "ředitel školy Mgr. Hájek": a title after the school word starts a person's name,
        // unless a first name follows it as in a chain's name ("v lékárně Dr. Max").
        if (i + 1 < m_t.count() && (m_names.flags(m_t.folded(i + 1)) & NameLexicon::Title)) {
            const qsizetype next = m_t.isSymbol(i + 2, u'.') ? i + 3 : i + 2;
            // "školy Ing. Stanislav Brabec": a first name and a surname are a person.
            if (next >= m_t.count() || !m_t.isLetters(next) ||
                !m_names.isFirstName(m_t.folded(next)) || m_t.isCapitalized(next + 1))
                return;
            m_state.add(PiiKind::Organisation, i, next);
            return;
        }
        qsizetype last = prepositionName(i + 1);
        if (last < 0)
            last = nameWords(i + 1);
        if (last < 0 && nextWord(i + 1) && hasNameShape(i + 1))
            last = i + 1;
        if (last < 0)
            last = kindOfSchoolInItsTown(i);
        if (last >= 0 && !legalFormAfter(last))
            m_state.add(PiiKind::Organisation, i, withHyphenatedPart(last));
    }

    /// "SPŠ stavební v Hradci Králové", "SOU stavebni Opava": a school's acronym, the kind of
    /// school in lower case and its town name one school; the last word of the town, or -1.
    [[nodiscard]] qsizetype kindOfSchoolInItsTown(qsizetype i) const
    {
        const QStringView acronym = m_t.original(i);
        const QStringView kind = m_t.folded(i + 1);
        if (acronym.size() > 5 ||
            !std::ranges::all_of(acronym, [](QChar c) { return c.isUpper(); }) ||
            !nextWord(i + 1) || kind.size() < 6 || !kind.endsWith(QLatin1String("ni")))
            return -1;
        qsizetype town = i + 2;
        if (isPreposition(town, {QLatin1String("v"), QLatin1String("ve")}))
            ++town;
        if (!nextWord(town) || !m_t.isCapitalized(town) ||
            !(m_names.flags(m_t.folded(town)) & NameLexicon::Place))
            return -1;
        // "Hradci Králové", "Ústí nad Labem" have a second word.
        if (nextWord(town + 1) && m_t.isCapitalized(town + 1) &&
            (m_names.flags(m_t.folded(town + 1)) & NameLexicon::Place))
            return town + 1;
        return town;
    }

    /// "firmy Trans-Kolář": a name joined by a hyphen goes on past it.
    [[nodiscard]] qsizetype withHyphenatedPart(qsizetype last) const
    {
        if (m_t.isSymbol(last + 1, u'-') && m_t.joined(last + 1) && m_t.isLetters(last + 2) &&
            m_t.joined(last + 2) && !m_state.isTaken(last + 2))
            return last + 2;
        return last;
    }

    // "Pekárně Kvasnička, s.r.o.": the company rule takes the name with its legal form.
    [[nodiscard]] bool legalFormAfter(qsizetype last) const
    {
        qsizetype j = last + 1;
        if (j < m_t.count() && m_t.isSymbol(j, u','))
            ++j;
        return j < m_t.count() && m_t.isLetters(j) && m_t.at(j).end - m_t.at(j).start == 1 &&
               m_t.isSymbol(j + 1, u'.');
    }

    // "studuju na ČVUT", "na matfyzu": the word is the institution's whole name.
    // A short one is an acronym only in capitals ("na VŠE", but "vše" is "everything").
    void institution(qsizetype i)
    {
        const QStringView word = m_t.original(i);
        if (word.size() <= 3 && !std::ranges::all_of(word, [](QChar c) { return c.isUpper(); }))
            return;
        m_state.add(PiiKind::Organisation, i, i);
    }

    // "krajské nemocnici v Liberci", "nemocnice Na Homolce", "léčebně v Bohnicích",
    // "dětském domově v Krásné Lípě"
    void hospital(qsizetype i)
    {
        // Whom it is for is part of the name: "Domově pro seniory Slunce v Táboře".
        const qsizetype head = isPreposition(i + 1, {QLatin1String("pro")}) && nextWord(i + 2) &&
                                       !m_t.isCapitalized(i + 2)
                                   ? i + 2
                                   : i;
        qsizetype last = prepositionName(head + 1);
        if (last < 0 && isPreposition(head + 1, {QLatin1String("v"), QLatin1String("ve")}) &&
            nextWord(head + 2) &&
            (m_t.isCapitalized(head + 2) ||
             (m_names.flags(m_t.folded(head + 2)) & NameLexicon::Place)))
            last = m_t.isCapitalized(head + 2) && isNameWord(head + 3) ? head + 3 : head + 2;
        if (last < 0)
            last = nameWords(head + 1);
        // A district or a town right after it names the one hospital or prison there:
        // "nemocnici Motol" (the place alone stays: "bydlím v Motole"). A district that is
        // also a first name is left ("Věznici Pankrác"): "v nemocnici Petr řekl" is a man.
        if (last < 0 && nextWord(head + 1) && m_t.isCapitalized(head + 1) &&
            (m_names.flags(m_t.folded(head + 1)) & NameLexicon::Place))
            last = head + 1;
        if (last < 0)
            return;
        // The kind of hospital before it is part of the name: "krajské", "psychiatrické".
        qsizetype first = i;
        if (i > 0 && m_t.isLetters(i - 1) && !m_t.joined(i) && !m_state.isTaken(i - 1) &&
            isHospitalAdjective(m_t.folded(i - 1)))
            first = i - 1;
        m_state.add(PiiKind::Organisation, first, last);
    }

    [[nodiscard]] static bool isHospitalAdjective(QStringView folded)
    {
        return folded.size() >= 5 &&
               (folded.endsWith(QLatin1String("ske")) || folded.endsWith(QLatin1String("cke")) ||
                folded.endsWith(QLatin1String("skem")) || folded.endsWith(QLatin1String("ckem")) ||
                folded.endsWith(QLatin1String("ni")) || folded.endsWith(QLatin1String("ckou")) ||
                folded.endsWith(QLatin1String("skou")) || folded.endsWith(QLatin1String("ka")) ||
                folded.endsWith(QLatin1String("ska")));
    }

    // "Pracuju ve Škoda Auto v Mladé Boleslavi", "šéfová z Komerční banky v Třebíči",
    // "chodím na Obchodní akademii v Chebu": after words about work or school, a
    // preposition, a capitalised name (not a town or a first name) of at most three words
    // and the town it is in: the one place where the writer can be found. Without such
    // words before it the same shape is mostly a trip ("na Vánoce jedu k mámě v Brně").
    void employerInTown(qsizetype i)
    {
        if (!m_t.foldedIs(i, {QLatin1String("v"), QLatin1String("ve"), QLatin1String("z"),
                              QLatin1String("ze"), QLatin1String("na"), QLatin1String("do"),
                              QLatin1String("u")}) ||
            !isNameWord(i + 1) || m_t.startsSentence(i + 1) ||
            // A town or a first name alone is no employer; one that goes on with another
            // capitalised word may be ("v Tatra Trucks v Kopřivnici").
            ((m_names.flags(m_t.folded(i + 1)) & (NameLexicon::Place | NameLexicon::FirstName)) &&
             !isNameWord(i + 2)) ||
            !workOrSchoolBefore(i) ||
            // "v Pekárně Zeman": a word that starts an organisation has its own rule.
            m_names.organisationFlags(m_t.folded(i + 1), wordHashFinish(m_t.at(i + 1).hash)))
            return;
        for (qsizetype at = i + 2; at <= i + 4; ++at) {
            if (isPreposition(at, {QLatin1String("v"), QLatin1String("ve")})) {
                if (!nextWord(at + 1) ||
                    !(m_t.isCapitalized(at + 1) ||
                      (m_names.flags(m_t.folded(at + 1)) & NameLexicon::Place)))
                    return;
                // A town of two words: "v Mladé Boleslavi", "v Novém Městě".
                const qsizetype last = isNameWord(at + 2) ? at + 2 : at + 1;
                m_state.add(PiiKind::Organisation, i + 1, last);
                return;
            }
            if (!nextWord(at))
                return;
        }
    }

    [[nodiscard]] bool workOrSchoolBefore(qsizetype i) const
    {
        for (qsizetype k = i - 1; k >= 0 && k >= i - 8; --k) {
            if (m_t.sentenceBreakBetween(k, i))
                return false;
            if (m_t.isLetters(k) &&
                m_t.foldedStartsWith(
                    k,
                    {QLatin1String("pracuj"), QLatin1String("praci"), QLatin1String("prace"),
                     QLatin1String("delam"), QLatin1String("zamestn"), QLatin1String("chodim"),
                     QLatin1String("chodi"), QLatin1String("studuj"), QLatin1String("sef"),
                     QLatin1String("vedouc"), QLatin1String("mistr"), QLatin1String("koleg"),
                     QLatin1String("firm"), QLatin1String("brigad"), QLatin1String("nastoupil"),
                     QLatin1String("vyhodil"), QLatin1String("reditel"), QLatin1String("ucitel")}))
                return true;
        }
        return false;
    }

    // "Billy na Smíchově", "kauflandu v chrudimi", "Tescu na Zlicine", "Kauflandu Jihlava"
    void shop(qsizetype i)
    {
        if (nextWord(i + 1) && m_t.isCapitalized(i + 1) &&
            (m_names.flags(m_t.folded(i + 1)) & NameLexicon::Place)) {
            m_state.add(PiiKind::Organisation, i, i + 1);
            return;
        }
        if (!isPreposition(i + 1, {QLatin1String("na"), QLatin1String("v"), QLatin1String("ve"),
                                   QLatin1String("u")}) ||
            !nextWord(i + 2))
            return;
        const qsizetype place = i + 2;
        const bool named = m_t.isCapitalized(place) ||
                           (m_names.flags(m_t.folded(place)) & NameLexicon::Place) ||
                           hasNameShape(place);
        if (named && !(m_names.flags(m_t.folded(place)) & NameLexicon::NotSurname))
            m_state.add(PiiKind::Organisation, i, place);
    }

    // The legal form starting at token i ("s.r.o.", "a. s.", "v.o.s."); its last token,
    // or -1. One-letter words and full stops alternate; a space may follow a full stop.
    [[nodiscard]] qsizetype legalForm(qsizetype i) const
    {
        static const QLatin1String forms[] = {QLatin1String("sro"), QLatin1String("as"),
                                              QLatin1String("vos"), QLatin1String("ks"),
                                              QLatin1String("ops"), QLatin1String("zu")};
        char16_t letters[3];
        qsizetype size = 0;
        for (qsizetype k = i; size < 3 && m_t.isLetters(k) && m_t.original(k).size() == 1; k += 2) {
            if (k > i && !m_t.joined(k) && !m_t.spaced(k))
                break;
            letters[size++] = m_t.folded(k).front().unicode();
            const QStringView sofar(letters, size);
            const bool stop = m_t.isSymbol(k + 1, u'.') && m_t.joined(k + 1);
            const bool more = stop && m_t.isLetters(k + 2) && m_t.original(k + 2).size() == 1 &&
                              m_t.isSymbol(k + 3, u'.');
            for (const QLatin1String form : forms) {
                if (sofar == form && !more)
                    return stop ? k + 1 : (size == 3 ? k : -1); // "s.r.o" lacks its last stop
            }
            if (!stop)
                break;
        }
        return -1;
    }

    // "Dostál Transport s.r.o.", "Kovošrotu Hlaváček s.r.o.", "Elektro Hanak a.s."
    void company(qsizetype i)
    {
        const qsizetype last = legalForm(i);
        if (last < 0 || !m_state.isFree(i, last))
            return;
        qsizetype first = i;
        // The name before it: capitalised words (or an ampersand), at most four.
        for (qsizetype k = i - 1; k >= 0 && first - k <= 4 && !m_state.isTaken(k); --k) {
            if (m_t.joined(k + 1) && !m_t.isSymbol(k + 1, u','))
                break;
            if (m_t.isSymbol(k, u',') && k == i - 1)
                continue; // "Firma, s.r.o."
            if (m_t.isSymbol(k, u'&') || (m_t.isLetters(k) && m_t.original(k).front().isUpper()))
                first = k;
            else
                break;
            if (m_t.startsSentence(k))
                break;
        }
        if (first < i)
            m_state.add(PiiKind::Organisation, first, last);
    }

    ScanState& m_state;
    const PiiText& m_t;
    const NameLexicon& m_names;
};

} // namespace

void scanOrganisations(ScanState& state, const NameLexicon& names)
{
    OrganisationScan(state, names).run();
}

} // namespace kotva::pii
