#include "core/storage/Vault.h"

#include "core/common/Logging.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/ExpiredContent.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/VaultErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <sys/stat.h>

namespace kotva {

using namespace kotva::storage;

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder = OwnerOnly | QFileDevice::ExeOwner;

/// The vault and its -wal and -shm files readable by their owner alone, and Kotva's own data
/// folder too (a folder the user chose with --vault is theirs and is left as it is). Done on
/// every open, so a vault copied in with looser modes is tightened at once.
void keepPrivate(const QString& absolute)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(absolute + suffix);
        if (file.exists() &&
            (file.permissions() & ~(OwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)))
            if (!file.setPermissions(OwnerOnly))
                qCWarning(lcStorage) << "could not make the vault's files private";
    }
    const QFileInfo folder(QFileInfo(absolute).absolutePath());
    if (folder.absoluteFilePath() ==
            QFileInfo(QFileInfo(Vault::defaultPath()).absolutePath()).absoluteFilePath() &&
        (QFile::permissions(folder.absoluteFilePath()) &
         ~(OwnerOnlyFolder | QFileDevice::ReadUser | QFileDevice::WriteUser |
           QFileDevice::ExeUser)))
        QFile::setPermissions(folder.absoluteFilePath(), OwnerOnlyFolder);
}

/// Files SQLite creates while this lives get no access for group and others: the vault, and
/// its -wal and -shm (SQLite gives those the database file's mode).
class PrivateFileMode final
{
public:
    PrivateFileMode()
        : m_previous(::umask(077))
    {}
    ~PrivateFileMode() { ::umask(m_previous); }
    PrivateFileMode(const PrivateFileMode&) = delete;
    PrivateFileMode& operator=(const PrivateFileMode&) = delete;

private:
    mode_t m_previous;
};

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Vault)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kotva-vault-%1").arg(++counter);
}

/// Only for a vault this process was creating: never called for a file that existed.
void removeCreatedFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Error withCode(Error error, ErrorCode code)
{
    error.code = code;
    error.message = vaultMessage(code);
    return error;
}

/// SQLite reports a read-only location vaguely; name it when that is what it is.
Error explainFailure(Error error, const QString& path)
{
    const bool vague = error.code == ErrorCode::Io || error.code == ErrorCode::NotFound ||
                       error.code == ErrorCode::Database;
    if (vague && !isWritableLocation(path))
        return withCode(std::move(error), ErrorCode::ReadOnly);
    return error;
}

} // namespace

class Vault::Private
{
public:
    QString path;
    QString connection;
    const Clock* clock = nullptr;
    RetentionPolicy retention;
    std::optional<PurgeReport> openingPurge;
    /// When the vault was last used (stored), and whether purging waits for a person to say
    /// the clock is right: it jumped far past that time.
    std::optional<QDateTime> lastUsedUtc;
    bool purgeHeld = false;

    Result<PurgeReport> purgeNow(QSqlDatabase db, WipeFailure wipe);

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    SqlCipherDriver* driver() const { return qobject_cast<SqlCipherDriver*>(db().driver()); }

    Status connect(const VaultKey& key, bool create, FileLook look);
    /// The key tried on a read-only connection first when a -wal is there (left by a crash):
    /// closing a read-write connection that failed would checkpoint the -wal into the vault
    /// and delete it, and a wrong key must change nothing.
    Status proveKeyReadOnly(const VaultKey& key, FileLook look);
    Status verifyAndPrepare(QSqlDatabase db, bool create);
    void closeConnection();
};

Status Vault::Private::proveKeyReadOnly(const VaultKey& key, FileLook look)
{
    const QString probe = nextConnectionName();
    Status proven;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::DriverName), probe);
        auto* cipher = qobject_cast<SqlCipherDriver*>(db.driver());
        if (!cipher || !cipher->setPendingKey(key)) {
            proven = fail(ErrorCode::Internal, vaultMessage(ErrorCode::Internal));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("KOTVA_READONLY"));
            if (!db.open()) {
                proven =
                    std::unexpected(vaultError(db.lastError(), cipher->lastSystemErrno(), look));
            } else {
                const Result<QVariant> tables =
                    queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
                if (!tables)
                    proven = std::unexpected(tables.error());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probe);
    return proven;
}

