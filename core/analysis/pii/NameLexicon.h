#pragma once

// The data the surname and address scanners need, loaded once from
// resources/lexicons/names/ (embedded as :/lexicons/names/):
//
//   first-names.txt   "Name<TAB>m|f" — Czech first names and their common nicknames.
//                     The declined forms (Petra → Petry, Petře, Petru, Petrou; Marek →
//                     Marka, Markovi, Markem) are generated here by rule.
//   places.txt        towns and their declined forms, one per line: a capitalised word
//                     after a first name is not a surname when it is a town, and
//                     "Praha 10" is not a street address.
//   name-context.txt  sections [titles], [introductions], [surname-introductions],
//                     [not-surnames], [strong-suffixes], [weak-suffixes], one entry
//                     per line.
//
// Everything is stored folded (lower case, no diacritics) except the strong suffixes,
// which keep their diacritics because "Nováková" is a surname and "Masarykova" a street.
// Lines starting with "#" and empty lines are ignored.

#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <unordered_map>

namespace kotva::pii {

class NameLexicon final
{
public:
    /// The folder of the built-in lists in the Qt resources.
    static QString builtInFolder();
    /// Loads the three files from a folder; an error names the file and the line.
    static Result<NameLexicon> load(const QString& folder);

    /// What a folded word is in these lists; one hash lookup, no allocation, so the
    /// scanners can ask it for every word of a long text.
    enum WordFlag : quint8 {
        FirstName = 1,          ///< a form of a first name ("petre", "janem", "honzu")
        Place = 2,              ///< a town or country form ("praze")
        NotSurname = 4,         ///< a common capitalised word ("ahoj", "jak", "linka")
        Title = 8,              ///< "pan", "pani", "doktorka"
        IntroductionStart = 16, ///< first word of an introduction ("jmenuji")
    };
    [[nodiscard]] quint8 flags(QStringView folded) const
    {
        const auto it = m_words.find(folded);
        return it == m_words.end() ? 0 : it->second;
    }
    [[nodiscard]] bool isFirstName(QStringView folded) const { return flags(folded) & FirstName; }
    [[nodiscard]] bool isPlace(QStringView folded) const { return flags(folded) & Place; }
    [[nodiscard]] bool isNotSurname(QStringView folded) const { return flags(folded) & NotSurname; }
    [[nodiscard]] bool isTitle(QStringView folded) const { return flags(folded) & Title; }
    /// Introductions as folded word sequences ("jmenuji se").
    [[nodiscard]] const QList<QStringList>& introductions() const { return m_introductions; }
    /// Phrases after which the next word is a surname ("příjmení").
    [[nodiscard]] const QList<QStringList>& surnameIntroductions() const
    {
        return m_surnameIntroductions;
    }
    /// word: the original word; a strong suffix alone marks a capitalised surname.
    [[nodiscard]] bool hasStrongSuffix(QStringView word) const;
    /// folded: the folded word; a weak suffix marks a surname only in a name context.
    [[nodiscard]] bool hasWeakSuffix(QStringView folded) const;

    [[nodiscard]] qsizetype firstNameFormCount() const { return m_firstNameForms; }

private:
    Status loadFirstNames(const QString& path);
    Status loadPlaces(const QString& path);
    Status loadContext(const QString& path);
    void addFirstName(const QString& name, bool female);

    void addWord(const QString& folded, WordFlag flag);

    // Lookup by QStringView without building a QString (heterogeneous lookup).
    struct ViewHash
    {
        using is_transparent = void;
        // FNV-1a: the words are short, so this beats a general-purpose string hash.
        std::size_t operator()(QStringView s) const noexcept
        {
            std::size_t h = 14695981039346656037ull;
            for (QChar c : s)
                h = (h ^ c.unicode()) * 1099511628211ull;
            return h;
        }
    };
    struct ViewEqual
    {
        using is_transparent = void;
        bool operator()(QStringView a, QStringView b) const noexcept { return a == b; }
    };
    std::unordered_map<QString, quint8, ViewHash, ViewEqual> m_words;
    qsizetype m_firstNameForms = 0;
    QList<QStringList> m_introductions;
    QList<QStringList> m_surnameIntroductions;
    QStringList m_strongSuffixes;
    QStringList m_weakSuffixes;
};

} // namespace kotva::pii
