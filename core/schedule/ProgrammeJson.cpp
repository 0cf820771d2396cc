#include "core/schedule/ProgrammeJson.h"

#include "core/schedule/ProgrammeJsonReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ProgrammeJson)
};

QString weekdayName(Qt::DayOfWeek day)
{
    static const char* const names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    return QString::fromLatin1(names[day - 1]);
}

QJsonValue timeValue(const QTime& time)
{
    return time.isValid() ? QJsonValue(time.toString(QStringLiteral("HH:mm"))) : QJsonValue();
}

QJsonObject venueObject(const Venue& venue)
{
    QJsonObject object{{QStringLiteral("kind"), Venue::kindName(venue.kind)}};
    if (venue.kind == Venue::Kind::Place)
        object.insert(QStringLiteral("place"), venue.place);
    return object;
}

QJsonObject ruleObject(const RecurrenceRule& rule)
{
    QJsonObject object{{QStringLiteral("kind"), RecurrenceRule::kindName(rule.kind)}};
    switch (rule.kind) {
    case RecurrenceRule::Kind::Weekly:
        object.insert(QStringLiteral("weekday"), weekdayName(rule.weekday));
        if (rule.parity != WeekParity::Any)
            object.insert(QStringLiteral("parity"), RecurrenceRule::parityName(rule.parity));
        break;
    case RecurrenceRule::Kind::MonthlyNthWeekday:
        object.insert(QStringLiteral("weekday"), weekdayName(rule.weekday));
        object.insert(QStringLiteral("nth"), rule.nth);
        break;
    case RecurrenceRule::Kind::Once:
        object.insert(QStringLiteral("date"), rule.date.toString(Qt::ISODate));
        break;
    }
    if (rule.validFrom.isValid())
        object.insert(QStringLiteral("from"), rule.validFrom.toString(Qt::ISODate));
    if (rule.validUntil.isValid())
        object.insert(QStringLiteral("until"), rule.validUntil.toString(Qt::ISODate));
    if (rule.venue)
        object.insert(QStringLiteral("venue"), venueObject(*rule.venue));
    return object;
}

} // namespace

QJsonObject ProgrammeJson::activityToJson(const Activity& activity)
{
    QJsonObject object{
        {QStringLiteral("id"), activity.id},
        {QStringLiteral("title"), activity.title},
        {QStringLiteral("description"), activity.description},
        {QStringLiteral("start"), timeValue(activity.start)},
        {QStringLiteral("end"), timeValue(activity.end)},
        {QStringLiteral("venue"), venueObject(activity.venue)},
        {QStringLiteral("leads"), QJsonArray::fromStringList(activity.leads)},
    };
    if (activity.breakMinutes > 0)
        object.insert(QStringLiteral("breakMinutes"), activity.breakMinutes);
    if (activity.breakStart.isValid())
        object.insert(QStringLiteral("breakStart"), timeValue(activity.breakStart));
    if (activity.capacity)
        object.insert(QStringLiteral("capacity"), *activity.capacity);
    if (activity.supervision)
        object.insert(QStringLiteral("supervision"), supervisionKindName(*activity.supervision));
    QJsonArray rules;
    for (const RecurrenceRule& rule : activity.rules)
        rules.append(ruleObject(rule));
    object.insert(QStringLiteral("rules"), rules);
    return object;
}

Result<Activity> ProgrammeJson::activityFromJson(const QJsonObject& object, const QString& where)
{
    ProgrammeJsonReader reader;
    std::optional<Activity> activity = reader.readActivity(object);
    if (!activity)
        return fail(ErrorCode::InvalidInput, where + QStringLiteral(": ") + reader.firstError());
    return std::move(*activity);
}

Result<LoadedProgramme> ProgrammeJson::loadFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("%1: the programme file does not exist").arg(path));
    // A programme is a few kilobytes: a device (/dev/zero), a pipe or a huge file is refused
    // before it is read, instead of reading forever.
    constexpr qint64 MaxProgrammeBytes = 4 * 1024 * 1024;
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: not a programme file (a device, a folder or a pipe)").arg(path));
    if (info.size() > MaxProgrammeBytes)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: too large for a programme file (%2 MB at most)")
                        .arg(path)
                        .arg(MaxProgrammeBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("%1: the programme file cannot be read").arg(path),
                    file.errorString());
    return parse(file.read(MaxProgrammeBytes + 1), path.isEmpty() ? name : path);
}

