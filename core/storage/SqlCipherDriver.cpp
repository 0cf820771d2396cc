#include "core/storage/SqlCipherDriver.h"

#include "core/common/Logging.h"
#include "core/storage/SqlCipherResult.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <mutex>

#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1 // declares sqlite3_key_v2() / sqlite3_rekey_v2()
#endif
#include <sqlcipher/sqlite3.h>

namespace kotva {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

constexpr qsizetype RawHexDigits = 64;

/// SQLCipher reads x'<hex>' as a raw key and anything else as a passphrase, so a raw key
/// must have exactly that shape and a passphrase must not accidentally have it.
bool looksLikeRawKey(const SecureBuffer& material)
{
    if (material.size() != RawHexDigits + 3)
        return false;
    const char* p = material.constData();
    if ((p[0] != 'x' && p[0] != 'X') || p[1] != '\'' || p[material.size() - 1] != '\'')
        return false;
    for (qsizetype i = 2; i < material.size() - 1; ++i) {
        if (!isHex(p[i]))
            return false;
    }
    return true;
}

/// Runs a statement that returns strings in its first column, straight on the handle.
QStringList queryStrings(sqlite3* db, const QByteArray& sql)
{
    QStringList out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        out.append(QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(DriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

bool SqlCipherDriver::setPendingKey(const VaultKey& key)
{
    return setPendingKeyMaterial(key.sqlcipherKeyMaterial(), key.kind() == VaultKey::Kind::Raw);
}

bool SqlCipherDriver::setPendingKeyMaterial(SecureBuffer material, bool raw)
{
    if (isOpen()) {
        // SQLCipher 3.4 accepts a key on a connection in use and then ignores it.
        material.wipe();
        return fail(tr("The key can only be set before the vault is opened."), {}, ErrorInUse);
    }
    m_pendingKey = std::move(material);
    m_pendingRaw = raw;
    m_hasPendingKey = true;
    return true;
}

bool SqlCipherDriver::fail(const QString& driverText, const QString& databaseText,
                           const char* nativeCode)
{
    setLastError(
        QSqlError(driverText, databaseText, QSqlError::ConnectionError, QLatin1String(nativeCode)));
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString& driverText, QSqlError::ErrorType type,
                                     int code) const
{
    m_lastCode = code;
    m_lastErrno = m_db ? sqlite3_system_errno(m_db) : 0;
    const char* message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    return QSqlError(driverText, QString::fromUtf8(message), type, QString::number(code));
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
        return true;
    case LowPrecisionNumbers:
    case QuerySize:
    case NamedPlaceholders: // QSqlResult maps :name to positions for us
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& /*password*/,
                           const QString& /*host*/, int /*port*/, const QString& options)
{
    // The password argument is deliberately ignored: a QString cannot be wiped reliably,
    // so keys only arrive through setPendingKey().
    if (isOpen())
        close();
    m_lastCode = 0;
    m_lastErrno = 0;

    int flags = SQLITE_OPEN_READWRITE;
    int busyMs = 5000;
    const QStringList parts = options.split(u';', Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("KOTVA_CREATE")) {
            flags |= SQLITE_OPEN_CREATE;
        } else if (option == QLatin1String("KOTVA_READONLY")) {
            flags = SQLITE_OPEN_READONLY;
        } else if (option.startsWith(QLatin1String("KOTVA_BUSY_TIMEOUT="))) {
            busyMs = option.section(u'=', 1).toInt();
        } else {
            qCWarning(lcStorage) << "ignoring unknown connect option" << option;
        }
    }
    if (flags & SQLITE_OPEN_READONLY)
        flags &= ~SQLITE_OPEN_CREATE;

    // A bad key is refused before the file is even created.
    if (m_hasPendingKey && !validatePendingKey()) {
        m_pendingKey.wipe();
        m_hasPendingKey = false;
        setOpenError(true);
        return false;
    }
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Could not open the database file."), QSqlError::ConnectionError,
                               m_db ? sqlite3_extended_errcode(m_db) : rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        m_pendingKey.wipe();
        m_hasPendingKey = false;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyMs);

    if (m_hasPendingKey && !applyPendingKey()) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::validatePendingKey()
{
    if (m_pendingKey.isEmpty())
        return fail(tr("An empty key cannot protect a vault."), {}, ErrorBadKey);
    if (m_pendingRaw != looksLikeRawKey(m_pendingKey)) {
        return fail(m_pendingRaw
                        ? tr("A raw key must be exactly 64 hexadecimal digits.")
                        : tr("This passphrase has the form of a raw key; choose another one."),
                    {}, ErrorBadKey);
    }
    return true;
}

bool SqlCipherDriver::applyPendingKey()
{
    SecureBuffer material = std::move(m_pendingKey);
    m_hasPendingKey = false;
    const int rc = sqlite3_key_v2(m_db, "main", material.constData(), int(material.size()));
    material.wipe();
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("The key was not accepted."), QSqlError::ConnectionError, rc));
        return false;
    }

    // A plain libsqlite3 accepts (or lacks) the key call and writes plain text: refuse.
    const QStringList version = queryStrings(m_db, QByteArrayLiteral("PRAGMA cipher_version"));
    if (version.isEmpty() || version.constFirst().isEmpty()) {
        return fail(tr("This build of Kotva has no working encryption (SQLCipher is missing)."), {},
                    ErrorCipherUnavailable);
    }
    // Must come after the key and before the first page is read.
    const QByteArray kdf = "PRAGMA kdf_iter = " + QByteArray::number(KdfIterations);
    if (!execSimple(kdf.constData(), tr("Could not configure the key derivation.")))
        return false;
    const QByteArray page = "PRAGMA cipher_page_size = " + QByteArray::number(CipherPageSize);
    if (!execSimple(page.constData(), tr("Could not configure the encryption.")))
        return false;
    m_keyed = true;
    return true;
}

