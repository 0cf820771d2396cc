#include "core/analysis/pii/NameLexicon.h"

#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kotva::pii {

namespace {

const QString kFirstNames = QStringLiteral("first-names.txt");
const QString kPlaces = QStringLiteral("places.txt");
const QString kContext = QStringLiteral("name-context.txt");
const QString kOrganisations = QStringLiteral("organisations.txt");
const QString kSurnames = QStringLiteral("surnames.txt");

struct Line
{
    int number = 0;
    QString text;
};

// The meaningful lines of a UTF-8 list: trimmed, without comments and blank lines.
Result<QList<Line>> readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("kotva::NameLexicon", "Name list %1 cannot be read.")
                .arg(QFileInfo(path).fileName()),
            file.errorString());
    }
    QList<Line> lines;
    int number = 0;
    const QString content = QString::fromUtf8(file.readAll());
    for (QStringView raw : QStringView(content).split(u'\n')) {
        ++number;
        const QString text = raw.trimmed().toString();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        lines.append({number, text});
    }
    return lines;
}

std::unexpected<Error> lineError(const QString& path, int line, const QString& what)
{
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("kotva::NameLexicon", "Name list %1, line %2: %3")
                    .arg(QFileInfo(path).fileName())
                    .arg(line)
                    .arg(what));
}

QString fold(const QString& s)
{
    return NormalisedText::fold(s);
}

bool isVowel(QChar c)
{
    static const QString vowels = QStringLiteral("aeiouyáéěíóúůý");
    return vowels.contains(c);
}

// Marek → Mark-, Pavel → Pavl-, Zdeněk → Zdeňk- (the mobile e of the nominative).
QString obliqueStem(const QString& name)
{
    const qsizetype n = name.size();
    if (n >= 4 && !isVowel(name[n - 3]) &&
        (name.endsWith(QLatin1String("ek")) || name.endsWith(QStringLiteral("ěk")) ||
         name.endsWith(QLatin1String("el")) || name.endsWith(QLatin1String("ec"))))
        return name.left(n - 2) + name.back();
    return name;
}

// The stem before -e in the dative and locative: Lenka → Lence, Olga → Olze.
QString palatalised(const QString& stem)
{
    if (stem.endsWith(QLatin1String("ch")))
        return stem.chopped(2) + QStringLiteral("š");
    if (stem.endsWith(u'k'))
        return stem.chopped(1) + u'c';
    if (stem.endsWith(u'g') || stem.endsWith(u'h'))
        return stem.chopped(1) + u'z';
    return stem;
}

} // namespace

QString NameLexicon::builtInFolder()
{
    return QStringLiteral(":/lexicons/names");
}

Result<NameLexicon> NameLexicon::load(const QString& folder)
{
    NameLexicon lexicon;
    const QDir dir(folder);
    if (auto s = lexicon.loadFirstNames(dir.filePath(kFirstNames)); !s)
        return std::unexpected(s.error());
    if (auto s = lexicon.loadPlaces(dir.filePath(kPlaces)); !s)
        return std::unexpected(s.error());
    if (auto s = lexicon.loadContext(dir.filePath(kContext)); !s)
        return std::unexpected(s.error());
    if (auto s = lexicon.loadContext(dir.filePath(kOrganisations), true); !s)
        return std::unexpected(s.error());
    auto surnames = SurnameLexicon::load(dir.filePath(kSurnames));
    if (!surnames)
        return std::unexpected(surnames.error());
    lexicon.m_surnames = std::move(*surnames);
    lexicon.freeze();
    return lexicon;
}

Status NameLexicon::loadFirstNames(const QString& path)
{
    const auto lines = readLines(path);
    if (!lines)
        return std::unexpected(lines.error());
    for (const Line& line : *lines) {
        const QStringList fields = line.text.split(u'\t', Qt::SkipEmptyParts);
        const QString gender = fields.size() == 2 ? fields[1].trimmed() : QString();
        if (fields.size() != 2 || (gender != QLatin1String("m") && gender != QLatin1String("f")) ||
            fields[0].trimmed().isEmpty()) {
            return lineError(
                path, line.number,
                QCoreApplication::translate("kotva::NameLexicon",
                                            "expected a name, a tab and the gender (m or f)."));
        }
        addFirstName(fields[0].trimmed().toLower(), gender == QLatin1String("f"));
    }
    return {};
}

