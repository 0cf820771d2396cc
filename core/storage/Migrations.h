#pragma once

// The vault's schema, as an ordered list of migrations keyed by PRAGMA user_version.
// Each migration runs in its own transaction together with the user_version bump, so a
// vault is always exactly at one version.
//
// Conventions every table follows:
// - `created_at INTEGER NOT NULL`: UTC, in whole seconds since 1970-01-01 (Unix time),
//   taken from the injected Clock (never SQLite's 'now', so tests can move time).
//   There is deliberately no DEFAULT: a row without its creation time could never expire.
// - Anything about a contact is swept by the Purger: rows older than the record
//   retention (12 months at most) are deleted, message bodies older than the message
//   retention (default 30 days) too.
//
// ADDING A MIGRATION (e.g. the programme tables of the schedule module):
//   append ONE entry at the end of the list in Migrations.cpp with the next version
//   number, a one-line description and its statements (one SQL statement per string,
//   no trailing BEGIN/COMMIT). Never edit an entry that has shipped. If a new table holds
//   anything about a contact, also append it to `contactTables()` in Migrations.cpp so
//   the Purger expires it. If its rows describe dated events (not contacts), give it an
//   end column and append it to `datedTables()` instead: the Purger then expires each row
//   by the end of its event. The migration test picks up the new version by itself.

#include "core/common/Error.h"

#include <QSqlDatabase>

#include <span>
#include <vector>

namespace kotva::storage {

struct Migration
{
    int version = 0;
    const char* description = "";
    std::vector<const char*> statements;
};

/// A table the Purger sweeps with the record retention. `contactColumn`, when set,
/// names the column pointing at contacts(id): the rows of expired contacts go too.
struct RetainedTable
{
    const char* table;
    const char* contactColumn;
};

/// A table whose rows expire by the event they describe, not by when they were stored:
/// a row goes once `endColumn` (INTEGER, Unix seconds) is older than the record retention.
/// A NULL end (an event that recurs without end) never expires. These tables are not
/// about contacts, so Vault::info's oldest-record age leaves them out.
struct DatedTable
{
    const char* table;
    const char* endColumn;
};

/// All migrations, ordered by version, starting at 1 without gaps.
std::span<const Migration> migrations();
/// The version a vault has after all migrations.
int latestSchemaVersion();
/// Tables besides `contacts` and `messages` that hold something about a contact.
std::span<const RetainedTable> contactTables();
/// Tables swept by the end of the event a row describes (the schedule module's programme).
std::span<const DatedTable> datedTables();

/// PRAGMA user_version.
Result<int> schemaVersion(QSqlDatabase db);
/// Runs every migration above the current version up to `target`, each in one
/// transaction; on failure that migration is rolled back and the error returned.
Status migrate(QSqlDatabase db, int target = latestSchemaVersion());

} // namespace kotva::storage
