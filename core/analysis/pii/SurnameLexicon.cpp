#include "core/analysis/pii/SurnameLexicon.h"

#include "core/analysis/text/NormalisedText.h"
#include "core/analysis/text/StringHash.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace kotva::pii {

namespace {

constexpr std::size_t FilterBits = std::size_t(1) << 20;
constexpr qsizetype MaxWord = 48; ///< longer words are no surnames (and fit no buffer)
constexpr qsizetype MinStem = 3;  ///< "Nov-" is too short a stem to mean anything

// Case endings, folded, of nouns (Novák-em, Fial-ou, Horák-ů), of -ová names
// (Novák-ové, -ovou) and of adjectives (Čern-ého, Vesel-ých), and what the stem left
// after each is tried as: as it is (Novák-em), with -a (Fial-ou), with -y (Čern-ého).
enum Restore : quint8 { AsIs = 1, WithA = 2, WithY = 4 };
struct Ending
{
    const char* text;
    quint8 size;
    quint8 restore;
};
constexpr Ending kEndings[] = {
    {"ovymi", 5, AsIs | WithA},
    {"ovych", 5, AsIs | WithA},
    {"ovym", 4, AsIs | WithA},
    {"ovou", 4, AsIs | WithA},
    {"ovi", 3, AsIs | WithA},
    {"ova", 3, AsIs | WithA},
    {"ove", 3, AsIs | WithA},
    {"ovu", 3, AsIs | WithA},
    {"ech", 3, AsIs},
    {"eho", 3, WithY},
    {"emu", 3, WithY},
    {"ymi", 3, WithY},
    {"ych", 3, WithY},
    {"ym", 2, WithY},
    {"em", 2, AsIs},
    {"ou", 2, WithA | WithY},
    {"um", 2, AsIs},
    {"a", 1, AsIs | WithY},
    {"e", 1, AsIs | WithA | WithY},
    {"i", 1, AsIs | WithY},
    {"u", 1, AsIs | WithA},
    {"y", 1, AsIs | WithA},
};

/// Bit c - 'a' set when some ending ends in the letter c: most words end in none.
constexpr quint32 kEndingLastLetters = [] {
    quint32 bits = 0;
    for (const Ending& e : kEndings)
        bits |= quint32(1) << (e.text[e.size - 1] - 'a');
    return bits;
}();

bool isConsonant(char16_t c)
{
    return c >= u'a' && c <= u'z' && !std::strchr("aeiouy", char(c));
}

} // namespace

Result<SurnameLexicon> SurnameLexicon::load(const QString& path)
{
    SurnameLexicon lexicon;
    QFile file(path);
    if (!file.exists())
        return lexicon;
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("kotva::NameLexicon", "Name list %1 cannot be read.")
                .arg(QFileInfo(path).fileName()),
            file.errorString());
    }
    const QString content = QString::fromUtf8(file.readAll());
    int number = 0;
    for (QStringView line : QStringView(content).split(u'\n')) {
        ++number;
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const QStringView kind = tab > 0 ? line.mid(tab + 1).trimmed() : QStringView();
        if (kind != u"p" && kind != u"c" && kind != u"a" && kind != u"t") {
            return fail(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("kotva::NameLexicon", "Name list %1, line %2: %3")
                    .arg(QFileInfo(path).fileName())
                    .arg(number)
                    .arg(QCoreApplication::translate(
                        "kotva::NameLexicon", "expected a surname, a tab and p, c, a or t.")));
        }
        lexicon.add(line.left(tab).toString(), kind == u"p"   ? Kind::Person
                                               : kind == u"c" ? Kind::CommonWord
                                               : kind == u"a" ? Kind::CommonAdjective
                                                              : Kind::Place);
    }
    return lexicon;
}

void SurnameLexicon::add(const QString& surname, Kind kind)
{
    const QString folded = NormalisedText::fold(surname);
    if (folded.size() < MinStem || folded.size() > MaxWord)
        return;
    const char16_t* const key = reinterpret_cast<const char16_t*>(folded.utf16());
    if (const qsizetype known = find(key, folded.size()); known >= 0) {
        // "Cerny" and "Černý" fold alike: keep the more cautious reading.
        Entry& e = m_entries[std::size_t(known)];
        e.kind = std::max(e.kind, kind);
        return;
    }
    m_entries.push_back({std::uint32_t(m_keys.size()), std::uint16_t(folded.size()), kind});
    m_keys.append(reinterpret_cast<const char16_t*>(folded.utf16()), std::size_t(folded.size()));
    if (m_entries.size() * 2 > m_slots.size())
        rehash();
    else {
        const std::uint32_t h = wordHash(folded);
        std::size_t slot = h & (m_slots.size() - 1);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & (m_slots.size() - 1);
        m_slots[slot] = std::uint32_t(m_entries.size());
        m_slotHashes[slot] = h;
        m_filter[(h >> 6) & (FilterBits / 64 - 1)] |= quint64(1) << (h & 63);
    }
}

