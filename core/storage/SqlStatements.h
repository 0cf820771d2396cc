#pragma once

// The few things every repository does with the vault's connection, in one place: time
// columns in whole seconds, one prepared statement with positional values, and wiping what
// was just deleted from the write-ahead log.

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace kotva::sql {

/// Whole seconds since 1970 in UTC, as every created_at column (Migrations.h).
[[nodiscard]] qint64 toSecs(const QDateTime& utc);
[[nodiscard]] QDateTime fromSecs(qint64 secs);
/// The instant in whole seconds: what a stored time reads back as.
[[nodiscard]] QDateTime wholeSeconds(const QDateTime& utc);

/// Prepares `sql`, binds `values` in order and runs it.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

/// After a delete the user asked for: secure_delete zeroed the pages, but the WAL keeps the
/// old frames until a checkpoint. A busy checkpoint is not an error here: the next purge
/// truncates the WAL again (and reports it if it cannot).
void wipeDeletedFromLog(QSqlDatabase db);

} // namespace kotva::sql
