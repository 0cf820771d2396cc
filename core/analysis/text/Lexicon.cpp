#include "core/analysis/text/Lexicon.h"

#include "core/analysis/text/LexiconPattern.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Lexicon)
};

int lineAt(QByteArrayView json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    return static_cast<int>(std::count(json.begin(), json.begin() + offset, '\n')) + 1;
}

/// Line numbers for increasing offsets in one pass (a lexicon may have thousands of entries).
QList<int> linesAt(QByteArrayView json, const QList<qsizetype>& offsets)
{
    QList<int> lines;
    lines.reserve(offsets.size());
    int line = 1;
    qsizetype position = 0;
    for (const qsizetype offset : offsets) {
        for (; position < offset && position < json.size(); ++position)
            line += json.at(position) == '\n' ? 1 : 0;
        lines.append(line);
    }
    return lines;
}

std::unexpected<Error> lexiconError(const QString& file, int line, const QString& what)
{
    const QString name = QFileInfo(file).fileName();
    return fail(ErrorCode::InvalidInput,
                Tr::tr("Lexicon %1, line %2: %3").arg(name).arg(line).arg(what),
                QStringLiteral("%1:%2").arg(file).arg(line));
}

/// Byte offsets of the objects in the top-level "entries" array. QJsonDocument keeps
/// no positions, so this small scan over the (already valid) JSON finds them to name
/// the line of a bad entry.
QList<qsizetype> entryOffsets(QByteArrayView json)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool expectKey = false;
    bool inEntries = false;
    QByteArray lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i)
                if (json.at(i) == '\\')
                    ++i;
            if (depth == 1 && expectKey)
                lastKey = json.sliced(start, i - start).toByteArray();
            continue;
        }
        switch (c) {
        case '{':
        case '[':
            ++depth;
            if (depth == 1)
                expectKey = c == '{';
            if (c == '[' && depth == 2 && lastKey == "entries")
                inEntries = true;
            if (c == '{' && depth == 3 && inEntries)
                offsets.append(i);
            break;
        case '}':
        case ']':
            if (c == ']' && depth == 2)
                inEntries = false;
            --depth;
            break;
        case ':':
            if (depth == 1)
                expectKey = false;
            break;
        case ',':
            if (depth == 1)
                expectKey = true;
            break;
        default:
            break;
        }
    }
    return offsets;
}

/// What to do when the forms of a "~lemma" are not known, for the lexicons in file's folder.
QString missingFormsHint(const QString& file)
{
    if (file.startsWith(u':'))
        return Tr::tr("The forms table built into Kotva is out of date: rebuild Kotva.");
    return Tr::tr("Generate the forms of the folder's lemmas: python3 "
                  "scripts/lexicon-forms.py \"%1\" (needs the packages hunspell-cs and "
                  "hunspell-tools; a word the dictionary lacks is written \"~word=example\").")
        .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath()));
}

/// The patterns of one field of an entry, each parsed once to validate it; the forms of
/// their "~lemma" words are added to used.
Result<QStringList> stringList(const QJsonValue& value, bool required, const QString& field,
                               const QString& file, int line, const LemmaForms& lemmas,
                               LemmaForms& used)
{
    if (value.isUndefined() && !required)
        return QStringList();
    if (!value.isArray() || (required && value.toArray().isEmpty()))
        return lexiconError(file, line,
                            Tr::tr("\"%1\" must be a non-empty list of patterns.").arg(field));
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return lexiconError(
                file, line, Tr::tr("every item of \"%1\" must be a non-empty string.").arg(field));
        const QString pattern = item.toString();
        const auto parsed = parsePattern(pattern, lemmas);
        if (!parsed) {
            QString what = Tr::tr("pattern \"%1\": %2").arg(pattern, parsed.error().message);
            if (parsed.error().code == ErrorCode::NotFound)
                what += u' ' + missingFormsHint(file);
            return lexiconError(file, line, what);
        }
        for (const PatternElement& element : parsed->elements)
            for (const PatternWord& word : element.words)
                if (word.isLemma() && !word.lemma.isEmpty())
                    used.insert(word.lemma, word.forms);
        result.append(pattern);
    }
    return result;
}

Result<LexiconEntry> parseEntry(const QJsonValue& value, const QJsonObject& defaults,
                                const QString& file, int line, const LemmaForms& lemmas)
{
    if (!value.isObject())
        return lexiconError(file, line, Tr::tr("every entry must be a JSON object."));
    QJsonObject object = value.toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (!object.contains(it.key()))
            object.insert(it.key(), it.value());

    LexiconEntry entry;
    entry.file = file;
    entry.line = line;
    entry.id = object.take(QLatin1String("id")).toString();
    if (entry.id.trimmed().isEmpty())
        return lexiconError(file, line, Tr::tr("the entry has no \"id\"."));
    entry.category = object.take(QLatin1String("category")).toString();
    if (entry.category.trimmed().isEmpty())
        return lexiconError(file, line,
                            Tr::tr("the entry \"%1\" has no \"category\".").arg(entry.id));
    auto patterns = stringList(object.take(QLatin1String("patterns")), true,
                               QStringLiteral("patterns"), file, line, lemmas, entry.lemmas);
    if (!patterns)
        return std::unexpected(patterns.error());
    entry.patterns = *patterns;
    auto except = stringList(object.take(QLatin1String("except")), false, QStringLiteral("except"),
                             file, line, lemmas, entry.lemmas);
    if (!except)
        return std::unexpected(except.error());
    entry.except = *except;
    entry.data = object;
    return entry;
}

} // namespace

