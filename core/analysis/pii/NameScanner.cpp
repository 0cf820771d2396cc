#include "core/analysis/pii/NameScanner.h"

#include "core/analysis/pii/NameLexicon.h"
#include "core/analysis/pii/ScanState.h"

#include <vector>

namespace kotva::pii {

namespace {

class SurnameScan
{
public:
    SurnameScan(ScanState& state, const NameLexicon& names)
        : m_state(state)
        , m_t(state.text())
        , m_names(names)
    {}

    void run()
    {
        // Every word of the text passes here: the token is read once, bounds known.
        const qsizetype count = m_t.count();
        m_capitalized.reserve(std::size_t(count)); // grown by push_back: a few allocations
        for (qsizetype i = 0; i < count; ++i) {
            if (m_t.at(i).kind != PiiTokenKind::Letters || m_state.isTaken(i))
                continue;
            if (m_t.at(i).capitalized)
                m_capitalized.push_back(i);
            // One lookup decides which rules can apply to this word at all.
            const quint8 flags = m_names.nameFlags(m_t.folded(i), wordHashFinish(m_t.at(i).hash));
            if (flags & NameLexicon::Title)
                afterTitle(i);
            if (flags & NameLexicon::IntroductionStart)
                afterIntroduction(i);
            if (flags & NameLexicon::FirstName)
                afterFirstName(i);
            // "-ová" alone; at a sentence start only when a first name follows
            // ("Nováková Petra"), because "Krizová linka …" starts sentences too.
            // "Hradci Králové", "Dvůr Králové": after a town's word, a town's second half.
            if (m_t.isCapitalized(i) && m_names.hasStrongSuffix(m_t.original(i)) &&
                canBeSurname(i) && !isTownsSecondWord(i) &&
                (!m_t.startsSentence(i) || (nextWord(i + 1) && isFirstName(i + 1))))
                add(i);
            else if (m_t.at(i).capitalized)
                listedSurname(i);
            else
                lowercaseWord(i);
        }
        repeatFound();
    }

private:
    /// What word i is in the name lists (with the hash PiiText computed).
    [[nodiscard]] quint8 flagsOf(qsizetype i) const
    {
        return m_names.flags(m_t.folded(i), wordHashFinish(m_t.at(i).hash));
    }

    // Token j continues the phrase of token j-1 as a word: separated by spaces only.
    [[nodiscard]] bool nextWord(qsizetype j) const
    {
        return j < m_t.count() && m_t.isLetters(j) && !m_t.joined(j) && !m_t.at(j).lineBreakBefore;
    }

    /// A town's form blocks a surname unless the context says person (afterTitle) or the
    /// word is written with the long á of a woman's surname: "Benešová" folds like
    /// "Benešova" (of the town Benešov).
    [[nodiscard]] bool canBeSurname(qsizetype i, bool evenATown = false) const
    {
        if (!m_t.isLetters(i) || m_t.original(i).size() < 2 || m_state.isTaken(i))
            return false;
        quint8 blocking = NameLexicon::NotSurname | NameLexicon::Title;
        if (!evenATown && !m_names.hasStrongSuffix(m_t.original(i)))
            blocking |= NameLexicon::Place;
        return !(flagsOf(i) & blocking);
    }

    [[nodiscard]] bool isFirstName(qsizetype i) const
    {
        return m_t.isLetters(i) && (flagsOf(i) & NameLexicon::FirstName) &&
               !m_names.hasStrongSuffix(m_t.original(i));
    }

    /// A form of a listed surname that is no common word, adjective or place ("novakova").
    [[nodiscard]] bool isOnlyASurname(qsizetype i) const
    {
        return m_names.surnames().classify(m_t.folded(i)) == SurnameLexicon::Kind::Person;
    }

    /// evenATown: after a title, where "pani benesova" is no town's form (canBeSurname()).
    [[nodiscard]] bool isLowercaseSurname(qsizetype i, bool evenATown = false) const
    {
        return m_t.isLetters(i) && !m_t.original(i).front().isUpper() &&
               m_names.hasWeakSuffix(m_t.folded(i)) && canBeSurname(i, evenATown);
    }

    /// A title that is "pan", "paní" or "doktor" in any case: what follows is a name, not a
    /// role ("kolega", "soused" are often followed by a verb).
    [[nodiscard]] bool isHonorific(qsizetype title) const
    {
        return m_t.foldedStartsWith(
            title, {QLatin1String("pan"), QLatin1String("doktor"), QLatin1String("mudr")});
    }