Status Vault::Private::connect(const VaultKey& key, bool create, FileLook look)
{
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::DriverName), connection);
    auto* cipher = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!cipher)
        return fail(ErrorCode::Internal, vaultMessage(ErrorCode::Internal),
                    QStringLiteral("KOTVA_SQLCIPHER driver not available"));
    // The key goes to sqlite3_key_v2() inside open(), before any statement.
    if (!cipher->setPendingKey(key))
        return std::unexpected(vaultError(cipher->lastError(), 0, look));
    db.setDatabaseName(path);
    db.setConnectOptions(create ? QStringLiteral("KOTVA_CREATE") : QString());
    if (!db.open())
        return std::unexpected(vaultError(db.lastError(), cipher->lastSystemErrno(), look));
    return verifyAndPrepare(db, create);
}

Status Vault::Private::verifyAndPrepare(QSqlDatabase db, bool create)
{
    // Reading the schema is the first statement that touches the file: a wrong key
    // fails here, before anything could be written.
    const Result<QVariant> tables =
        queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return std::unexpected(tables.error());
    if (!create) {
        // The key opened page 1; any page that fails now is damage, not a wrong key.
        const Result<QVariant> check = queryValue(db, QStringLiteral("PRAGMA quick_check"));
        if (!check) {
            const ErrorCode code = check.error().code;
            const bool damage = code == ErrorCode::WrongKey || code == ErrorCode::NotAVault ||
                                code == ErrorCode::Database || code == ErrorCode::Corrupt;
            return std::unexpected(damage ? withCode(check.error(), ErrorCode::Corrupt)
                                          : check.error());
        }
        if (check->toString() != QLatin1String("ok"))
            return fail(ErrorCode::Corrupt, vaultMessage(ErrorCode::Corrupt),
                        QStringLiteral("quick_check failed"));
    }
    // Decide whether this is our vault before anything (even switching to WAL) writes.
    const Result<int> version = schemaVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0 && tables->toLongLong() > 0) {
        return fail(ErrorCode::NotAVault, vaultMessage(ErrorCode::NotAVault),
                    QStringLiteral("encrypted database without a Kotva schema"));
    }
    if (*version > latestSchemaVersion()) {
        return fail(
            ErrorCode::Database,
            Tr::tr("This vault was made by a newer version of Kotva. Update Kotva to open it."),
            QStringLiteral("user_version %1").arg(*version));
    }
    if (Schema::current().parts().empty())
        return fail(ErrorCode::Internal, Tr::tr("Kotva was started without its vault schema."),
                    QStringLiteral("storage::Schema::setCurrent was not called"));
    if (const Status pragmas = applyConnectionPragmas(db); !pragmas)
        return pragmas;
    if (const Status migrated = migrate(db); !migrated)
        return migrated;
    const Result<RetentionPolicy> policy = loadRetention(db);
    if (!policy)
        return std::unexpected(policy.error());
    retention = *policy;
    // A clock far past the vault's last use (a dead CMOS battery, a wrong date typed in, a
    // --now in the future) would expire everything at once: nothing is deleted until a person
    // confirms the date (confirmClock()).
    if (const Result<QVariant> last = queryValue(
            db, QStringLiteral("SELECT value FROM settings WHERE key = 'vault.last_used_utc'"));
        last && last->isValid() && !last->isNull()) {
        lastUsedUtc = QDateTime::fromSecsSinceEpoch(last->toLongLong(), Qt::UTC);
        purgeHeld = lastUsedUtc->daysTo(clock->nowUtc()) > MaxDaysWithoutUse;
    }
    if (purgeHeld) {
        qCWarning(lcStorage) << "the clock is far past the vault's last use: nothing purged";
        openingPurge = PurgeReport{};
        return {};
    }
    const Result<PurgeReport> purged = purgeNow(db, WipeFailure::IsLogged);
    if (!purged)
        return std::unexpected(purged.error());
    openingPurge = *purged;
    if (purged->messagesRemoved > 0 || purged->recordsRemoved > 0) {
        qCInfo(lcStorage) << "opening purge removed" << purged->messagesRemoved << "messages and"
                          << purged->recordsRemoved << "records";
    }
    return {};
}

