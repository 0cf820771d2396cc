#include "core/storage/SqlStatements.h"

#include <QTimeZone>

namespace kotva::sql {

qint64 toSecs(const QDateTime& utc)
{
    return utc.toSecsSinceEpoch();
}

QDateTime fromSecs(qint64 secs)
{
    // One zone object for every row: QTimeZone::utc() allocates a new one on each call.
    static const QTimeZone utc = QTimeZone::utc();
    return QDateTime::fromSecsSinceEpoch(secs, utc);
}

QDateTime wholeSeconds(const QDateTime& utc)
{
    return fromSecs(toSecs(utc));
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

void wipeDeletedFromLog(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace kotva::sql