    /// After "pan", "paní" or "doktor", a word in lower case that is a form of a listed
    /// surname and nothing else: "s panem vondrou", "doktorem vavrou", "pana dolezala". A
    /// surname that is also a word ("pan kovar") is left.
    [[nodiscard]] bool isLowercaseListedSurname(qsizetype i) const
    {
        return m_t.isLetters(i) && !m_t.original(i).front().isUpper() && canBeSurname(i) &&
               isOnlyASurname(i);
    }

    /// Right after "pan", "paní" or "doktorka", a lower-case surname that is also a word is
    /// the surname: "pan kral", "s panem holubem", "doktorka cerna" (a king or a black doctor
    /// is not what follows a title). Adjectives only in the nominative ("doktora rovnou" is
    /// "straight to the doctor"), and never a title ("pane doktore"). After a teacher,
    /// trainer or foreman only a word that is nothing but a surname ("ucitel vondra"):
    /// "učitel matiky", "trenér žáků" are subjects and pupils.
    [[nodiscard]] bool isLowercaseWordSurnameAfterRole(qsizetype title, qsizetype i) const
    {
        if (!m_t.isLetters(i) || m_t.original(i).front().isUpper() || !canBeSurname(i) ||
            (flagsOf(i) & NameLexicon::Title))
            return false;
        const SurnameLexicon::Kind kind = m_names.surnames().classify(m_t.folded(i));
        if (!isHonorific(title)) {
            // A boss is named, not described: "sef kral me seral" ("šéf" is followed by
            // no subject, as a teacher is by "matiky").
            if (kind == SurnameLexicon::Kind::CommonWord)
                return m_t.foldedStartsWith(title, {QLatin1String("sef"), QLatin1String("majst")});
            return m_t.foldedStartsWith(title,
                                        {QLatin1String("ucitel"), QLatin1String("trener"),
                                         QLatin1String("mistr"), QLatin1String("majst"),
                                         QLatin1String("sef"), QLatin1String("sestrick"),
                                         QLatin1String("vedouc"), QLatin1String("reditel"),
                                         QLatin1String("zastup"), QLatin1String("vychovatel")}) &&
                   kind == SurnameLexicon::Kind::Person;
        }
        if (kind == SurnameLexicon::Kind::CommonWord)
            return true;
        const QStringView folded = m_t.folded(i);
        if (kind != SurnameLexicon::Kind::CommonAdjective)
            return false;
        // The nominative, or the instrumental after a title in the instrumental: "s doktorem
        // malym", "s doktorkou cernou" (an adjective follows its noun in no other way there).
        const QStringView t = m_t.folded(title);
        return folded.endsWith(u'y') || folded.endsWith(u'a') ||
               (t.endsWith(QLatin1String("em")) && folded.endsWith(QLatin1String("ym"))) ||
               (t.endsWith(QLatin1String("kou")) && folded.endsWith(QLatin1String("ou")));
    }

    // Every word in lower case passes here, so the rules for it are told apart by the
    // word's ending and the next word, compared inline, before any of them is called.
    void lowercaseWord(qsizetype i)
    {
        const QStringView folded = m_t.folded(i);
        const qsizetype n = folded.size();
        if (n >= 6 && folded[n - 3] == u'o' && folded[n - 2] == u'v') {
            const QChar last = folded[n - 1];
            if (last == u'a')
                lowercaseWomansSurname(i); // "dvorakova"
            else if (last == u'y' || last == u'e')
                lowercaseSurnameAfterPreposition(i); // "u kubatovy", "o dolejsove"
            else if (last == u'i')
                lowercaseDativeSurname(i); // "vondrovi"
        } else if (n >= 6 && folded[n - 1] == u'u' && folded[n - 2] == u'o' &&
                   folded[n - 3] == u'v' && folded[n - 4] == u'o') {
            // "-ovou" compared inline too: endsWith() was a library call for every long word.
            lowercaseSurnameAfterPreposition(i); // "s novakovou"
        } else if (n >= 9 && folded[n - 5] == u'o' && folded[n - 4] == u'v' &&
                   folded[n - 3] == u'y') {
            // The family: "u dvorakovych", "s dvorakovymi". Not after "o" or "k", where the
            // same endings are adjectives ("o morových epidemiích").
            const bool genitive = folded[n - 2] == u'c' && folded[n - 1] == u'h';
            const bool instrumental = folded[n - 2] == u'm' && folded[n - 1] == u'i';
            if ((genitive && m_t.foldedIs(i - 1, {QLatin1String("u"), QLatin1String("od")})) ||
                (instrumental && m_t.foldedIs(i - 1, {QLatin1String("s"), QLatin1String("se")})))
                lowercaseSurnameAfterPreposition(i);
        } else if (n >= 5 && folded[n - 1] == u'u' && m_t.foldedIs(i - 1, {QLatin1String("u")})) {
            lowercaseFamilyAtHome(i); // "u horaku", "u hajku"
        }
        if (n >= 4 && i + 2 < m_t.count() && m_t.folded(i + 1).front() == u'z' &&
            m_t.folded(i + 1).size() <= 2)
            lowercaseSurnameFromAGroup(i); // "cerny z nasi tridy"
    }

