#pragma once

// The per-connection settings every vault connection must have, set and read back:
// SQLCipher 3.4 and SQLite accept some PRAGMAs silently without applying them.

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QVariant>

namespace kotva::storage {

/// secure_delete=ON, foreign_keys=ON, temp_store=MEMORY, journal_mode=WAL and a 32 MiB
/// page cache; each read back.
/// Shared by the Vault and by tests that check its effect on an unkeyed file.
Status applyConnectionPragmas(QSqlDatabase db);

/// The first column of the first row of a one-row statement (e.g. a PRAGMA).
Result<QVariant> queryValue(QSqlDatabase db, const QString& sql);

} // namespace kotva::storage