Status NameLexicon::loadPlaces(const QString& path)
{
    const auto lines = readLines(path);
    if (!lines)
        return std::unexpected(lines.error());
    for (const Line& line : *lines) {
        for (const QString& form : line.text.split(u',', Qt::SkipEmptyParts)) {
            const QString folded = fold(form);
            if (folded.isEmpty() || folded.contains(u' ')) {
                return lineError(path, line.number,
                                 QCoreApplication::translate(
                                     "kotva::NameLexicon",
                                     "expected one-word place names separated by commas."));
            }
            addWord(folded, Place);
        }
    }
    return {};
}

Status NameLexicon::loadContext(const QString& path, bool optional)
{
    if (optional && !QFileInfo::exists(path))
        return {};
    const auto lines = readLines(path);
    if (!lines)
        return std::unexpected(lines.error());
    QString section;
    for (const Line& line : *lines) {
        if (line.text.startsWith(u'[') && line.text.endsWith(u']')) {
            section = line.text.mid(1, line.text.size() - 2);
            static const QStringList known{QStringLiteral("titles"),
                                           QStringLiteral("introductions"),
                                           QStringLiteral("surname-introductions"),
                                           QStringLiteral("not-surnames"),
                                           QStringLiteral("strong-suffixes"),
                                           QStringLiteral("weak-suffixes"),
                                           QStringLiteral("schools"),
                                           QStringLiteral("workplaces"),
                                           QStringLiteral("hospitals"),
                                           QStringLiteral("shops"),
                                           QStringLiteral("institutions")};
            if (!known.contains(section)) {
                return lineError(
                    path, line.number,
                    QCoreApplication::translate("kotva::NameLexicon", "unknown section [%1].")
                        .arg(section));
            }
            continue;
        }
        const QString folded = fold(line.text);
        if (section.isEmpty() || folded.isEmpty()) {
            return lineError(
                path, line.number,
                QCoreApplication::translate("kotva::NameLexicon", "an entry outside a [section]."));
        }
        if (section == QLatin1String("titles"))
            addWord(folded, Title);
        else if (section == QLatin1String("introductions")) {
            m_introductions.append(folded.split(u' '));
            addWord(m_introductions.last().first(), IntroductionStart);
        } else if (section == QLatin1String("surname-introductions")) {
            m_surnameIntroductions.append(folded.split(u' '));
            addWord(m_surnameIntroductions.last().first(), IntroductionStart);
        } else if (section == QLatin1String("not-surnames"))
            addWord(folded, NotSurname);
        else if (section == QLatin1String("schools") || section == QLatin1String("workplaces"))
            addWord(folded, School); // a name follows the word, as after "ZŠ"
        else if (section == QLatin1String("hospitals"))
            addWord(folded, Hospital);
        else if (section == QLatin1String("shops"))
            addWord(folded, Shop);
        else if (section == QLatin1String("institutions"))
            addWord(folded, Institution);
        else if (section == QLatin1String("strong-suffixes"))
            m_strongSuffixes.append(line.text.toLower());
        else
            m_weakSuffixes.append(folded);
    }
    return {};
}

void NameLexicon::addFirstName(const QString& name, bool female)
{
    QStringList forms{name};
    const QChar last = name.back();
    const auto addWith = [&forms](const QString& stem, std::initializer_list<const char*> ends) {
        for (const char* end : ends)
            forms.append(stem + QString::fromUtf8(end));
    };
    if (last == u'a') {
        // Petra, Lenka, and the masculine Honza, Jirka, Kuba.
        const QString stem = name.chopped(1);
        addWith(stem, {"y", "i", "u", "o", "ou", "e", "ě"});
        forms.append(palatalised(stem) + u'e');
        if (!female)
            addWith(stem, {"ovi"});
    } else if (female && (last == u'e' || last == QChar(u'ě'))) {
        addWith(name.chopped(1), {"i", "í"}); // Lucie → Lucii, Lucií; Alice → Alici
    } else if (female) {
        addWith(name, {"y", "u", "ou"}); // Dagmar, Ester: mostly not declined
    } else if (last == QChar(u'í')) {
        addWith(name, {"ho", "mu", "m"}); // Jiří → Jiřího, Jiřímu, Jiřím
    } else if (last == u'o') {
        addWith(name.chopped(1), {"a", "ovi", "em", "u"}); // Ivo → Iva, Ivovi
    } else if (!isVowel(last)) {
        const QString stem = obliqueStem(name);
        addWith(stem, {"a", "e", "i", "u", "ovi", "em", "ou"});
    }
    for (const QString& form : std::as_const(forms))
        addWord(fold(form), FirstName);
}