    // A woman's surname in lower case without any context: "psala mi dvorakova z tridy".
    // Only the -ová form of a surname that is nothing else, and not a possessive of a
    // first name ("petrova mama" is Petr's mother).
    // Called by lowercaseWord() for a word of six letters or more ending in "-ova".
    void lowercaseWomansSurname(qsizetype i)
    {
        const QStringView folded = m_t.folded(i);
        if (!isOnlyASurname(i) || !canBeSurname(i) || m_names.isFirstName(folded.chopped(3)) ||
            m_names.isFirstName(folded.chopped(2)))
            return;
        add(i);
    }

    // A woman's surname in lower case in another case, right after a preposition that takes
    // a person: "u kubatovy v ordinaci", "o dolejšové říká", "s novakovou". Only the -ová
    // forms of a surname that is nothing else: a lower-case word after "se", "u" or "k" is
    // nearly always a verb or a word ("se zastřelil", "u sebe", "k tomu"), and "u petrovy
    // mámy" is Petr's mother.
    // The family in the plural is named the same way: "u dvorakovych", "s dvorakovymi".
    // Called by lowercaseWord() for a word of six letters or more ending in "-ovy", "-ove"
    // or "-ovou", or of nine or more ending in "-ovych" (after "u", "od") or "-ovymi" (after
    // "s", "se").
    void lowercaseSurnameAfterPreposition(qsizetype i)
    {
        const QStringView folded = m_t.folded(i);
        // "u ty simkovy": a demonstrative may stand between ("u té", "s tou", "o tý").
        const qsizetype p = m_t.foldedIs(i - 1, {QLatin1String("ty"), QLatin1String("te"),
                                                 QLatin1String("tou"), QLatin1String("tej")}) &&
                                    m_t.spaced(i - 1)
                                ? i - 2
                                : i - 1;
        if (!m_t.spaced(i) ||
            !m_t.foldedIs(p, {QLatin1String("s"), QLatin1String("se"), QLatin1String("u"),
                              QLatin1String("o"), QLatin1String("od"), QLatin1String("k"),
                              QLatin1String("ke"), QLatin1String("za"), QLatin1String("pro")}) ||
            !isOnlyASurname(i) || !canBeSurname(i))
            return;
        const qsizetype stem =
            folded.size() -
            (folded.endsWith(QLatin1String("ovych")) || folded.endsWith(QLatin1String("ovymi"))
                 ? 5
                 : (folded.endsWith(QLatin1String("ovou")) ? 4 : 3));
        if (m_names.isFirstName(folded.first(stem)) || m_names.isFirstName(folded.first(stem + 1)))
            return;
        add(i);
    }

    // The family's home, in lower case: "u horaku v byte se hadaji", "spala jsem u hajku".
    // "u" and the genitive plural of a surname that is nothing else: "u kamarádů", "u
    // sousedů", "u rodičů" are words, "u Petrů" a first name, "u lidlu" a shop.
    // Called by lowercaseWord() for a word of five letters or more ending in "-u" after "u".
    void lowercaseFamilyAtHome(qsizetype i)
    {
        // canBeSurname() turns away titles and words that are never surnames.
        if (!m_t.spaced(i) || isFirstName(i) || !isOnlyASurname(i) || !canBeSurname(i) ||
            m_names.organisationFlags(m_t.folded(i), wordHashFinish(m_t.at(i).hash)))
            return; // a shop is no family: "čeká u lidlu"
        add(i);
    }

    // A man's surname in lower case in the dative: "vondrovi jsem to rekla", "kovarovi
    // jsem dluzil"). "-ovi" is a person's or an animal's ending; a form of a surname that is
    // nothing else is then a person. A surname that is also a word is left: "bratrovi",
    // "synovi", "vojákovi" are listed as surnames too. Never a first name ("petrovi").
    // Called by lowercaseWord() for a word ending in "-ovi".
    void lowercaseDativeSurname(qsizetype i)
    {
        const QStringView folded = m_t.folded(i);
        if (folded.size() < 7 || isFirstName(i) ||
            (flagsOf(i) & (NameLexicon::Title | NameLexicon::NotSurname)) || !canBeSurname(i))
            return;
        const SurnameLexicon::Kind kind = m_names.surnames().classify(folded);
        if (kind == SurnameLexicon::Kind::Person)
            add(i);
    }

