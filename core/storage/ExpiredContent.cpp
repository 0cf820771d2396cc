#include "core/storage/ExpiredContent.h"

#include "core/common/Logging.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
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

/// Runs one DELETE with its values bound in order; returns the rows it removed.
Result<qint64> deleteRows(QSqlDatabase db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return std::unexpected(failure(db, query.lastError()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(failure(db, query.lastError()));
    return query.numRowsAffected();
}

/// The dated-tables rule (Migrations.h): one DELETE per table, each using its end index.
Result<qint64> deleteEndedEventRows(QSqlDatabase db, qint64 recordCut)
{
    qint64 removed = 0;
    for (const DatedTable& table : datedTables()) {
        // NULL < ? is NULL, not true: events that recur without end stay.
        const QString sql = QStringLiteral("DELETE FROM ") + QString::fromUtf8(table.table) +
                            QStringLiteral(" WHERE ") + QString::fromUtf8(table.endColumn) +
                            QStringLiteral(" < ?");
        const auto rows = deleteRows(db, sql, {recordCut});
        if (!rows)
            return std::unexpected(rows.error());
        removed += *rows;
    }
    return removed;
}

QString expiredContacts()
{
    return QStringLiteral("SELECT id FROM contacts WHERE created_at < ?");
}

Result<PurgeReport> deleteExpired(QSqlDatabase db, qint64 messageCut, qint64 recordCut,
                                  PurgeReport report)
{
    // Two statements rather than one with OR, so that each can use its index.
    const std::pair<QString, qint64> messageDeletes[] = {
        // Message text goes at the earlier of its own expiry and its contact's.
        {QStringLiteral("DELETE FROM messages WHERE created_at < ?"),
         std::max(messageCut, recordCut)},
        {QStringLiteral("DELETE FROM messages WHERE contact_id IN (") + expiredContacts() + u')',
         recordCut},
    };
    for (const auto& [sql, cut] : messageDeletes) {
        const auto removed = deleteRows(db, sql, {cut});
        if (!removed)
            return std::unexpected(removed.error());
        report.messagesRemoved += *removed;
    }

    for (const RetainedTable& table : contactTables()) {
        const QString name = QString::fromUtf8(table.table);
        QStringList statements{QStringLiteral("DELETE FROM ") + name +
                               QStringLiteral(" WHERE created_at < ?")};
        if (table.contactColumn) {
            statements << QStringLiteral("DELETE FROM ") + name + QStringLiteral(" WHERE ") +
                              QString::fromUtf8(table.contactColumn) + QStringLiteral(" IN (") +
                              expiredContacts() + u')';
        }
        for (const QString& sql : std::as_const(statements)) {
            const auto removed = deleteRows(db, sql, {recordCut});
            if (!removed)
                return std::unexpected(removed.error());
            report.recordsRemoved += *removed;
        }
    }
    const auto contacts =
        deleteRows(db, QStringLiteral("DELETE FROM contacts WHERE created_at < ?"), {recordCut});
    if (!contacts)
        return std::unexpected(contacts.error());
    report.recordsRemoved += *contacts;

    const auto events = deleteEndedEventRows(db, recordCut);
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
    const Result<PurgeReport> done = deleteExpired(db, messageCut, recordCut, report);
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
