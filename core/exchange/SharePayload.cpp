#include "core/exchange/SharePayload.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SharePayload)
};

constexpr int FormatVersion = 1;
constexpr qsizetype MaxReferenceLength = 40;
constexpr qsizetype MaxIdLength = 40;
constexpr qsizetype MaxKeyLength = 200;
constexpr int MaxCount = 10'000'000;

std::unexpected<Error> malformed(const char* what)
{
    return fail(ErrorCode::InvalidInput,
                Tr::tr("The file's contents do not have the form Kotva writes. Nothing was "
                       "imported."),
                QString::fromLatin1(what));
}

QString monthName(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

std::optional<FigureGroup> groupFromName(const QString& name)
{
    for (const FigureGroup group : allFigureGroups())
        if (figureGroupName(group) == name)
            return group;
    return std::nullopt;
}

/// A string of at most `max` characters, or nothing.
std::optional<QString> stringOf(const QCborMap& map, QLatin1String key, qsizetype max)
{
    const QCborValue value = map.value(key);
    if (!value.isString() || value.toString().size() > max)
        return std::nullopt;
    return value.toString();
}

std::optional<QDateTime> timeOf(const QCborMap& map, QLatin1String key)
{
    const QCborValue value = map.value(key);
    // From 2000 to 2200: a time outside is no time a note was written.
    if (!value.isInteger() || value.toInteger() < 946684800 || value.toInteger() > 7258118400)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(value.toInteger(), QTimeZone::utc());
}

Result<SharedNote> noteOf(const QCborValue& value)
{
    if (!value.isMap())
        return malformed("note is not a map");
    const QCborMap map = value.toMap();
    const auto id = stringOf(map, QLatin1String("id"), MaxIdLength);
    const auto topic = stringOf(map, QLatin1String("topic"), 40);
    const auto text = stringOf(map, QLatin1String("text"), SharePayload::MaxNoteLength);
    const auto reference = stringOf(map, QLatin1String("ref"), MaxReferenceLength);
    const auto created = timeOf(map, QLatin1String("created"));
    const auto updated = timeOf(map, QLatin1String("updated"));
    const QCborValue anonymous = map.value(QLatin1String("anon"));
    if (!id || id->isEmpty() || !topic || !text || text->trimmed().isEmpty() || !reference ||
        !created || !updated || !anonymous.isBool())
        return malformed("note field");
    const auto parsedTopic = noteTopicFromName(*topic);
    if (!parsedTopic)
        return malformed("note topic");
    return SharedNote{*id, *parsedTopic, *text, *reference, anonymous.toBool(), *created, *updated};
}

} // namespace

QByteArray SharePayload::encode() const
{
    QCborArray noteArray;
    for (const SharedNote& note : notes) {
        QCborMap map;
        map.insert(QLatin1String("id"), note.remoteId);
        map.insert(QLatin1String("topic"), noteTopicName(note.topic));
        map.insert(QLatin1String("text"), note.text);
        map.insert(QLatin1String("ref"), note.contactReference);
        map.insert(QLatin1String("anon"), note.anonymousOnAgenda);
        map.insert(QLatin1String("created"), note.createdAtUtc.toSecsSinceEpoch());
        map.insert(QLatin1String("updated"), note.updatedAtUtc.toSecsSinceEpoch());
        noteArray.append(map);
    }
    QCborArray monthArray;
    for (const QDate& month : figures.months)
        monthArray.append(monthName(month));
    QCborArray rowArray;
    for (const FigureRow& row : figures.rows) {
        QCborArray counts;
        for (const int count : row.counts)
            counts.append(count);
        QCborMap map;
        map.insert(QLatin1String("group"), figureGroupName(row.group));
        map.insert(QLatin1String("key"), row.key);
        map.insert(QLatin1String("counts"), counts);
        rowArray.append(map);
    }
    QCborMap root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("notes"), noteArray);
    root.insert(QLatin1String("months"), monthArray);
    root.insert(QLatin1String("figures"), rowArray);
    return root.toCborValue().toCbor();
}

Result<SharePayload> SharePayload::decode(const QByteArray& bytes)
{
    QCborParserError parseError;
    const QCborValue rootValue = QCborValue::fromCbor(bytes, &parseError);
    if (parseError.error != QCborError::NoError || !rootValue.isMap())
        return malformed("not a CBOR map");
    const QCborMap root = rootValue.toMap();
    // isInteger() first: toInteger() of a large double is undefined behaviour in Qt 6.4.
    const QCborValue version = root.value(QLatin1String("version"));
    if (!version.isInteger() || version.toInteger() != FormatVersion)
        return malformed("version");
    const QCborValue notesValue = root.value(QLatin1String("notes"));
    const QCborValue monthsValue = root.value(QLatin1String("months"));
    const QCborValue rowsValue = root.value(QLatin1String("figures"));
    if (!notesValue.isArray() || !monthsValue.isArray() || !rowsValue.isArray())
        return malformed("lists");
    const QCborArray noteArray = notesValue.toArray();
    const QCborArray monthArray = monthsValue.toArray();
    const QCborArray rowArray = rowsValue.toArray();
    if (noteArray.size() > MaxNotes || monthArray.size() > MaxMonths || rowArray.size() > MaxRows)
        return malformed("too many");

    SharePayload payload;
    for (const QCborValue& value : noteArray) {
        auto note = noteOf(value);
        if (!note)
            return std::unexpected(note.error());
        for (const SharedNote& before : std::as_const(payload.notes))
            if (before.remoteId == note->remoteId)
                return malformed("note id twice");
        payload.notes.append(std::move(*note));
    }
    for (const QCborValue& value : monthArray) {
        const QDate month = QDate::fromString(value.toString(), QStringLiteral("yyyy-MM"));
        if (!value.isString() || !month.isValid() ||
            (!payload.figures.months.isEmpty() &&
             month != payload.figures.months.constLast().addMonths(1)))
            return malformed("month");
        payload.figures.months.append(month);
    }
    for (const QCborValue& value : rowArray) {
        if (!value.isMap())
            return malformed("row");
        const QCborMap map = value.toMap();
        const auto group = groupFromName(map.value(QLatin1String("group")).toString());
        const auto key = stringOf(map, QLatin1String("key"), MaxKeyLength);
        const QCborValue countsValue = map.value(QLatin1String("counts"));
        if (!group || !key || key->isEmpty() || !countsValue.isArray() ||
            countsValue.toArray().size() != payload.figures.months.size())
            return malformed("row fields");
        if (payload.figures.row(*group, *key))
            return malformed("row twice");
        FigureRow row{*group, *key, {}};
        for (const QCborValue& count : countsValue.toArray()) {
            if (!count.isInteger() || count.toInteger() < 0 || count.toInteger() > MaxCount)
                return malformed("count");
            row.counts.append(int(count.toInteger()));
        }
        payload.figures.rows.append(std::move(row));
    }
    return payload;
}

} // namespace kotva