QString LexiconEntry::text(QLatin1String key, const QString& language) const
{
    const QJsonValue value = data.value(key);
    if (value.isString())
        return value.toString();
    if (!value.isObject())
        return {};
    const QJsonObject byLanguage = value.toObject();
    for (const QString& candidate : {language, QStringLiteral("en"), QStringLiteral("cs")})
        if (!candidate.isEmpty() && byLanguage.value(candidate).isString())
            return byLanguage.value(candidate).toString();
    return {};
}

const QString& LexiconEntry::string(QLatin1String key) const
{
    static const QString empty;
    // Most fields differ from the key in length or first letter ("rule" and "kind"):
    // answered before Qt's comparison is called.
    for (const auto& [name, value] : strings)
        if (name.size() == key.size() && (name.isEmpty() || name.front() == key.front()) &&
            name == key)
            return value;
    return empty;
}

const QStringList& LexiconEntry::list(QLatin1String key) const
{
    static const QStringList empty;
    for (const auto& [name, value] : lists)
        if (name == key)
            return value;
    return empty;
}

bool LexiconEntry::flag(QLatin1String key) const
{
    return trueFlags.contains(key);
}

double LexiconEntry::number(QLatin1String key, double fallback) const
{
    const QJsonValue value = data.value(key);
    return value.isDouble() ? value.toDouble() : fallback;
}

Result<Lexicon> Lexicon::parse(QByteArrayView json, const QString& fileName,
                               const LemmaForms& lemmas)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return lexiconError(fileName, lineAt(json, parseError.offset),
                            Tr::tr("JSON syntax error: %1.").arg(parseError.errorString()));
    if (!document.isObject())
        return lexiconError(fileName, 1, Tr::tr("the file must contain one JSON object."));
    const QJsonObject root = document.object();
    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray())
        return lexiconError(fileName, 1, Tr::tr("the file has no \"entries\" list."));
    const QJsonValue defaults = root.value(QLatin1String("defaults"));
    if (!defaults.isUndefined() && !defaults.isObject())
        return lexiconError(fileName, 1, Tr::tr("\"defaults\" must be a JSON object."));
    // An entry's field at the top of the file is an entry that lost its braces: its patterns
    // would silently do nothing, so the file is refused instead.
    for (const char* field : {"id", "patterns", "except", "category"}) {
        if (root.contains(QLatin1String(field)))
            return lexiconError(fileName, 1,
                                Tr::tr("\"%1\" stands outside every entry; it belongs inside one "
                                       "of the objects of \"entries\".")
                                    .arg(QLatin1String(field)));
    }

    Lexicon lexicon;
    lexicon.file = fileName;
    lexicon.name = root.value(QLatin1String("lexicon")).toString();
    if (lexicon.name.isEmpty())
        lexicon.name = QFileInfo(fileName).completeBaseName();

    const QList<int> lines = linesAt(json, entryOffsets(json));
    const QJsonArray array = entries.toArray();
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 1;
        auto entry = parseEntry(array.at(i), defaults.toObject(), fileName, line, lemmas);
        if (!entry)
            return std::unexpected(entry.error());
        if (seen.contains(entry->id))
            return lexiconError(fileName, line,
                                Tr::tr("the id \"%1\" is already used on line %2.")
                                    .arg(entry->id)
                                    .arg(seen.value(entry->id)));
        seen.insert(entry->id, line);
        lexicon.entries.append(std::move(*entry));
    }
    return lexicon;
}

Result<Lexicon> Lexicon::load(const QString& path, const LemmaForms& lemmas)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    Tr::tr("Cannot read the lexicon %1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path, lemmas);
}

Result<QList<Lexicon>> Lexicon::loadDirectory(const QString& directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return fail(ErrorCode::NotFound,
                    Tr::tr("The lexicon folder %1 does not exist.").arg(directory));
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty())
        return fail(ErrorCode::NotFound,
                    Tr::tr("The lexicon folder %1 has no lexicon (*.json) files.").arg(directory));
    const auto lemmas = LemmaForms::forDirectory(directory);
    if (!lemmas)
        return std::unexpected(lemmas.error());
    QList<Lexicon> lexicons;
    QHash<QString, const LexiconEntry*> ids;
    for (const QString& name : names) {
        auto lexicon = load(dir.filePath(name), *lemmas);
        if (!lexicon)
            return std::unexpected(lexicon.error());
        lexicons.append(std::move(*lexicon));
    }
    for (const Lexicon& lexicon : std::as_const(lexicons))
        for (const LexiconEntry& entry : lexicon.entries) {
            if (const LexiconEntry* other = ids.value(entry.id)) {
                return lexiconError(entry.file, entry.line,
                                    Tr::tr("the id \"%1\" is already used in %2, line %3.")
                                        .arg(entry.id, QFileInfo(other->file).fileName())
                                        .arg(other->line));
            }
            ids.insert(entry.id, &entry);
        }
    return lexicons;
}

QString Lexicon::builtInDirectory()
{
    return QStringLiteral(":/lexicons");
}

} // namespace kotva