void SurnameLexicon::rehash()
{
    std::size_t size = std::max<std::size_t>(64, m_slots.size() * 2);
    while (size < m_entries.size() * 2)
        size *= 2; // load factor <= 1/2
    m_slots.assign(size, 0);
    m_slotHashes.assign(size, 0);
    m_filter.assign(FilterBits / 64, 0);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries[i];
        const std::uint32_t h = wordHash(QStringView(m_keys.data() + e.offset, e.length));
        std::size_t slot = h & (size - 1);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & (size - 1);
        m_slots[slot] = std::uint32_t(i + 1);
        m_slotHashes[slot] = h;
        m_filter[(h >> 6) & (FilterBits / 64 - 1)] |= quint64(1) << (h & 63);
    }
}

SurnameLexicon::Kind SurnameLexicon::lookup(const char16_t* word, qsizetype length,
                                            std::uint32_t hash) const
{
    const qsizetype index = find(word, length, hash);
    return index >= 0 ? m_entries[std::size_t(index)].kind : Kind::None;
}

qsizetype SurnameLexicon::find(const char16_t* word, qsizetype length) const
{
    return find(word, length, wordHash(QStringView(word, length)));
}

qsizetype SurnameLexicon::find(const char16_t* word, qsizetype length, std::uint32_t h) const
{
    if (m_slots.empty() || !inFilter(h))
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = h & mask; m_slots[slot] != 0; slot = (slot + 1) & mask) {
        if (m_slotHashes[slot] != h)
            continue;
        const Entry& e = m_entries[m_slots[slot] - 1];
        if (e.length == length && std::char_traits<char16_t>::compare(
                                      m_keys.data() + e.offset, word, std::size_t(length)) == 0)
            return qsizetype(m_slots[slot] - 1);
    }
    return -1;
}

void SurnameLexicon::probeStem(const char16_t* word, const std::uint32_t* prefixHashes,
                               qsizetype length, const char* ending, Kind* best) const
{
    // The hash of stem + ending continues the stem's (wordHashStep): most candidates
    // stop at the filter before a buffer is built.
    std::uint32_t h = prefixHashes[length];
    qsizetype n = length;
    for (const char* e = ending; *e; ++e, ++n)
        h = wordHashStep(h, char16_t(*e));
    if (const std::uint32_t hash = wordHashFinish(h); inFilter(hash)) {
        char16_t buffer[MaxWord + 8];
        std::copy(word, word + length, buffer);
        for (qsizetype k = length; k < n; ++k)
            buffer[k] = char16_t(ending[k - length]);
        *best = std::max(*best, lookup(buffer, n, hash));
    }
    // The mobile e of the nominative: Hájk-a → Hájek, Něm-ce → Němec, Havl-a → Havel.
    if (!*ending && length >= MinStem && isConsonant(word[length - 1]) &&
        isConsonant(word[length - 2]) && std::strchr("kcln", char(word[length - 1]))) {
        const std::uint32_t hash = wordHashFinish(
            wordHashStep(wordHashStep(prefixHashes[length - 1], u'e'), word[length - 1]));
        if (!inFilter(hash))
            return;
        char16_t buffer[MaxWord + 8];
        std::copy(word, word + length - 1, buffer);
        buffer[length - 1] = u'e';
        buffer[length] = word[length - 1];
        *best = std::max(*best, lookup(buffer, length + 1, hash));
    }
}

SurnameLexicon::Kind SurnameLexicon::classify(QStringView folded) const
{
    const qsizetype n = folded.size();
    if (n < MinStem || n > MaxWord || m_entries.empty())
        return Kind::None;
    const char16_t* word = folded.utf16();
    // prefixHashes[k]: the unfinished word hash of the first k letters.
    std::uint32_t prefixHashes[MaxWord + 1];
    prefixHashes[0] = WordHashSeed;
    for (qsizetype k = 0; k < n; ++k)
        prefixHashes[k + 1] = wordHashStep(prefixHashes[k], word[k]);
    Kind best = lookup(word, n, wordHashFinish(prefixHashes[n]));
    const char16_t last = word[n - 1];
    if (last < u'a' || last > u'z' || !(kEndingLastLetters & (quint32(1) << (last - u'a'))))
        return best;
    for (const auto& [ending, size, restore] : kEndings) {
        if (n - size < MinStem || char16_t(ending[size - 1]) != last)
            continue;
        bool matches = true;
        for (qsizetype k = 0; k + 1 < size && matches; ++k)
            matches = word[n - size + k] == char16_t(ending[k]);
        if (!matches)
            continue;
        if (restore & AsIs)
            probeStem(word, prefixHashes, n - size, "", &best);
        if (restore & WithA)
            probeStem(word, prefixHashes, n - size, "a", &best);
        if (restore & WithY)
            probeStem(word, prefixHashes, n - size, "y", &best);
    }
    return best;
}

} // namespace kotva::pii
