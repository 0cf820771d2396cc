#pragma once

// Surnames in any case form, from resources/lexicons/names/surnames.txt (generated from
// the Czech Hunspell dictionary by scripts/generate-surnames.py): "s Novákem",
// "u Horáků", "paní Procházkové", "Hájkovi", "u Veselých".
//
// Only the lemmas are stored (folded: lower case, no diacritics); a word is reduced to
// the lemmas it can be a form of by taking off the case endings of nouns, of -ová names
// and of adjectives, so 47 000 names cost one table rather than half a million forms.
// Each lemma says whether it is also a common word ("svoboda", "holub") or a place
// ("Kolín"): those count only where the context already says "person".

#include "core/common/Error.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <string>
#include <vector>

namespace kotva::pii {

class SurnameLexicon final
{
public:
    /// What a word can be, from the lemma it is a form of. Ordered: when a word is a
    /// form of several lemmas, the most cautious reading wins.
    enum class Kind : quint8 {
        None,       ///< not a form of any listed surname
        Person,     ///< only a person's name ("Novákem")
        CommonWord, ///< also an ordinary word when written in lower case ("Svobodu")
        /// also an adjective ("Černý", "Štědrý"), which starts many names of things
        /// ("Štědrý den", "Českou poštu")
        CommonAdjective,
        Place, ///< also a place ("Kolíně")
    };

    /// Reads "Surname<TAB>p|c|a|t" lines; a missing file gives an empty lexicon (an
    /// organisation's own name folder need not have one).
    static Result<SurnameLexicon> load(const QString& path);
    /// For tests: lemmas as they would stand in the file.
    void add(const QString& surname, Kind kind);

    /// folded: a folded word ("novakem"). Allocates nothing.
    [[nodiscard]] Kind classify(QStringView folded) const;
    [[nodiscard]] qsizetype size() const { return qsizetype(m_entries.size()); }

private:
    /// hash: wordHash() of the word.
    [[nodiscard]] Kind lookup(const char16_t* word, qsizetype length, std::uint32_t hash) const;
    /// Looks up word[0, length) + ending, and that stem with a mobile e put back ("hajk" →
    /// "hajek"); prefixHashes[k] is the unfinished word hash of word's first k letters.
    void probeStem(const char16_t* word, const std::uint32_t* prefixHashes, qsizetype length,
                   const char* ending, Kind* best) const;
    void rehash();
    [[nodiscard]] bool inFilter(std::uint32_t hash) const
    {
        return m_filter[(hash >> 6) & (m_filter.size() - 1)] & (quint64(1) << (hash & 63));
    }

    struct Entry
    {
        std::uint32_t offset; ///< into m_keys
        std::uint16_t length;
        Kind kind;
    };
    /// Index into m_entries, or -1.
    [[nodiscard]] qsizetype find(const char16_t* word, qsizetype length) const;
    [[nodiscard]] qsizetype find(const char16_t* word, qsizetype length, std::uint32_t hash) const;
    std::vector<Entry> m_entries;
    std::u16string m_keys;
    /// Open addressing, power-of-two size: entry index + 1 (0 = empty).
    std::vector<std::uint32_t> m_slots;
    std::vector<std::uint32_t> m_slotHashes;
    /// 2^20 bits: most reduced forms are no lemma and stop here.
    std::vector<quint64> m_filter;
};

} // namespace kotva::pii