Result<LoadedProgramme> ProgrammeJson::parse(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(parseError.offset).count('\n') + 1;
        return fail(ErrorCode::InvalidInput, Tr::tr("%1:%2: not valid JSON: %3")
                                                 .arg(sourceName)
                                                 .arg(line)
                                                 .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1: the programme must be a JSON object").arg(sourceName));

    ProgrammeJsonReader reader;
    std::optional<Programme> programme = reader.read(document.object());
    if (!programme)
        return fail(ErrorCode::InvalidInput,
                    sourceName + QStringLiteral(": ") + reader.firstError());

    LoadedProgramme loaded;
    QStringList errors;
    for (const ValidationIssue& issue : programme->validate()) {
        if (issue.isError())
            errors << issue.where + QStringLiteral(": ") + issue.message;
        else
            loaded.warnings.append(issue);
    }
    if (!errors.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    sourceName + QStringLiteral(": ") + errors.join(QStringLiteral("; ")));
    loaded.programme = std::move(*programme);
    return loaded;
}

QByteArray ProgrammeJson::serialize(const Programme& programme)
{
    const Organisation& organisation = programme.organisation;
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("kotva-programme")},
        {QStringLiteral("version"), FormatVersion},
    };
    QJsonObject org{{QStringLiteral("name"), organisation.name}};
    const auto optional = [&org](const char* key, const QString& value) {
        if (!value.isEmpty())
            org.insert(QLatin1String(key), value);
    };
    optional("programme", organisation.programme);
    optional("address", organisation.address);
    optional("shortAddress", organisation.shortAddress);
    optional("email", organisation.email);
    optional("phone", organisation.phone);
    optional("web", organisation.web);
    root.insert(QStringLiteral("organisation"), org);

    QJsonArray activities;
    for (const Activity& activity : programme.activities)
        activities.append(activityToJson(activity));
    root.insert(QStringLiteral("activities"), activities);

    QJsonArray cancellations;
    for (const Cancellation& cancellation : programme.cancellations)
        cancellations.append(
            QJsonObject{{QStringLiteral("activity"), cancellation.activityId},
                        {QStringLiteral("date"), cancellation.date.toString(Qt::ISODate)},
                        {QStringLiteral("reason"), cancellation.reason}});
    root.insert(QStringLiteral("cancellations"), cancellations);

    QJsonArray changes;
    for (const OccurrenceChange& change : programme.changes) {
        QJsonObject object{{QStringLiteral("activity"), change.activityId},
                           {QStringLiteral("date"), change.date.toString(Qt::ISODate)}};
        if (change.start.isValid())
            object.insert(QStringLiteral("start"), timeValue(change.start));
        if (change.end.isValid())
            object.insert(QStringLiteral("end"), timeValue(change.end));
        if (change.venue)
            object.insert(QStringLiteral("venue"), venueObject(*change.venue));
        if (!change.note.isEmpty())
            object.insert(QStringLiteral("note"), change.note);
        changes.append(object);
    }
    root.insert(QStringLiteral("changes"), changes);

    QJsonObject rota{{QStringLiteral("peers"), QJsonArray::fromStringList(programme.rota.peers)}};
    if (programme.rota.anchorMonday.isValid())
        rota.insert(QStringLiteral("startMonday"),
                    programme.rota.anchorMonday.toString(Qt::ISODate));
    if (!programme.rota.phone.isEmpty())
        rota.insert(QStringLiteral("phone"), programme.rota.phone);
    root.insert(QStringLiteral("rota"), rota);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ProgrammeJson::saveFile(const Programme& programme, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, Tr::tr("%1: cannot be written").arg(path), file.errorString());
    file.write(serialize(programme));
    if (!file.commit())
        return fail(ErrorCode::Io, Tr::tr("%1: cannot be written").arg(path), file.errorString());
    return {};
}

} // namespace kotva
