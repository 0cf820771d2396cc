#pragma once

// What the session and supervision repositories share beyond storage's statement helpers:
// a transaction that rolls back unless committed, and the errors they report (in the user's
// language, SQLite's text only in the detail).

#include "core/common/Error.h"
#include "core/storage/SqlStatements.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace kotva::sessionsql {

// The statement helpers are storage's (SqlStatements.h); the session's repositories name them
// through this namespace.
using sql::fromSecs;
using sql::run;
using sql::toSecs;
using sql::wholeSeconds;

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