bool SqlCipherDriver::rekey(const VaultKey& newKey)
{
    if (!isOpen() || !m_keyed)
        return fail(tr("Only an open, encrypted vault can change its key."), {}, ErrorInUse);
    if (hasActiveStatements() || sqlite3_get_autocommit(m_db) == 0)
        return fail(tr("The key cannot be changed while the vault is in use."), {}, ErrorInUse);
    SecureBuffer material = newKey.sqlcipherKeyMaterial();
    const bool raw = newKey.kind() == VaultKey::Kind::Raw;
    if (material.isEmpty() || raw != looksLikeRawKey(material))
        return fail(tr("The new key is not valid."), {}, ErrorBadKey);
    const int rc = sqlite3_rekey_v2(m_db, "main", material.constData(), int(material.size()));
    material.wipe();
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Could not change the key."), QSqlError::TransactionError,
                               sqlite3_extended_errcode(m_db)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::attachEncrypted(const QString& file, const VaultKey& key,
                                      const QByteArray& alias)
{
    if (!isOpen() || !m_keyed)
        return fail(tr("Only an open, encrypted vault can attach another one."), {}, ErrorInUse);
    if (hasActiveStatements() || sqlite3_get_autocommit(m_db) == 0)
        return fail(tr("The vault is in use."), {}, ErrorInUse);
    // An attached database gets the library's defaults, not the settings applyPendingKey()
    // gives every vault, and SQLCipher reads an existing file's first page while attaching
    // it: make the defaults those settings (KdfIterations, CipherPageSize; SQLCipher 4's,
    // not SQLCipher 3's). Every connection still sets its own in applyPendingKey().
    const QByteArray defaultKdf =
        "PRAGMA cipher_default_kdf_iter = " + QByteArray::number(KdfIterations);
    const QByteArray defaultPage =
        "PRAGMA cipher_default_page_size = " + QByteArray::number(CipherPageSize);
    if (!execSimple(defaultKdf.constData(), tr("Could not configure the encryption.")) ||
        !execSimple(defaultPage.constData(), tr("Could not configure the encryption.")))
        return false;
    SecureBuffer material = key.sqlcipherKeyMaterial();
    sqlite3_stmt* attach = nullptr;
    const QByteArray sql = "ATTACH DATABASE ?1 AS " + alias + " KEY ?2";
    int rc = sqlite3_prepare_v2(m_db, sql.constData(), -1, &attach, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray path = QFile::encodeName(file);
        sqlite3_bind_text(attach, 1, path.constData(), int(path.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(attach, 2, material.constData(), int(material.size()), SQLITE_STATIC);
        rc = sqlite3_step(attach);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    sqlite3_finalize(attach);
    material.wipe();
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Could not open the other vault."), QSqlError::ConnectionError,
                               sqlite3_extended_errcode(m_db)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::detach(const QByteArray& alias)
{
    const QByteArray sql = "DETACH DATABASE " + alias;
    return execSimple(sql.constData(), tr("Could not close the other vault."));
}

bool SqlCipherDriver::hasActiveStatements() const
{
    for (const SqlCipherResult* result : std::as_const(m_results)) {
        if (result->isStepping())
            return true;
    }
    return false;
}

void SqlCipherDriver::close()
{
    // Statements must be released before the handle, or sqlite3_close() refuses.
    for (SqlCipherResult* result : std::as_const(m_results))
        result->finalize();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    m_keyed = false;
    m_pendingKey.wipe();
    m_hasPendingKey = false;
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    auto* result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(what, QSqlError::TransactionError, sqlite3_extended_errcode(m_db)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way for a lock.
    return isOpen() && execSimple("BEGIN IMMEDIATE", tr("Could not start a transaction."));
}

bool SqlCipherDriver::commitTransaction()
{
    return isOpen() && execSimple("COMMIT", tr("Could not save the changes."));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return isOpen() && execSimple("ROLLBACK", tr("Could not undo the changes."));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QByteArrayList kinds;
    if (type & QSql::Tables)
        kinds << QByteArrayLiteral("'table'");
    if (type & QSql::Views)
        kinds << QByteArrayLiteral("'view'");
    if (!kinds.isEmpty()) {
        out =
            queryStrings(m_db, "SELECT name FROM sqlite_master WHERE type IN (" + kinds.join(',') +
                                   ") AND name NOT LIKE 'sqlite\\_%' ESCAPE "
                                   "'\\' ORDER BY name");
    }
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    if (!isOpen())
        return result;
    const QByteArray sql =
        "PRAGMA table_info(" + escapeIdentifier(tableName, TableName).toUtf8() + ')';
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return result;
    // table_info columns: cid, name, type, notnull, dflt_value, pk
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        const auto* decl = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2));
        QSqlField field(QString::fromUtf8(name), SqlCipherResult::metaTypeForDeclaredType(decl),
                        tableName);
        field.setRequiredStatus(sqlite3_column_int(stmt, 3) ? QSqlField::Required
                                                            : QSqlField::Optional);
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL) {
            const auto* def = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 4));
            field.setDefaultValue(QString::fromUtf8(def));
        }
        field.setAutoValue(sqlite3_column_int(stmt, 5) > 0 &&
                           field.metaType().id() == QMetaType::LongLong);
        result.append(field);
    }
    sqlite3_finalize(stmt);
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    QSqlIndex index(tableName);
    const QSqlRecord fields = record(tableName);
    for (int i = 0; i < fields.count(); ++i) {
        if (fields.field(i).isAutoValue())
            index.append(fields.field(i));
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QLatin1String("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

} // namespace kotva