void Vault::Private::closeConnection()
{
    if (connection.isEmpty() || !QSqlDatabase::contains(connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close(); // the driver wipes any key it still holds
    }
    QSqlDatabase::removeDatabase(connection);
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const VaultKey& key,
                                             const Clock& clock)
{
    SqlCipherDriver::registerDriver();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (existsAt(absolute) || existsAt(absolute + QStringLiteral("-wal")))
        return fail(ErrorCode::AlreadyExists, vaultMessage(ErrorCode::AlreadyExists), absolute);
    const QString folder = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::ReadOnly, vaultMessage(ErrorCode::ReadOnly), folder);

    auto d = std::make_unique<Private>();
    d->path = absolute;
    d->connection = nextConnectionName();
    d->clock = &clock;
    Status connected;
    {
        const PrivateFileMode privateFiles;
        connected = d->connect(key, true, FileLook::Missing);
    }
    if (!connected) {
        d->closeConnection();
        removeCreatedFiles(absolute); // nothing half-written stays behind
        return std::unexpected(explainFailure(connected.error(), absolute));
    }
    keepPrivate(absolute);
    qCInfo(lcStorage) << "created vault";
    return std::unique_ptr<Vault>(new Vault(std::move(d)));
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const VaultKey& key,
                                           const Clock& clock)
{
    SqlCipherDriver::registerDriver();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const FileLook look = lookAtFile(absolute);
    if (look == FileLook::Missing)
        return fail(ErrorCode::NotFound, vaultMessage(ErrorCode::NotFound), absolute);
    // A vault cut short in the middle of a page is damage, whatever key is tried.
    if (look == FileLook::CutShort)
        return fail(ErrorCode::Corrupt, vaultMessage(ErrorCode::Corrupt),
                    QStringLiteral("the file is cut short (not whole pages)"));
    if (look != FileLook::Random) // empty, plain SQLite or text: never open it at all
        return std::unexpected(notAVaultError(look));

    auto d = std::make_unique<Private>();
    d->path = absolute;
    d->connection = nextConnectionName();
    d->clock = &clock;
    keepPrivate(absolute);
    if (QFileInfo::exists(absolute + QStringLiteral("-wal"))) {
        if (const Status proven = d->proveKeyReadOnly(key, look); !proven)
            return std::unexpected(explainFailure(proven.error(), absolute));
    }
    Status connected;
    {
        const PrivateFileMode privateFiles; // a -wal or -shm made now is private too
        connected = d->connect(key, false, look);
    }
    if (!connected) {
        d->closeConnection();
        return std::unexpected(explainFailure(connected.error(), absolute));
    }
    return std::unique_ptr<Vault>(new Vault(std::move(d)));
}

QString Vault::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/kotva.vault");
}

