#pragma once

// The vault's schema: storage's own small part (settings and the parts' versions) and one
// part per feature module, each with its own numbered migrations and the retention its
// tables fall under. Storage runs them and applies the retention rules; which tables exist
// is the modules' business (core/<module>/<Module>Schema.cpp), and the app lists the modules
// (core/vaultsession/VaultSchema.cpp).
//
// Conventions every table follows:
// - `created_at INTEGER NOT NULL`: UTC, in whole seconds since 1970-01-01 (Unix time),
//   taken from the injected Clock (never SQLite's 'now', so tests can move time).
//   There is deliberately no DEFAULT: a row without its creation time could never expire.
// - Anything about a contact is swept by the purge: rows older than the record retention
//   (12 months at most) are deleted, message text older than the message retention
//   (default 30 days) too.
//
// ADDING A MODULE'S TABLES: give the module a SchemaPart (its name, migrations from 1) and
// list it in vaultSchema(). ADDING A MIGRATION to a part: append ONE entry with the part's
// next version; never edit an entry that has shipped. Name every table that holds anything
// about a contact in retainedTables (or messageTables for message text), and every table of
// dated events in datedTables: the purge expires nothing it is not told about.

#include "core/common/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <span>
#include <vector>

namespace kotva::storage {

struct Migration
{
    int version = 0;
    const char* description = "";
    std::vector<const char*> statements;
};

/// A table the purge sweeps with the record retention. `contactColumn`, when set, names
/// the column pointing at the subject table (contacts): the rows of expired contacts go too.
struct RetainedTable
{
    const char* table;
    const char* contactColumn;
};

/// A table of message text: swept with the (short) message retention, and with its contact.
struct MessageTable
{
    const char* table;
    const char* contactColumn;
};

/// A column that holds a name the person chose for themselves (a pseudonym): it is blanked
/// with the short message retention, counted from `timeColumn` (the row's last activity, or
/// created_at when that is NULL), while the row itself stays for the record retention.
struct ExpiringColumn
{
    const char* table;
    const char* column;
    const char* timeColumn;
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

/// Columns a row may keep only until a time set row by row, such as a client's e-mail address,
/// kept until the answer is sent plus a short grace period. Once `expiresAtColumn` (INTEGER,
/// Unix seconds) has passed, the purge sets the columns and the time to NULL; the row stays
/// for the record retention. A NULL time means no end is set yet: the record retention
/// still bounds how long the columns can live.
struct SelfExpiringColumns
{
    const char* table;
    const char* expiresAtColumn;
    std::vector<const char*> columns;
};

/// One module's share of the vault.
struct SchemaPart
{
    const char* module = "";           ///< its name in the schema_parts table ("session")
    std::vector<Migration> migrations; ///< versions 1, 2, … of this part
    /// The table of contacts, whose expiry takes every row that points at them (session).
    const char* subjectTable = nullptr;
    std::vector<MessageTable> messageTables;
    std::vector<ExpiringColumn> messageColumns;
    std::vector<RetainedTable> retainedTables;
    std::vector<DatedTable> datedTables;
    std::vector<SelfExpiringColumns> selfExpiringColumns;

    [[nodiscard]] int latestVersion() const
    {
        return migrations.empty() ? 0 : migrations.back().version;
    }
};

/// The parts a program's vaults are made of.
class Schema final
{
public:
    Schema() = default;
    explicit Schema(std::vector<SchemaPart> parts);

    [[nodiscard]] const std::vector<SchemaPart>& parts() const { return m_parts; }
    [[nodiscard]] const SchemaPart* part(const QString& module) const;
    /// The subject table (contacts) of whichever part declares one, or nullptr.
    [[nodiscard]] const char* subjectTable() const;
    [[nodiscard]] std::vector<MessageTable> messageTables() const;
    [[nodiscard]] std::vector<ExpiringColumn> messageColumns() const;
    [[nodiscard]] std::vector<RetainedTable> retainedTables() const;
    [[nodiscard]] std::vector<DatedTable> datedTables() const;
    [[nodiscard]] std::vector<SelfExpiringColumns> selfExpiringColumns() const;

    /// The schema of this program's vaults, set once at start-up (kotva::registerVaultSchema()).
    [[nodiscard]] static const Schema& current();
    static void setCurrent(Schema schema);

private:
    std::vector<SchemaPart> m_parts;
};

/// Storage's own version, PRAGMA user_version: 1–4 were the schema of Kotva 0.1
/// (LegacyMigrations.cpp); 5 is the hand-over, after which the parts keep their own versions
/// in schema_parts.
int latestSchemaVersion();
/// The frozen history of Kotva 0.1's schema (versions 1–4).
std::span<const Migration> legacyMigrations();

/// PRAGMA user_version.
Result<int> schemaVersion(QSqlDatabase db);
/// Each part's version as the vault records it (empty before the hand-over).
Result<QHash<QString, int>> partVersions(QSqlDatabase db);
/// Brings the vault to `schema`: a vault of Kotva 0.1 finishes its legacy history and is
/// handed over to the parts; a new one gets storage's tables; then every part migrates to its
/// latest version. Each step runs in one transaction with its version bump: on failure that
/// step is rolled back and the error returned. A vault with a part this program does not know,
/// or a newer version of one, is refused before anything is written.
Status migrate(QSqlDatabase db, const Schema& schema = Schema::current());
/// Runs the legacy history of a pre-hand-over vault up to `version` (1–4) only: for tests that
/// build the vaults earlier releases wrote.
Status migrateLegacy(QSqlDatabase db, int version);

} // namespace kotva::storage