    // A surname in lower case, then where the person is from: "cerny z nasi tridy", "vesely
    // z 2.c", "prochazka z fotbalu", "kral z vedlejsiho vchodu". Schoolchildren and
    // neighbours are named so; "z" and a class, a floor, a team or a club after a listed
    // surname (also a word or an adjective) make it the person.
    // Called by lowercaseWord() for a word of four letters or more before a short word
    // starting with "z".
    void lowercaseSurnameFromAGroup(qsizetype i)
    {
        if (!m_t.foldedIs(i + 1, {QLatin1String("z"), QLatin1String("ze")}) || !m_t.spaced(i + 1))
            return;
        const qsizetype g = i + 2;
        // "z 2.c", and in Roman numerals "z iv.a".
        const bool classYear = m_t.isDigits(g) || isRomanNumeral(m_t.folded(g));
        const bool schoolClass = classYear && m_t.isSymbol(g + 1, u'.') && m_t.joined(g + 1) &&
                                 m_t.isLetters(g + 2) && m_t.joined(g + 2) &&
                                 m_t.folded(g + 2).size() == 1;
        const bool group =
            schoolClass ||
            m_t.foldedStartsWith(
                g, {QLatin1String("tridy"), QLatin1String("nasi"), QLatin1String("vedlejs"),
                    QLatin1String("patra"), QLatin1String("prvniho"), QLatin1String("druheho"),
                    QLatin1String("tretiho"), QLatin1String("vchodu"), QLatin1String("fotbal"),
                    QLatin1String("hokej"), QLatin1String("treninku"), QLatin1String("oddilu"),
                    QLatin1String("krouzku"), QLatin1String("tanecni"), QLatin1String("biologie"),
                    QLatin1String("matiky"), QLatin1String("druziny"), QLatin1String("internatu"),
                    QLatin1String("baraku"), QLatin1String("paralelky"),
                    // school subjects, clubs and schools in pupils' slang: "procha z dejaku",
                    // "kuca z florbalu", "vesela z ekonomky", "mach ze zakladky"
                    QLatin1String("cestin"), QLatin1String("dejepis"), QLatin1String("dejak"),
                    QLatin1String("ajin"), QLatin1String("anglin"), QLatin1String("nemcin"),
                    QLatin1String("fyzik"), QLatin1String("chemi"), QLatin1String("zemak"),
                    QLatin1String("zemepis"), QLatin1String("telocvik"), QLatin1String("florbal"),
                    QLatin1String("volejbal"), QLatin1String("basket"), QLatin1String("ekonomk"),
                    QLatin1String("zakladk"), QLatin1String("gympl"), QLatin1String("kabiny")});
        // Words for people in general are listed as surnames too ("Kluk", "Holka").
        if (!group ||
            m_t.foldedStartsWith(
                i, {QLatin1String("kluk"), QLatin1String("kluc"), QLatin1String("holk"),
                    QLatin1String("holc"), QLatin1String("lid"), QLatin1String("chlap"),
                    QLatin1String("kamo"), QLatin1String("kamar"), QLatin1String("spoluz"),
                    QLatin1String("ucitel"), QLatin1String("soused"), QLatin1String("brach"),
                    QLatin1String("segr"), QLatin1String("typ"), QLatin1String("devc"),
                    QLatin1String("decka"), QLatin1String("deti"), QLatin1String("nekdo"),
                    QLatin1String("vsichni"), QLatin1String("borec"), QLatin1String("parta"),
                    QLatin1String("frajer"),
                    // what one gets from a subject: "dostal jsem petku z dejaku"
                    QLatin1String("petk"), QLatin1String("jednick"), QLatin1String("dvojk"),
                    QLatin1String("trojk"), QLatin1String("ctyrk"), QLatin1String("koul"),
                    QLatin1String("poznamk"), QLatin1String("znamk"), QLatin1String("ukol"),
                    QLatin1String("pisemk"), QLatin1String("test")}) ||
            isFirstName(i) || (flagsOf(i) & (NameLexicon::Title | NameLexicon::NotSurname)) ||
            !canBeSurname(i))
            return;
        const SurnameLexicon::Kind kind = m_names.surnames().classify(m_t.folded(i));
        if (kind == SurnameLexicon::Kind::Person || kind == SurnameLexicon::Kind::CommonWord ||
            kind == SurnameLexicon::Kind::CommonAdjective)
            add(i);
    }