bool Vault::existsAt(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

Vault::Vault(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

Vault::~Vault()
{
    close();
}

QString Vault::path() const
{
    return d->path;
}

QSqlDatabase Vault::database() const
{
    return d->db();
}

const Clock& Vault::clock() const
{
    return *d->clock;
}

Status Vault::rekey(const VaultKey& newKey)
{
    QSqlDatabase db = d->db();
    SqlCipherDriver* cipher = d->driver();
    if (!db.isOpen() || !cipher)
        return fail(ErrorCode::Internal, Tr::tr("The vault is closed."));
    // Old frames in the WAL are under the old key: fold them in first, then rewrite
    // every page under the new one and fold that in too.
    const QString checkpoint = QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    if (const auto before = queryValue(db, checkpoint); !before)
        return std::unexpected(before.error());
    if (!cipher->rekey(newKey)) {
        Error error =
            vaultError(cipher->lastError(), cipher->lastSystemErrno(), FileLook::Random, true);
        if (error.code == ErrorCode::Database)
            error.message =
                Tr::tr("The key could not be changed; the old key still opens the vault.");
        return std::unexpected(error);
    }
    if (const auto after = queryValue(db, checkpoint); !after)
        return std::unexpected(after.error());
    qCInfo(lcStorage) << "vault key changed";
    return {};
}

Result<VaultInfo> Vault::info() const
{
    QSqlDatabase db = d->db();
    VaultInfo info;
    info.path = d->path;
    info.retention = d->retention;
    const auto cipher = queryValue(db, QStringLiteral("PRAGMA cipher_version"));
    const auto kdf = queryValue(db, QStringLiteral("PRAGMA kdf_iter"));
    const auto version = queryValue(db, QStringLiteral("PRAGMA user_version"));
    const auto pages = queryValue(db, QStringLiteral("PRAGMA page_count"));
    for (const auto* value : {&cipher, &kdf, &version, &pages}) {
        if (!*value)
            return std::unexpected(value->error());
    }
    info.cipherVersion = cipher->toString();
    info.kdfIterations = kdf->toInt();
    info.schemaVersion = version->toInt();
    info.pageCount = pages->toLongLong();

    // The oldest row about a contact, over the tables the modules' parts name.
    const Schema& schema = Schema::current();
    QStringList tables;
    if (const char* subject = schema.subjectTable())
        tables << QString::fromUtf8(subject);
    for (const MessageTable& table : schema.messageTables())
        tables << QString::fromUtf8(table.table);
    for (const RetainedTable& table : schema.retainedTables())
        tables << QString::fromUtf8(table.table);
    if (tables.isEmpty())
        return info;
    QStringList selects;
    for (const QString& table : std::as_const(tables))
        selects << QStringLiteral("SELECT min(created_at) AS t FROM ") + table;
    const auto min = queryValue(db, QStringLiteral("SELECT min(t) FROM (") +
                                        selects.join(QStringLiteral(" UNION ALL ")) + u')');
    if (!min)
        return std::unexpected(min.error());
    if (!min->isNull())
        info.oldestRecordAgeSeconds = d->clock->nowUtc().toSecsSinceEpoch() - min->toLongLong();
    return info;
}

RetentionPolicy Vault::retention() const
{
    return d->retention;
}

Status Vault::setRetention(const RetentionPolicy& policy)
{
    if (const Status stored = storeRetention(d->db(), policy); !stored)
        return stored;
    d->retention = policy;
    // A shorter retention takes effect now, not at the next hourly run.
    if (const Result<PurgeReport> purged = purge(); !purged)
        return std::unexpected(purged.error());
    return {};
}

Result<PurgeReport> Vault::Private::purgeNow(QSqlDatabase db, WipeFailure wipe)
{
    const QDateTime now = clock->nowUtc();
    Result<PurgeReport> report = purgeExpired(db, retention, now, wipe);
    if (!report)
        return report;
    // The time of this use, so a later clock jump can be recognised. Never moved backwards.
    if (!lastUsedUtc || *lastUsedUtc < now) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('vault.last_used_utc', ?)"));
        query.addBindValue(QString::number(now.toSecsSinceEpoch()));
        if (query.exec())
            lastUsedUtc = now;
        else
            qCWarning(lcStorage) << "could not record the vault's last use";
    }
    return report;
}

bool Vault::purgeHeld() const
{
    return d->purgeHeld;
}

std::optional<QDateTime> Vault::lastUsedUtc() const
{
    return d->lastUsedUtc;
}

void Vault::confirmClock()
{
    d->purgeHeld = false;
}

Result<PurgeReport> Vault::purge()
{
    QSqlDatabase db = d->db();
    if (!db.isOpen())
        return fail(ErrorCode::Internal, Tr::tr("The vault is closed."));
    if (d->purgeHeld)
        return PurgeReport{}; // waits for confirmClock(): nothing deleted meanwhile
    const Result<PurgeReport> report = d->purgeNow(db, WipeFailure::IsAnError);
    if (report) {
        qCInfo(lcStorage) << "purge removed" << report->messagesRemoved << "messages and"
                          << report->recordsRemoved << "records";
    }
    return report;
}

namespace {

const QByteArray ExportAlias = QByteArrayLiteral("kotva_export");
const QByteArray ImportAlias = QByteArrayLiteral("kotva_import");

/// The tables a backup restores: everything but the vault's own settings (its retention,
/// its backup folder) and the schema's bookkeeping, in an order that keeps references.
QStringList restoredTables(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table' AND "
                              "name NOT LIKE 'sqlite_%' AND name NOT IN ('settings', "
                              "'schema_parts') ORDER BY rowid"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

} // namespace

Status Vault::exportTo(const QString& file, const VaultKey& key)
{
    QSqlDatabase db = d->db();
    SqlCipherDriver* cipher = d->driver();
    if (!db.isOpen() || !cipher)
        return fail(ErrorCode::Internal, Tr::tr("The vault is closed."));
    if (Vault::existsAt(file))
        return fail(ErrorCode::AlreadyExists, Tr::tr("A file is already there: %1").arg(file));
    // Nothing expired leaves with the copy.
    if (const Result<PurgeReport> purged = purge(); !purged)
        return std::unexpected(purged.error());
    const auto version = queryValue(db, QStringLiteral("PRAGMA main.user_version"));
    if (!version)
        return std::unexpected(version.error());
    const auto failure = [&] {
        Error error =
            vaultError(cipher->lastError(), cipher->lastSystemErrno(), FileLook::Random, true);
        if (error.code != ErrorCode::DiskFull && error.code != ErrorCode::ReadOnly)
            error.message = Tr::tr("The backup could not be written to %1.").arg(file);
        QFile::remove(file);
        QFile::remove(file + QStringLiteral("-journal"));
        return std::unexpected(error);
    };
    {
        const PrivateFileMode privateFiles; // the copy is the owner's alone from its first byte
        if (!cipher->attachEncrypted(file, key, ExportAlias))
            return failure();
        // sqlcipher_export copies the schema and the rows; the user_version is set apart.
        QSqlQuery query(db);
        const bool copied =
            query.exec(QStringLiteral("SELECT sqlcipher_export('kotva_export')")) &&
            query.exec(
                QStringLiteral("PRAGMA kotva_export.user_version = %1").arg(version->toInt()));
        query.finish();
        const bool detached = cipher->detach(ExportAlias);
        if (!copied || !detached)
            return failure();
    }
    return {};
}

Status Vault::importFrom(const QString& file, const VaultKey& key)
{
    QSqlDatabase db = d->db();
    SqlCipherDriver* cipher = d->driver();
    if (!db.isOpen() || !cipher)
        return fail(ErrorCode::Internal, Tr::tr("The vault is closed."));
    if (!cipher->attachEncrypted(file, key, ImportAlias)) {
        Error error =
            vaultError(cipher->lastError(), cipher->lastSystemErrno(), FileLook::Random, false);
        return std::unexpected(error);
    }
    const auto ours = queryValue(db, QStringLiteral("PRAGMA main.user_version"));
    const auto theirs = queryValue(db, QStringLiteral("PRAGMA kotva_import.user_version"));
    if (!ours || !theirs || ours->toInt() != theirs->toInt()) {
        cipher->detach(ImportAlias);
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The backup has another version of the vault's tables."));
    }
    // One transaction: the vault holds either its own content or the backup's, never a mix.
    bool replaced = db.transaction();
    QSqlQuery query(db);
    replaced = replaced && query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const QStringList tables = restoredTables(db);
    for (auto it = tables.crbegin(); replaced && it != tables.crend(); ++it)
        replaced = query.exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(*it));
    for (const QString& table : tables) {
        if (!replaced)
            break;
        replaced = query.exec(QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM "
                                             "kotva_import.\"%1\"")
                                  .arg(table));
    }
    const QString detail = query.lastError().text();
    query.finish();
    replaced = replaced && db.commit();
    if (!replaced)
        db.rollback();
    cipher->detach(ImportAlias);
    if (!replaced)
        return fail(ErrorCode::Database,
                    Tr::tr("The backup could not be restored; the vault is as it was."), detail);
    // The rows the backup replaced are overwritten on the disk (secure_delete), and what
    // expired by this vault's own retention goes at once.
    if (const Result<PurgeReport> purged = purge(); !purged)
        return std::unexpected(purged.error());
    return {};
}

std::optional<PurgeReport> Vault::openingPurge() const
{
    return d->openingPurge;
}

void Vault::close()
{
    d->closeConnection();
}

} // namespace kotva
