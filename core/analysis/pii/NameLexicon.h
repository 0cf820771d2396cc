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
//   organisations.txt sections [schools], [workplaces], [hospitals], [shops]: the words that start
//                     the name of a school, a hospital or a chain store (optional).
//   surnames.txt      surnames from the Hunspell dictionary (SurnameLexicon; optional).
//
// Everything is stored folded (lower case, no diacritics) except the strong suffixes,
// which keep their diacritics because "Nováková" is a surname and "Masarykova" a street.
// Lines starting with "#" and empty lines are ignored.

#include "core/analysis/pii/SurnameLexicon.h"
#include "core/analysis/text/StringHash.h"
#include "core/common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

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
        School = 32,            ///< "zš", "gymnáziu": a name may follow
        Hospital = 64,          ///< "nemocnici", "léčebně": a name or a town may follow
        Shop = 128,             ///< a chain store ("lidlu"): identifying with a place
        /// A university or faculty known by one word, which is its whole name ("čvut",
        /// "matfyzu"). Both bits, as the eight are taken and no word is both a
        /// hospital word and a shop.
        Institution = Hospital | Shop,
    };
    [[nodiscard]] quint8 flags(QStringView folded) const { return flags(folded, wordHash(folded)); }
    /// The same, with hash = wordHash(folded) known (PiiText hashes every word).
    [[nodiscard]] quint8 flags(QStringView folded, std::uint32_t hash) const
    {
        // Most words of a text are in no list: an 8 KB bit filter (stays in L1) answers
        // them before the table is touched.
        if (!inFilter(m_filter, hash))
            return 0;
        return lookup(folded, hash);
    }
    /// flags(), for a word only asked whether it is a first name, a title or starts an
    /// introduction: 0 for every other word. Every word of a text is asked this; the
    /// common words listed as not surnames ("jak", "ale") pass only the other filter.
    [[nodiscard]] quint8 nameFlags(QStringView folded, std::uint32_t hash) const
    {
        if (!inFilter(m_nameFilter, hash))
            return 0;
        return lookup(folded, hash);
    }
    /// flags(), for a word only asked whether it starts an organisation's name (School,
    /// Hospital, Shop): 0 for every other word; asked for every word of a text.
    [[nodiscard]] quint8 organisationFlags(QStringView folded, std::uint32_t hash) const
    {
        if (!inFilter(m_organisationFilter, hash))
            return 0;
        return lookup(folded, hash) & (School | Hospital | Shop);
    }
    [[nodiscard]] const SurnameLexicon& surnames() const { return m_surnames; }
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
    Status loadContext(const QString& path, bool optional = false);
    void addFirstName(const QString& name, bool female);

    void addWord(const QString& folded, WordFlag flag);
    /// Builds the lookup table from m_building (after loading).
    void freeze();
    [[nodiscard]] quint8 lookup(QStringView folded, std::uint32_t hash) const;

    struct Entry
    {
        std::uint32_t offset; ///< into m_keys
        std::uint16_t length;
        quint8 flags;
    };
    /// Filters of 64-bit words, two bits of a word per entry (see filterBits()).
    static constexpr std::size_t FilterWords = 1024; ///< 65 536 bits
    /// The first-name forms (about 13,000 since the larger first-name list) set so many bits
    /// of a one-bit filter of 65,536 that nearly a fifth of the words in no list passed it,
    /// and nameFlags() is asked for every word: four times the bits, two per entry, let
    /// about 1 % pass.
    static constexpr std::size_t NameFilterWords = 4096; ///< 262 144 bits, 32 KB
    /// Words while loading; moved into the flat table by freeze().
    std::unordered_map<QString, quint8> m_building;
    std::vector<quint64> m_filter = std::vector<quint64>(FilterWords, 0);
    /// The same for the words that are first names, titles or introduction starts.
    std::vector<quint64> m_nameFilter = std::vector<quint64>(NameFilterWords, 0);
    /// The same for the words that start an organisation's name.
    std::vector<quint64> m_organisationFilter = std::vector<quint64>(FilterWords, 0);
    /// The two bits an entry sets in its filter word: from hash bits 0-5 and 26-31, which
    /// the word's index (bits 6 and up) does not use. One load, as with one bit.
    static quint64 filterBits(std::uint32_t hash)
    {
        return (quint64(1) << (hash & 63)) | (quint64(1) << (hash >> 26));
    }
    static void addToFilter(std::vector<quint64>& filter, std::uint32_t hash)
    {
        filter[(hash >> 6) & (filter.size() - 1)] |= filterBits(hash);
    }
    static bool inFilter(const std::vector<quint64>& filter, std::uint32_t hash)
    {
        const quint64 bits = filterBits(hash);
        return (filter[(hash >> 6) & (filter.size() - 1)] & bits) == bits;
    }
    /// Open addressing, power-of-two size: hash and entry index + 1 (0 = empty).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_slots;
    std::vector<Entry> m_entries;
    std::u16string m_keys; ///< every word, one after another
    qsizetype m_firstNameForms = 0;
    QList<QStringList> m_introductions;
    QList<QStringList> m_surnameIntroductions;
    QStringList m_strongSuffixes;
    /// A quick filter for hasStrongSuffix(): bit c set when code unit c can end a strong
    /// suffix (built by freeze()).
    std::vector<quint64> m_strongEnds = std::vector<quint64>(0x10000 / 64, 0);
    bool m_checkEveryEnd = false;
    QStringList m_weakSuffixes;
    SurnameLexicon m_surnames;
};

} // namespace kotva::pii
