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
#include <QSet>
#include <QString>
#include <QStringList>

namespace kotva::pii {

class NameLexicon final
{
public:
    /// The folder of the built-in lists in the Qt resources.
    static QString builtInFolder();
    /// Loads the three files from a folder; an error names the file and the line.
    static Result<NameLexicon> load(const QString& folder);

    /// folded: a folded word ("petre", "janem", "honzu").
    [[nodiscard]] bool isFirstName(const QString& folded) const
    {
        return m_firstNames.contains(folded);
    }
    [[nodiscard]] bool isPlace(const QString& folded) const { return m_places.contains(folded); }
    [[nodiscard]] bool isNotSurname(const QString& folded) const
    {
        return m_notSurnames.contains(folded);
    }
    [[nodiscard]] bool isTitle(const QString& folded) const { return m_titles.contains(folded); }
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

    [[nodiscard]] qsizetype firstNameFormCount() const { return m_firstNames.size(); }

private:
    Status loadFirstNames(const QString& path);
    Status loadPlaces(const QString& path);
    Status loadContext(const QString& path);
    void addFirstName(const QString& name, bool female);

    QSet<QString> m_firstNames;
    QSet<QString> m_places;
    QSet<QString> m_notSurnames;
    QSet<QString> m_titles;
    QList<QStringList> m_introductions;
    QList<QStringList> m_surnameIntroductions;
    QStringList m_strongSuffixes;
    QStringList m_weakSuffixes;
};

} // namespace kotva::pii