    /// "i" to "ix": a school year in Roman numerals.
    [[nodiscard]] static bool isRomanNumeral(QStringView folded)
    {
        return !folded.isEmpty() && folded.size() <= 4 &&
               std::all_of(folded.begin(), folded.end(),
                           [](QChar c) { return c == u'i' || c == u'v' || c == u'x'; });
    }

    // Reports token i, with the second part of a double-barrelled name ("Nová-Malá").
    void add(qsizetype i)
    {
        if (m_state.isTaken(i))
            return;
        qsizetype last = i;
        if (m_t.isSymbol(i + 1, u'-') && m_t.joined(i + 1) && m_t.joined(i + 2) &&
            m_t.isCapitalized(i + 2) && m_state.isFree(i + 1, i + 2))
            last = i + 2;
        m_state.add(PiiKind::Surname, i, last);
    }

    // "paní Nováková", "pan Mgr. Dvořák", "paní doktorka Malá"
    void afterTitle(qsizetype i)
    {
        if (!(flagsOf(i) & NameLexicon::Title))
            return;
        qsizetype j = i + 1;
        for (int steps = 0; steps < 4 && j < m_t.count(); ++steps) {
            if (m_t.isSymbol(j, u'.') && m_t.joined(j))
                ++j;
            else if (nextWord(j) && (flagsOf(j) & NameLexicon::Title))
                ++j;
            else
                break;
        }
        if (!nextWord(j) || isFirstName(j))
            return; // a first name: afterFirstName() looks at what follows it
        // After a title even a town's form is a surname ("učitelka Benesova" folds like
        // "z Benešova"). Two capitalised words: a first name the lists lack, then the
        // surname ("kolegyně Ivanna Kovalenko").
        constexpr bool EvenATown = true;
        if (m_t.isCapitalized(j) && nextWord(j + 1) && m_t.isCapitalized(j + 1) &&
            canBeSurname(j + 1, EvenATown) && !m_t.startsSentence(j + 1)) {
            add(j + 1);
            return;
        }
        if ((m_t.isCapitalized(j) && canBeSurname(j, EvenATown)) ||
            isLowercaseSurname(j, EvenATown) ||
            (j == i + 1 && isHonorific(i) && isLowercaseListedSurname(j)) ||
            (j == i + 1 && isLowercaseWordSurnameAfterRole(i, j)) ||
            // "pan ředitel kolar", "paní psycholožka veselá": the honorific before the
            // role names the person after it.
            (j > i + 1 && isHonorific(i) && m_t.isLetters(j - 1) &&
             isLowercaseWordSurnameAfterRole(i, j)))
            add(j);
    }

    [[nodiscard]] qsizetype matchPhrase(qsizetype i, const QStringList& phrase) const
    {
        qsizetype k = i;
        for (const QString& word : phrase) {
            if (!m_t.isLetters(k) || m_t.folded(k) != QStringView(word))
                return -1;
            ++k;
        }
        return k;
    }

    // "jmenuji se Petra Svobodová", "jmenuju se svobodova", "příjmení: Novák"
    void afterIntroduction(qsizetype i)
    {
        for (const QStringList& phrase : m_names.surnameIntroductions()) {
            qsizetype j = matchPhrase(i, phrase);
            if (j < 0)
                continue;
            while (j < m_t.count() &&
                   (m_t.isSymbol(j, u':') ||
                    m_t.foldedIs(j, {QLatin1String("je"), QLatin1String("mam"),
                                     QLatin1String("zni"), QLatin1String("mame")})))
                ++j;
            if (j < m_t.count() && m_t.isLetters(j) && canBeSurname(j) && !isFirstName(j))
                add(j);
            return;
        }
        for (const QStringList& phrase : m_names.introductions()) {
            qsizetype j = matchPhrase(i, phrase);
            if (j < 0)
                continue;
            if (m_t.isSymbol(j, u':'))
                ++j;
            QList<qsizetype> words;
            while (words.size() < 3 && j < m_t.count() && m_t.isLetters(j) &&
                   (words.isEmpty() || nextWord(j))) {
                if (!m_t.isCapitalized(j) && !isFirstName(j) && !isLowercaseSurname(j))
                    break;
                words.append(j);
                ++j;
            }
            for (qsizetype w = 0; w < words.size(); ++w) {
                const qsizetype k = words[w];
                if ((w == 0 && isFirstName(k)) || !canBeSurname(k))
                    continue;
                // A single word may be a pseudonym; it needs a surname's shape. In lower
                // case it must also be a listed surname and nothing else: "jsem smutny",
                // "jsem dneska doma" and "jsem psychicky na dne" end like "Novotný" and
                // "Kovářská".
                const bool shape = m_names.hasWeakSuffix(m_t.folded(k)) ||
                                   m_names.hasStrongSuffix(m_t.original(k));
                if (w > 0 || (shape && (m_t.isCapitalized(k) || isOnlyASurname(k))))
                    add(k);
            }
            return;
        }
    }

