#pragma once

// Small helpers the session and supervision repositories share: time columns, one
// prepared statement with positional values, a transaction that rolls back unless
// committed, and the errors they report (in the user's language, SQLite's text only
// in the detail).

#include "core/common/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace kotva::sessionsql {

/// Whole seconds since 1970 in UTC, as every created_at column (Migrations.h).
[[nodiscard]] qint64 toSecs(const QDateTime& utc);
[[nodiscard]] QDateTime fromSecs(qint64 secs);
/// The instant in whole seconds: what a stored time reads back as.
[[nodiscard]] QDateTime wholeSeconds(const QDateTime& utc);

/// Prepares `sql`, binds `values` in order and runs it.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values = {});

/// "The contact could not be read or written in the vault." with SQLite's text as detail.
[[nodiscard]] std::unexpected<Error> databaseError(const QSqlError& error);
[[nodiscard]] std::unexpected<Error> contactNotFound();

/// A transaction that rolls back on destruction unless commit() succeeded. It is a
/// SAVEPOINT, so a service can wrap several repository calls (a turn and its records)
/// in one and each call's own transaction nests inside.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    [[nodiscard]] Status begin();
    [[nodiscard]] Status commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace kotva::sessionsql
