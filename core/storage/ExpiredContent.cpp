#include "core/storage/ExpiredContent.h"

#include "core/common/Logging.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/SqlStatements.h"
#include "core/storage/VaultErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kotva::storage {

namespace {

const QString MessageDaysKey = QStringLiteral("retention.message_days");
const QString RecordMonthsKey = QStringLiteral("retention.record_months");

Error failure(const QSqlDatabase& db, const QSqlError& error)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    return vaultError(error, driver ? driver->lastSystemErrno() : 0, FileLook::Random, true);
}

/// Runs one DELETE or UPDATE with its values bound in order; returns the rows it changed.
Result<qint64> changeRows(QSqlDatabase db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!sql::run(query, statement, values))
        return std::unexpected(failure(db, query.lastError()));
    return query.numRowsAffected();
}

/// The dated-tables rule (Migrations.h): one DELETE per table, each using its end index.
Result<qint64> deleteEndedEventRows(QSqlDatabase db, const Schema& schema, qint64 recordCut)
{
    qint64 removed = 0;
    for (const DatedTable& table : schema.datedTables()) {
        // NULL < ? is NULL, not true: events that recur without end stay.
        const QString sql = QStringLiteral("DELETE FROM ") + QString::fromUtf8(table.table) +
                            QStringLiteral(" WHERE ") + QString::fromUtf8(table.endColumn) +
                            QStringLiteral(" < ?");
        const auto rows = changeRows(db, sql, {recordCut});
        if (!rows)
            return std::unexpected(rows.error());
        removed += *rows;
    }
    return removed;
}

/// The ids of the subjects (contacts) older than the record retention.
QString expiredSubjects(const char* subject)
{
    return QStringLiteral("SELECT id FROM ") + QString::fromUtf8(subject) +
           QStringLiteral(" WHERE created_at < ?");
}

/// "DELETE FROM t WHERE created_at < ?", and with a subject column also the rows of expired
/// subjects.
QStringList deletesFor(const char* table, const char* subjectColumn, const char* subject)
{
    const QString name = QString::fromUtf8(table);
    QStringList statements{QStringLiteral("DELETE FROM ") + name +
                           QStringLiteral(" WHERE created_at < ?")};
    if (subjectColumn && subject) {
        statements << QStringLiteral("DELETE FROM ") + name + QStringLiteral(" WHERE ") +
                          QString::fromUtf8(subjectColumn) + QStringLiteral(" IN (") +
                          expiredSubjects(subject) + u')';
    }
    return statements;
}

/// The self-expiring columns rule (Migrations.h): NULL once their own time has passed.
Status blankSelfExpired(QSqlDatabase db, const Schema& schema, qint64 nowSecs)
{
    for (const SelfExpiringColumns& entry : schema.selfExpiringColumns()) {
        const QString end = QString::fromUtf8(entry.expiresAtColumn);
        QString assignments;
        for (const char* column : entry.columns)
            assignments += QString::fromUtf8(column) + QStringLiteral(" = NULL, ");
        const auto blanked =
            changeRows(db,
                       QStringLiteral("UPDATE ") + QString::fromUtf8(entry.table) +
                           QStringLiteral(" SET ") + assignments + end +
                           QStringLiteral(" = NULL WHERE ") + end + QStringLiteral(" <= ?"),
                       {nowSecs});
        if (!blanked)
            return std::unexpected(blanked.error());
    }
    return {};
}