    // "Petra Svobodová", "s Janem Novákem", "Jan Pavel Novák", "petra svobodova"
    void afterFirstName(qsizetype i)
    {
        if (!isFirstName(i))
            return;
        qsizetype j = i + 1;
        if (!nextWord(j))
            return;
        if (m_t.isCapitalized(i)) {
            if (isFirstName(j) && m_t.isCapitalized(j) && nextWord(j + 1) &&
                m_t.isCapitalized(j + 1) && canBeSurname(j + 1))
                ++j; // a second first name: "Jan Pavel Novák"
            // Two first names in a row are a first name and a surname that is also a
            // first name ("Tomáš Marek"); double first names are rare in Czech.
            if (m_t.isCapitalized(j) && canBeSurname(j)) {
                add(j);
                return;
            }
        }
        if (isLowercaseSurname(j) || isLowercaseSurnameAfterLowercaseFirstName(i, j))
            add(j);
    }

    /// "jirka mares", "martin dolezal", "tomas svoboda": a first name typed in lower case
    /// and right after it a form of a listed surname, even one that is also a word
    /// ("svoboda", "zajic", "kral"); not an adjective ("petra mala" is little Petra) and not
    /// another first name.
    [[nodiscard]] bool isLowercaseSurnameAfterLowercaseFirstName(qsizetype first, qsizetype j) const
    {
        if (m_t.isCapitalized(first) || !m_t.isLetters(j) || m_t.original(j).front().isUpper() ||
            isFirstName(j) || !canBeSurname(j))
            return false;
        // In lower case some first names are words: "o tom", "se tomu", "po pěti letech",
        // "max podle příbalovky". After a preposition, or as a short word, it is the word.
        if (m_t.folded(first).size() < 4 || m_t.foldedStartsWith(first, {QLatin1String("tom")}) ||
            m_t.foldedIs(first - 1,
                         {QLatin1String("o"), QLatin1String("po"), QLatin1String("k"),
                          QLatin1String("ke"), QLatin1String("v"), QLatin1String("ve"),
                          QLatin1String("s"), QLatin1String("se"), QLatin1String("u"),
                          QLatin1String("na"), QLatin1String("za"), QLatin1String("pred"),
                          QLatin1String("pri"), QLatin1String("od"), QLatin1String("do"),
                          QLatin1String("z"), QLatin1String("ze"), QLatin1String("pro")}))
            return false;
        const SurnameLexicon::Kind kind = m_names.surnames().classify(m_t.folded(j));
        return kind == SurnameLexicon::Kind::Person || kind == SurnameLexicon::Kind::CommonWord;
    }

