#include "core/schedule/ProgrammeRepository.h"

#include "core/schedule/ProgrammeJson.h"
#include "core/schedule/WorkingDays.h"
#include "core/storage/ExpiredContent.h"
#include "core/storage/SqlStatements.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ProgrammeRepository)
};

std::unexpected<Error> databaseError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The programme could not be read or written in the vault."), error.text());
}

std::unexpected<Error> corrupt(const QString& detail)
{
    return fail(ErrorCode::Corrupt, Tr::tr("The programme stored in the vault is damaged."),
                detail);
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// The end of `day` in Prague (= the start of the next day), in Unix seconds.
qint64 endOfDay(const QDate& day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), WorkingDays::pragueZone()).toSecsSinceEpoch();
}

/// The last day an activity can occur, or an invalid date when a rule recurs without end.
QDate lastDayOf(const Activity& activity)
{
    QDate last;
    for (const RecurrenceRule& rule : activity.rules) {
        const QDate end = rule.kind == RecurrenceRule::Kind::Once ? rule.date : rule.validUntil;
        if (!end.isValid())
            return {};
        if (!last.isValid() || end > last)
            last = end;
    }
    return last;
}

QString timeText(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QJsonObject organisationJson(const Organisation& o)
{
    return {
        {QStringLiteral("name"), o.name},       {QStringLiteral("programme"), o.programme},
        {QStringLiteral("address"), o.address}, {QStringLiteral("shortAddress"), o.shortAddress},
        {QStringLiteral("email"), o.email},     {QStringLiteral("phone"), o.phone},
        {QStringLiteral("web"), o.web}};
}

Organisation organisationFrom(const QJsonObject& object)
{
    const auto text = [&object](const char* key) {
        return object.value(QLatin1String(key)).toString();
    };
    return {text("name"),  text("programme"), text("address"), text("shortAddress"),
            text("email"), text("phone"),     text("web")};
}

QJsonObject rotaJson(const OnCallRota& rota)
{
    return {{QStringLiteral("peers"), QJsonArray::fromStringList(rota.peers)},
            {QStringLiteral("startMonday"), rota.anchorMonday.toString(Qt::ISODate)},
            {QStringLiteral("phone"), rota.phone}};
}

OnCallRota rotaFrom(const QJsonObject& object)
{
    OnCallRota rota;
    for (const QJsonValue& peer : object.value(QStringLiteral("peers")).toArray())
        rota.peers << peer.toString();
    rota.anchorMonday =
        QDate::fromString(object.value(QStringLiteral("startMonday")).toString(), Qt::ISODate);
    rota.phone = object.value(QStringLiteral("phone")).toString();
    return rota;
}

QJsonObject changeJson(const OccurrenceChange& change)
{
    QJsonObject object{{QStringLiteral("start"), timeText(change.start)},
                       {QStringLiteral("end"), timeText(change.end)},
                       {QStringLiteral("note"), change.note}};
    if (change.venue)
        object.insert(QStringLiteral("venue"),
                      QJsonObject{{QStringLiteral("kind"), Venue::kindName(change.venue->kind)},
                                  {QStringLiteral("place"), change.venue->place}});
    return object;
}

bool changeFrom(const QJsonObject& object, OccurrenceChange& change)
{
    change.start = QTime::fromString(object.value(QStringLiteral("start")).toString(),
                                     QStringLiteral("HH:mm"));
    change.end =
        QTime::fromString(object.value(QStringLiteral("end")).toString(), QStringLiteral("HH:mm"));
    change.note = object.value(QStringLiteral("note")).toString();
    if (object.contains(QStringLiteral("venue"))) {
        const QJsonObject venue = object.value(QStringLiteral("venue")).toObject();
        const auto kind = Venue::kindFromName(venue.value(QStringLiteral("kind")).toString());
        if (!kind)
            return false;
        change.venue = Venue{*kind, venue.value(QStringLiteral("place")).toString()};
    }
    return true;
}

using sql::run;

} // namespace

ProgrammeRepository::ProgrammeRepository(QSqlDatabase database, const Clock& clock)
    : m_db(std::move(database))
    , m_clock(&clock)
{}