void NameLexicon::addWord(const QString& folded, WordFlag flag)
{
    quint8& flags = m_building[folded];
    if (flag == FirstName && !(flags & FirstName))
        ++m_firstNameForms;
    flags |= flag;
}

void NameLexicon::freeze()
{
    // Every code unit that equals the last letter of a strong suffix ignoring case (the
    // comparison hasStrongSuffix() makes), as bits. A surrogate cannot be compared on its
    // own: a suffix ending in one (or an empty one) makes every word worth checking.
    QString ends;
    m_checkEveryEnd = false;
    for (const QString& suffix : std::as_const(m_strongSuffixes)) {
        if (suffix.isEmpty() || suffix.back().isSurrogate())
            m_checkEveryEnd = true;
        else
            ends.append(suffix.back().toCaseFolded());
    }
    m_strongEnds.assign(0x10000 / 64, 0);
    for (unsigned c = 0; c < 0x10000 && !ends.isEmpty(); ++c)
        if (ends.contains(QChar(char16_t(c)).toCaseFolded()))
            m_strongEnds[c >> 6] |= quint64(1) << (c & 63);

    std::size_t size = 16;
    while (size < m_building.size() * 4)
        size *= 2; // load factor <= 1/4: an absent word mostly ends on its first probe
    m_slots.assign(size, {0, 0});
    m_entries.clear();
    m_keys.clear();
    std::fill(m_filter.begin(), m_filter.end(), 0);
    std::fill(m_nameFilter.begin(), m_nameFilter.end(), 0);
    std::fill(m_organisationFilter.begin(), m_organisationFilter.end(), 0);
    for (const auto& [word, flags] : m_building) {
        const std::uint32_t h = wordHash(word);
        addToFilter(m_filter, h);
        if (flags & (FirstName | Title | IntroductionStart))
            addToFilter(m_nameFilter, h);
        if (flags & (School | Hospital | Shop))
            addToFilter(m_organisationFilter, h);
        m_entries.push_back({std::uint32_t(m_keys.size()), std::uint16_t(word.size()), flags});
        m_keys.append(reinterpret_cast<const char16_t*>(word.constData()),
                      std::size_t(word.size()));
        std::size_t slot = (h >> 16) & (size - 1);
        while (m_slots[slot].second != 0)
            slot = (slot + 1) & (size - 1);
        m_slots[slot] = {h, std::uint32_t(m_entries.size())};
    }
    m_building.clear();
}

quint8 NameLexicon::lookup(QStringView folded, std::uint32_t hash) const
{
    if (m_slots.empty())
        return 0;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = (hash >> 16) & mask;; slot = (slot + 1) & mask) {
        const auto& [h, index] = m_slots[slot];
        if (index == 0)
            return 0;
        if (h != hash)
            continue;
        const Entry& e = m_entries[index - 1];
        if (e.length == folded.size() &&
            std::char_traits<char16_t>::compare(m_keys.data() + e.offset, folded.utf16(),
                                                e.length) == 0)
            return e.flags;
    }
}

bool NameLexicon::hasStrongSuffix(QStringView word) const
{
    // Asked for every capitalised word: most end in a letter no suffix ends in.
    if (!m_checkEveryEnd && (word.isEmpty() || !(m_strongEnds[word.back().unicode() >> 6] &
                                                 (quint64(1) << (word.back().unicode() & 63)))))
        return false;
    for (const QString& suffix : m_strongSuffixes) {
        // At least three letters before the suffix: "Nová" is an adjective.
        if (word.size() >= suffix.size() + 3 && word.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool NameLexicon::hasWeakSuffix(QStringView folded) const
{
    for (const QString& suffix : m_weakSuffixes) {
        if (folded.size() >= suffix.size() + 2 && folded.endsWith(suffix))
            return true;
    }
    return false;
}

} // namespace kotva::pii