    // A capitalised form of a surname from the dictionary: "s Novákem", "u Horáků",
    // "volal nějakej Hajek". Inside a sentence a capital letter is what tells the name
    // from the word ("Svobodu" / "svobodu"); at a sentence start only the dative of a
    // person ("Hájkovi jsem zaplatila") does. A surname that is also a place ("Kolín")
    // needs a title or a first name (the rules above).
    void listedSurname(qsizetype i)
    {
        const QStringView folded = m_t.folded(i);
        // "Děkuji, R. Navrátil": after an initial the full stop ends no sentence.
        if (m_t.startsSentence(i) && !folded.endsWith(QLatin1String("ovi")) && !afterInitial(i))
            return;
        // The name lists first: one lookup (canBeSurname() and isFirstName() in one), and
        // most capitalised words inside a sentence are towns, first names or listed words.
        if (m_t.original(i).size() < 2 || m_state.isTaken(i))
            return;
        const quint8 flags = flagsOf(i);
        if ((flags & (NameLexicon::NotSurname | NameLexicon::Place | NameLexicon::Title)) ||
            ((flags & NameLexicon::FirstName) && !m_names.hasStrongSuffix(m_t.original(i))))
            return;
        // "přezdívku Myška", "pod pseudonymem Vlk", "klient Medvěd (pseudonym)" are
        // pseudonyms; "náměstí Míru", "ulice Anděla" a street.
        if (isPseudonymAhead(i))
            return;
        if (m_t.foldedStartsWith(i - 1, {QLatin1String("prezdiv"), QLatin1String("nick"),
                                         QLatin1String("pseudonym"), QLatin1String("namest"),
                                         QLatin1String("ulic"), QLatin1String("tride"),
                                         QLatin1String("trida"), QLatin1String("nabrez"),
                                         QLatin1String("stanic"), QLatin1String("zastavk")}))
            return;
        // "z Karlova mostu", "na Palackého náměstí", "u Jiráskova nádraží": a name that
        // names a bridge, a square or a street is a place.
        if (m_t.foldedStartsWith(i + 1, {QLatin1String("most"), QLatin1String("namest"),
                                         QLatin1String("nadrazi"), QLatin1String("ulic"),
                                         QLatin1String("nabrez"), QLatin1String("sad")}))
            return;
        // "v Krnově", "ve Rychnově": after "v" a word is a place; a person is "u", "s",
        // "k" someone, not "v" them. A capitalised word after a preposition and another
        // capitalised word (not a first name) ends a town's name: "do Kutné Hory",
        // "v Mladé Boleslavi", "z Nového Města".
        if (m_t.foldedIs(i - 1, {QLatin1String("v"), QLatin1String("ve")}))
            return;
        if (m_t.isCapitalized(i - 1) && !m_t.startsSentence(i - 1) && !isFirstName(i - 1) &&
            m_t.foldedIs(i - 2, {QLatin1String("v"), QLatin1String("ve"), QLatin1String("do"),
                                 QLatin1String("z"), QLatin1String("ze"), QLatin1String("na"),
                                 QLatin1String("od"), QLatin1String("k"), QLatin1String("ke")}))
            return;
        using Kind = SurnameLexicon::Kind;
        Kind kind = m_names.surnames().classify(folded);
        // Spoken Czech ends adjective surnames in "-ej": "Novotnej" is "Novotný".
        if (kind != Kind::Person && folded.size() >= 5 && folded.endsWith(QLatin1String("ej")))
            kind = m_names.surnames().classify(QString(folded.chopped(2) + u'y'));
        // An adjective counts only as a family at home: "u Veselých", "u Černých".
        const bool family = kind == Kind::CommonAdjective &&
                            m_t.foldedIs(i - 1, {QLatin1String("u")}) &&
                            folded.endsWith(QLatin1String("ych"));
        if (kind != Kind::Person && kind != Kind::CommonWord && !family)
            return;
        // A chain store or a school is no surname ("v Lidlu", "Lidl" is also one).
        if (m_names.organisationFlags(folded, wordHashFinish(m_t.at(i).hash)))
            return;
        // "z Havlíčkova Brodu", "do Jindřichova Hradce": after a preposition of place and
        // before a town's word, a name is the first half of the town's. Asked last, as most
        // words are no listed surname.
        if (isTownsFirstWord(i) || isAnAuthorsName(i) || isAChildsPetName(i))
            return;
        add(i);
    }

    /// Token i is followed by "(pseudonym" or ", pseudonym": the worker names a client by the
    /// name the client chose ("klient Kos (pseudonym) bydlí u ...").
    [[nodiscard]] bool isPseudonymAhead(qsizetype i) const
    {
        return i + 2 < m_t.count() && (m_t.isSymbol(i + 1, u'(') || m_t.isSymbol(i + 1, u',')) &&
               m_t.foldedStartsWith(i + 2, {QLatin1String("pseudonym")});
    }

    /// "můj syn Kubík", "dcerka Kačenka", "malý Toníček": a child is called by a pet name,
    /// and a diminutive that is also a surname is that pet name right after the child,
    /// when no second name follows.
    [[nodiscard]] bool isAChildsPetName(qsizetype i) const
    {
        const QStringView w = m_t.folded(i);
        const bool diminutive =
            w.endsWith(QLatin1String("ik")) || w.endsWith(QLatin1String("icek")) ||
            w.endsWith(QLatin1String("inek")) || w.endsWith(QLatin1String("enka")) ||
            w.endsWith(QLatin1String("icka")) || w.endsWith(QLatin1String("ulka")) ||
            w.endsWith(QLatin1String("unka"));
        if (!diminutive || m_t.joined(i) || (nextWord(i + 1) && m_t.isCapitalized(i + 1)))
            return false;
        return m_t.foldedIs(
            i - 1, {QLatin1String("syn"), QLatin1String("synek"), QLatin1String("synem"),
                    QLatin1String("synovi"), QLatin1String("dcera"), QLatin1String("dcerka"),
                    QLatin1String("dcerou"), QLatin1String("dceri"), QLatin1String("vnuk"),
                    QLatin1String("vnucka"), QLatin1String("maly"), QLatin1String("mala"),
                    QLatin1String("malou"), QLatin1String("maleho"), QLatin1String("malemu"),
                    QLatin1String("malym"), QLatin1String("prcek"), QLatin1String("prcka")});
    }

