#include "core/storage/Migrations.h"

#include "core/common/Logging.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/VaultErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace kotva::storage {

namespace {

constexpr int HandOverVersion = 5;
constexpr int LastLegacyVersion = 4;

/// Storage's own tables in a new vault: its settings (retention first) and the parts' versions.
const Migration& storageTables()
{
    static const Migration tables{
        HandOverVersion,
        "settings and the versions of the modules' parts",
        {
            "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
            "INSERT INTO settings (key, value) VALUES ('retention.message_days', '30'), "
            "('retention.record_months', '12')",
            "CREATE TABLE schema_parts (module TEXT PRIMARY KEY NOT NULL, "
            "version INTEGER NOT NULL)",
        }};
    return tables;
}

/// A Kotva 0.1 vault at version 4 holds these parts' tables at their version 1 already.
const Migration& handOver()
{
    static const Migration step{
        HandOverVersion,
        "hand-over: the modules keep their own versions",
        {
            "CREATE TABLE schema_parts (module TEXT PRIMARY KEY NOT NULL, "
            "version INTEGER NOT NULL)",
            "INSERT INTO schema_parts (module, version) VALUES ('session', 1), "
            "('schedule', 1), ('supervision', 1)",
        }};
    return step;
}

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Vault)
};

Schema& currentSchema()
{
    static Schema schema;
    return schema;
}

int lastErrno(const QSqlDatabase& db)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    return driver ? driver->lastSystemErrno() : 0;
}

Error failure(const QSqlDatabase& db, const QSqlError& error)
{
    return vaultError(error, lastErrno(db), FileLook::Random, true);
}

Error newerVault(const QString& detail)
{
    return Error{
        ErrorCode::Database,
        Tr::tr("This vault was made by a newer version of Kotva. Update Kotva to open it."),
        detail};
}

/// Runs the statements and then `bump` (the version's record) in one transaction.
Status runStep(QSqlDatabase db, const Migration& migration, const QString& bump,
               const QVariantList& bumpValues = {})
{
    if (!db.transaction())
        return std::unexpected(failure(db, db.lastError()));
    QSqlQuery query(db);
    bool ok = true;
    for (const char* statement : migration.statements) {
        if (!query.exec(QString::fromUtf8(statement))) {
            ok = false;
            break;
        }
    }
    if (ok) {
        ok = query.prepare(bump);
        for (const QVariant& value : bumpValues)
            query.addBindValue(value);
        ok = ok && query.exec();
    }
    if (!ok) {
        const Error error = failure(db, query.lastError());
        query.finish();
        db.rollback();
        return std::unexpected(error);
    }
    query.finish();
    if (!db.commit()) {
        const Error error = failure(db, db.lastError());
        db.rollback();
        return std::unexpected(error);
    }
    return {};
}

/// PRAGMA takes no bound parameters; the version is our own integer.
QString userVersion(int version)
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

Status runLegacy(QSqlDatabase db, int from, int to)
{
    for (const Migration& migration : legacyMigrations()) {
        if (migration.version <= from || migration.version > to)
            continue;
        qCInfo(lcStorage) << "migrating a Kotva 0.1 vault to version" << migration.version;
        if (Status done = runStep(db, migration, userVersion(migration.version)); !done)
            return done;
    }
    return {};
}

/// Refuses a vault that records a part this program lacks or a newer version of one: its
/// tables would escape the purge, or be written in a shape this program does not know.
Status checkParts(const QHash<QString, int>& recorded, const Schema& schema)
{
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        const SchemaPart* part = schema.part(it.key());
        if (!part || it.value() > part->latestVersion())
            return std::unexpected(
                newerVault(QStringLiteral("part %1 at version %2").arg(it.key()).arg(it.value())));
    }
    return {};
}

} // namespace

Schema::Schema(std::vector<SchemaPart> parts)
    : m_parts(std::move(parts))
{}

const SchemaPart* Schema::part(const QString& module) const
{
    for (const SchemaPart& part : m_parts)
        if (module == QLatin1String(part.module))
            return &part;
    return nullptr;
}

const char* Schema::subjectTable() const
{
    for (const SchemaPart& part : m_parts)
        if (part.subjectTable)
            return part.subjectTable;
    return nullptr;
}

