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
    quint8 restore;
};
const Ending kEndings[] = {
    {"ovymi", AsIs | WithA},
    {"ovych", AsIs | WithA},
    {"ovym", AsIs | WithA},
    {"ovou", AsIs | WithA},
    {"ovi", AsIs | WithA},
    {"ova", AsIs | WithA},
    {"ove", AsIs | WithA},
    {"ovu", AsIs | WithA},
    {"ech", AsIs},
    {"eho", WithY},
    {"emu", WithY},
    {"ymi", WithY},
    {"ych", WithY},
    {"ym", WithY},
    {"em", AsIs},
    {"ou", WithA | WithY},
    {"um", AsIs},
    {"a", AsIs | WithY},
    {"e", AsIs | WithA | WithY},
    {"i", AsIs | WithY},
    {"u", AsIs | WithA},
    {"y", AsIs | WithA},
};

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

SurnameLexicon::Kind SurnameLexicon::lookup(const char16_t* word, qsizetype length) const
{
    const qsizetype index = find(word, length);
    return index >= 0 ? m_entries[std::size_t(index)].kind : Kind::None;
}

qsizetype SurnameLexicon::find(const char16_t* word, qsizetype length) const
{
    if (m_slots.empty())
        return -1;
    const std::uint32_t h = wordHash(QStringView(word, length));
    if (!(m_filter[(h >> 6) & (FilterBits / 64 - 1)] & (quint64(1) << (h & 63))))
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

void SurnameLexicon::probeStem(const char16_t* stem, qsizetype length, const char* ending,
                               Kind* best) const
{
    char16_t buffer[MaxWord + 8];
    std::copy(stem, stem + length, buffer);
    qsizetype n = length;
    for (const char* e = ending; *e; ++e)
        buffer[n++] = char16_t(*e);
    *best = std::max(*best, lookup(buffer, n));
    // The mobile e of the nominative: Hájk-a → Hájek, Něm-ce → Němec, Havl-a → Havel.
    if (!*ending && length >= MinStem && isConsonant(stem[length - 1]) &&
        isConsonant(stem[length - 2]) && std::strchr("kcln", char(stem[length - 1]))) {
        std::copy(stem, stem + length - 1, buffer);
        buffer[length - 1] = u'e';
        buffer[length] = stem[length - 1];
        *best = std::max(*best, lookup(buffer, length + 1));
    }
}

SurnameLexicon::Kind SurnameLexicon::classify(QStringView folded) const
{
    const qsizetype n = folded.size();
    if (n < MinStem || n > MaxWord || m_entries.empty())
        return Kind::None;
    const char16_t* word = folded.utf16();
    Kind best = lookup(word, n);
    for (const auto& [ending, restore] : kEndings) {
        const qsizetype size = qsizetype(std::strlen(ending));
        if (n - size < MinStem)
            continue;
        bool matches = true;
        for (qsizetype k = 0; k < size && matches; ++k)
            matches = word[n - size + k] == char16_t(ending[k]);
        if (!matches)
            continue;
        if (restore & AsIs)
            probeStem(word, n - size, "", &best);
        if (restore & WithA)
            probeStem(word, n - size, "a", &best);
        if (restore & WithY)
            probeStem(word, n - size, "y", &best);
    }
    return best;
}

} // namespace kotva::pii