    /// "poslouchám Kryla", "poslouchala jsem celou noc Dvořáka a Smetanu", "čtu Hrabala":
    /// after listening or reading, within a few words and no preposition, a name is an
    /// author's, as a name after "od" or "s" would be a person's.
    [[nodiscard]] bool isAnAuthorsName(qsizetype i) const
    {
        for (qsizetype k = i - 1; k >= 0 && k >= i - 6 && m_t.isLetters(k); --k) {
            if (m_t.foldedStartsWith(k, {QLatin1String("poslouch"), QLatin1String("poslech"),
                                         QLatin1String("ctu"), QLatin1String("cetl"),
                                         QLatin1String("cte")}))
                return true;
            if (m_t.foldedIs(k, {QLatin1String("od"), QLatin1String("s"), QLatin1String("se"),
                                 QLatin1String("u"), QLatin1String("k"), QLatin1String("ke"),
                                 QLatin1String("o"), QLatin1String("pro"), QLatin1String("za"),
                                 QLatin1String("na"), QLatin1String("po")}))
                return false;
        }
        return false;
    }

    /// Token i stands between a preposition of place and a capitalised place's word:
    /// "Havlíčkova" in "z Havlíčkova Brodu", "u Havlíčkova Brodu".
    [[nodiscard]] bool isTownsFirstWord(qsizetype i) const
    {
        return i + 1 < m_t.count() && m_t.isCapitalized(i + 1) &&
               m_t.foldedIs(i - 1, {QLatin1String("v"), QLatin1String("ve"), QLatin1String("do"),
                                    QLatin1String("z"), QLatin1String("ze"), QLatin1String("na"),
                                    QLatin1String("od"), QLatin1String("u"), QLatin1String("k"),
                                    QLatin1String("ke"), QLatin1String("pod"), QLatin1String("nad"),
                                    QLatin1String("kolem")}) &&
               (flagsOf(i + 1) & NameLexicon::Place);
    }

    /// Token i is a place's word right after another capitalised place's word: "Králové" in
    /// "v Hradci Králové".
    [[nodiscard]] bool isTownsSecondWord(qsizetype i) const
    {
        return i > 0 && (flagsOf(i) & NameLexicon::Place) && m_t.isCapitalized(i - 1) &&
               m_t.spaced(i) && (flagsOf(i - 1) & NameLexicon::Place);
    }

    /// Token i follows a capital letter with its full stop: "R. Navrátil", "J. Nováková".
    [[nodiscard]] bool afterInitial(qsizetype i) const
    {
        return i >= 2 && m_t.isSymbol(i - 1, u'.') && m_t.joined(i - 1) && m_t.isLetters(i - 2) &&
               m_t.original(i - 2).size() == 1 && m_t.original(i - 2).front().isUpper();
    }

    // Once found, a surname is redacted wherever it appears again, in any case form.
    void repeatFound()
    {
        QStringList stems;
        for (const PiiFinding& f : m_state.findings()) {
            if (f.kind != PiiKind::Surname)
                continue;
            QString stem = m_t.foldedText().mid(f.span.start, f.span.end - f.span.start).toString();
            if (stem.endsWith(QLatin1String("ovou")))
                stem.chop(2);
            while (!stem.isEmpty() && QStringLiteral("aeiouy").contains(stem.back()))
                stem.chop(1);
            if (stem.size() >= 4 && !stems.contains(stem))
                stems.append(stem);
        }
        if (stems.isEmpty())
            return;
        // Only capitalised words can be repeats: those run() saw untaken (a word taken
        // then stays taken).
        for (const qsizetype i : m_capitalized) {
            if (m_state.isTaken(i))
                continue;
            const QStringView w = m_t.folded(i);
            for (const QString& stem : std::as_const(stems)) {
                if (w.size() >= stem.size() && w.size() <= stem.size() + 4 &&
                    w.front() == stem.front() && w.startsWith(stem) && canBeSurname(i)) {
                    add(i);
                    break;
                }
            }
        }
    }

    ScanState& m_state;
    const PiiText& m_t;
    const NameLexicon& m_names;
    std::vector<qsizetype> m_capitalized; ///< capitalised words run() saw untaken
};

} // namespace

void scanSurnames(ScanState& state, const NameLexicon& names)
{
    SurnameScan(state, names).run();
}

} // namespace kotva::pii