std::vector<MessageTable> Schema::messageTables() const
{
    std::vector<MessageTable> all;
    for (const SchemaPart& part : m_parts)
        all.insert(all.end(), part.messageTables.cbegin(), part.messageTables.cend());
    return all;
}

std::vector<ExpiringColumn> Schema::messageColumns() const
{
    std::vector<ExpiringColumn> all;
    for (const SchemaPart& part : m_parts)
        all.insert(all.end(), part.messageColumns.cbegin(), part.messageColumns.cend());
    return all;
}

std::vector<RetainedTable> Schema::retainedTables() const
{
    std::vector<RetainedTable> all;
    for (const SchemaPart& part : m_parts)
        all.insert(all.end(), part.retainedTables.cbegin(), part.retainedTables.cend());
    return all;
}

std::vector<DatedTable> Schema::datedTables() const
{
    std::vector<DatedTable> all;
    for (const SchemaPart& part : m_parts)
        all.insert(all.end(), part.datedTables.cbegin(), part.datedTables.cend());
    return all;
}

std::vector<SelfExpiringColumns> Schema::selfExpiringColumns() const
{
    std::vector<SelfExpiringColumns> all;
    for (const SchemaPart& part : m_parts)
        all.insert(all.end(), part.selfExpiringColumns.cbegin(), part.selfExpiringColumns.cend());
    return all;
}

const Schema& Schema::current()
{
    return currentSchema();
}

void Schema::setCurrent(Schema schema)
{
    currentSchema() = std::move(schema);
}

int latestSchemaVersion()
{
    return HandOverVersion;
}

Result<int> schemaVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::unexpected(failure(db, query.lastError()));
    return query.value(0).toInt();
}

Result<QHash<QString, int>> partVersions(QSqlDatabase db)
{
    QHash<QString, int> versions;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_parts'")) ||
        !query.next())
        return std::unexpected(failure(db, query.lastError()));
    if (query.value(0).toInt() == 0)
        return versions;
    if (!query.exec(QStringLiteral("SELECT module, version FROM schema_parts")))
        return std::unexpected(failure(db, query.lastError()));
    while (query.next())
        versions.insert(query.value(0).toString(), query.value(1).toInt());
    return versions;
}

Status migrateLegacy(QSqlDatabase db, int version)
{
    const Result<int> current = schemaVersion(db);
    if (!current)
        return std::unexpected(current.error());
    return runLegacy(db, *current, std::min(version, LastLegacyVersion));
}

Status migrate(QSqlDatabase db, const Schema& schema)
{
    const Result<int> current = schemaVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestSchemaVersion())
        return std::unexpected(newerVault(QStringLiteral("user_version %1").arg(*current)));
    if (*current >= HandOverVersion) {
        const Result<QHash<QString, int>> recorded = partVersions(db);
        if (!recorded)
            return std::unexpected(recorded.error());
        if (Status known = checkParts(*recorded, schema); !known)
            return known;
    }

    if (*current == 0) {
        if (Status made = runStep(db, storageTables(), userVersion(HandOverVersion)); !made)
            return made;
    } else if (*current < HandOverVersion) {
        if (Status legacy = runLegacy(db, *current, LastLegacyVersion); !legacy)
            return legacy;
        qCInfo(lcStorage) << "handing the vault's tables over to the modules";
        if (Status handed = runStep(db, handOver(), userVersion(HandOverVersion)); !handed)
            return handed;
    }

    const Result<QHash<QString, int>> recorded = partVersions(db);
    if (!recorded)
        return std::unexpected(recorded.error());
    // SQLCipher 3.4 (Debian 12) is SQLite 3.15: no upsert, but the key makes REPLACE one.
    const QString bump =
        QStringLiteral("INSERT OR REPLACE INTO schema_parts (module, version) VALUES (?, ?)");
    for (const SchemaPart& part : schema.parts()) {
        const int at = recorded->value(QString::fromUtf8(part.module), 0);
        for (const Migration& migration : part.migrations) {
            if (migration.version <= at)
                continue;
            qCInfo(lcStorage) << "migrating part" << part.module << "to version"
                              << migration.version;
            if (Status done = runStep(db, migration, bump,
                                      {QString::fromUtf8(part.module), migration.version});
                !done)
                return done;
        }
    }
    return {};
}

} // namespace kotva::storage