Result<PurgeReport> deleteExpired(QSqlDatabase db, const Schema& schema, qint64 messageCut,
                                  qint64 recordCut, qint64 nowSecs, PurgeReport report)
{
    if (Status s = blankSelfExpired(db, schema, nowSecs); !s)
        return std::unexpected(s.error());
    const char* subject = schema.subjectTable();
    // Message text goes at the earlier of its own expiry and its contact's. Two statements
    // rather than one with OR, so that each can use its index.
    for (const MessageTable& table : schema.messageTables()) {
        const QStringList statements = deletesFor(table.table, table.contactColumn, subject);
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const auto removed = changeRows(db, statements.at(i),
                                            {i == 0 ? std::max(messageCut, recordCut) : recordCut});
            if (!removed)
                return std::unexpected(removed.error());
            report.messagesRemoved += *removed;
        }
    }
    // Names the clients chose (pseudonyms) go with the text; the row stays as a record under
    // its anonymous reference. Not counted: nothing was deleted.
    for (const ExpiringColumn& column : schema.messageColumns()) {
        const QString name = QString::fromUtf8(column.column);
        const auto blanked = changeRows(
            db,
            QStringLiteral("UPDATE ") + QString::fromUtf8(column.table) + QStringLiteral(" SET ") +
                name + QStringLiteral(" = '' WHERE coalesce(") +
                QString::fromUtf8(column.timeColumn) + QStringLiteral(", created_at) < ? AND ") +
                name + QStringLiteral(" <> ''"),
            {messageCut});
        if (!blanked)
            return std::unexpected(blanked.error());
    }
    for (const RetainedTable& table : schema.retainedTables()) {
        for (const QString& sql : deletesFor(table.table, table.contactColumn, subject)) {
            const auto removed = changeRows(db, sql, {recordCut});
            if (!removed)
                return std::unexpected(removed.error());
            report.recordsRemoved += *removed;
        }
    }
    if (subject) {
        const auto subjects =
            changeRows(db,
                       QStringLiteral("DELETE FROM ") + QString::fromUtf8(subject) +
                           QStringLiteral(" WHERE created_at < ?"),
                       {recordCut});
        if (!subjects)
            return std::unexpected(subjects.error());
        report.recordsRemoved += *subjects;
    }

    const auto events = deleteEndedEventRows(db, schema, recordCut);
    if (!events)
        return std::unexpected(events.error());
    report.recordsRemoved += *events;
    return report;
}

} // namespace

Result<PurgeReport> purgeExpired(QSqlDatabase db, const RetentionPolicy& policy,
                                 const QDateTime& nowUtc, WipeFailure onWipeFailure)
{
    PurgeReport report;
    report.ranAtUtc = nowUtc.toUTC();
    const qint64 messageCut = policy.messageCutoff(nowUtc).toSecsSinceEpoch();
    const qint64 recordCut = policy.recordCutoff(nowUtc).toSecsSinceEpoch();

    if (!db.transaction())
        return std::unexpected(failure(db, db.lastError()));
    const Result<PurgeReport> done = deleteExpired(db, Schema::current(), messageCut, recordCut,
                                                   nowUtc.toSecsSinceEpoch(), report);
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit()) {
        const Error error = failure(db, db.lastError());
        db.rollback();
        return std::unexpected(error);
    }

    // secure_delete zeroed the freed pages; TRUNCATE copies them over the old ones in the
    // main file and empties the WAL, which still held the deleted rows' frames.
    QSqlQuery checkpoint(db);
    Error wipeError;
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()) {
        wipeError = failure(db, checkpoint.lastError());
    } else if (checkpoint.value(0).toInt() != 0) {
        wipeError = Error{ErrorCode::Database,
                          QCoreApplication::translate(
                              "kotva::Vault", "Expired content was removed but could not yet be "
                                              "wiped from the disk; Kotva will try again."),
                          QStringLiteral("wal_checkpoint busy")};
    } else {
        return done;
    }
    if (onWipeFailure == WipeFailure::IsAnError)
        return std::unexpected(wipeError);
    qCWarning(lcStorage) << "purge could not truncate the WAL:" << wipeError.detail;
    return done;
}

Result<RetentionPolicy> loadRetention(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings WHERE key IN ('") +
                    MessageDaysKey + QStringLiteral("', '") + RecordMonthsKey +
                    QStringLiteral("')")))
        return std::unexpected(failure(db, query.lastError()));
    RetentionPolicy policy;
    while (query.next()) {
        bool ok = false;
        const int value = query.value(1).toString().toInt(&ok);
        if (!ok)
            continue;
        if (query.value(0).toString() == MessageDaysKey)
            policy.messageDays =
                std::clamp(value, RetentionPolicy::MinMessageDays, RetentionPolicy::MaxMessageDays);
        else
            policy.recordMonths = std::clamp(value, 1, RetentionPolicy::MaxRecordMonths);
    }
    return policy;
}

Status storeRetention(QSqlDatabase db, const RetentionPolicy& policy)
{
    const Result<RetentionPolicy> valid = policy.validated();
    if (!valid)
        return std::unexpected(valid.error());
    if (!db.transaction())
        return std::unexpected(failure(db, db.lastError()));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    const std::pair<QString, int> values[] = {{MessageDaysKey, policy.messageDays},
                                              {RecordMonthsKey, policy.recordMonths}};
    for (const auto& [key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(QString::number(value));
        if (!query.exec()) {
            const Error error = failure(db, query.lastError());
            db.rollback();
            return std::unexpected(error);
        }
    }
    if (!db.commit()) {
        const Error error = failure(db, db.lastError());
        db.rollback();
        return std::unexpected(error);
    }
    return {};
}

} // namespace kotva::storage