ProgrammeRepository::ProgrammeRepository(Vault& vault)
    : ProgrammeRepository(vault.database(), vault.clock())
{}

Status ProgrammeRepository::save(const Programme& programme)
{
    const qint64 now = m_clock->nowUtc().toSecsSinceEpoch();
    if (!m_db.transaction())
        return databaseError(m_db.lastError());
    QSqlQuery query(m_db);
    const auto rollback = [this, &query]() {
        const QSqlError error = query.lastError();
        query.finish();
        m_db.rollback();
        return databaseError(error);
    };
    for (const char* table : {"schedule_programme", "schedule_activities", "schedule_cancellations",
                              "schedule_changes"})
        if (!query.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
            return rollback();

    if (!run(query,
             QStringLiteral("INSERT INTO schedule_programme (id, organisation, rota, created_at) "
                            "VALUES (1, ?, ?, ?)"),
             {compactJson(organisationJson(programme.organisation)),
              compactJson(rotaJson(programme.rota)), now}))
        return rollback();
    for (qsizetype i = 0; i < programme.activities.size(); ++i) {
        const Activity& activity = programme.activities.at(i);
        const QDate last = lastDayOf(activity);
        if (!run(query,
                 QStringLiteral(
                     "INSERT INTO schedule_activities (activity_id, position, definition, "
                     "event_end, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {activity.id, i, compactJson(ProgrammeJson::activityToJson(activity)),
                  last.isValid() ? QVariant(endOfDay(last))
                                 : QVariant(QMetaType::fromType<qint64>()),
                  now}))
            return rollback();
    }
    for (const Cancellation& cancellation : programme.cancellations)
        if (!run(query,
                 QStringLiteral(
                     "INSERT INTO schedule_cancellations (activity_id, event_date, reason, "
                     "event_end, created_at) VALUES (?, ?, ?, ?, ?)"),
                 {cancellation.activityId, cancellation.date.toString(Qt::ISODate),
                  cancellation.reason, endOfDay(cancellation.date), now}))
            return rollback();
    for (const OccurrenceChange& change : programme.changes)
        if (!run(
                query,
                QStringLiteral("INSERT INTO schedule_changes (activity_id, event_date, definition, "
                               "event_end, created_at) VALUES (?, ?, ?, ?, ?)"),
                {change.activityId, change.date.toString(Qt::ISODate),
                 compactJson(changeJson(change)), endOfDay(change.date), now}))
            return rollback();
    query.finish();
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return databaseError(error);
    }
    return {};
}

Result<Programme> ProgrammeRepository::load() const
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT organisation, rota FROM schedule_programme WHERE id = 1")))
        return databaseError(query.lastError());
    if (!query.next())
        return fail(ErrorCode::NotFound, Tr::tr("No programme has been saved in the vault yet."));
    Programme programme;
    programme.organisation =
        organisationFrom(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    programme.rota = rotaFrom(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());

    if (!query.exec(QStringLiteral(
            "SELECT activity_id, definition FROM schedule_activities ORDER BY position")))
        return databaseError(query.lastError());
    while (query.next()) {
        const QJsonDocument definition =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8());
        Result<Activity> activity =
            ProgrammeJson::activityFromJson(definition.object(), query.value(0).toString());
        if (!activity)
            return corrupt(activity.error().message);
        programme.activities.append(std::move(*activity));
    }

    if (!query.exec(QStringLiteral("SELECT activity_id, event_date, reason FROM "
                                   "schedule_cancellations ORDER BY event_date, id")))
        return databaseError(query.lastError());
    while (query.next())
        programme.cancellations.append({query.value(0).toString(),
                                        QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                        query.value(2).toString()});

    if (!query.exec(QStringLiteral("SELECT activity_id, event_date, definition FROM "
                                   "schedule_changes ORDER BY event_date, id")))
        return databaseError(query.lastError());
    while (query.next()) {
        OccurrenceChange change;
        change.activityId = query.value(0).toString();
        change.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (!changeFrom(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object(),
                        change))
            return corrupt(QStringLiteral("schedule_changes: bad venue"));
        programme.changes.append(change);
    }
    return programme;
}

} // namespace kotva
