#pragma once

// Kotva's own Qt Sql driver over libsqlcipher, written from the SQLite C API
// documentation. Registered under the name "KOTVA_SQLCIPHER"; the plaintext QSQLITE
// driver is never used for vault data.
//
// The key never travels through SQL: the caller hands it to setPendingKey() before
// QSqlDatabase::open(), and open() passes it to sqlite3_key_v2() right after
// sqlite3_open_v2(), wipes it and checks that the library really encrypts
// (PRAGMA cipher_version). A connection without a pending key is unkeyed (only the
// benchmark's baseline uses that).
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'):
//   KOTVA_CREATE        create the file if missing (otherwise a missing file is an error)
//   KOTVA_READONLY      open read-only
//   KOTVA_BUSY_TIMEOUT=ms
//
// Errors carry SQLite's message as databaseText() and the extended result code as
// nativeErrorCode(); our own refusals use the native codes below.

#include "core/common/SecureBuffer.h"
#include "core/keys/VaultKey.h"

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace kotva {

class SqlCipherResult;

class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr auto DriverName = "KOTVA_SQLCIPHER";
    /// Applied after every key, before the first page is read: every open derives
    /// passphrase keys the same way, so nothing about the KDF is stored in plain text.
    static constexpr int KdfIterations = 256000;
    /// Also applied on every open: SQLCipher 3.4 defaults to 1 KiB pages, which costs a
    /// cipher and HMAC call per KiB; 4 KiB is SQLite's own default (and SQLCipher 4's).
    static constexpr int CipherPageSize = 4096;

    /// nativeErrorCode() of our own refusals.
    static constexpr auto ErrorCipherUnavailable = "KOTVA_CIPHER_UNAVAILABLE";
    static constexpr auto ErrorBadKey = "KOTVA_BAD_KEY";
    static constexpr auto ErrorInUse = "KOTVA_IN_USE";

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

    /// Makes "KOTVA_SQLCIPHER" known to QSqlDatabase; safe to call any number of times.
    static void registerDriver();

    /// The key for the next open(); refused (false) once the connection is open,
    /// because keying a connection in use silently does nothing in SQLCipher 3.4.
    bool setPendingKey(const VaultKey& key);
    /// The same with key material as sqlite3_key_v2() takes it; `raw` material must be
    /// exactly x'<64 hex digits>'. For the guards' tests and the VaultKey path.
    bool setPendingKeyMaterial(SecureBuffer material, bool raw);
    [[nodiscard]] bool isKeyed() const { return m_keyed; }

    /// Re-encrypts the open database with a new key. Refused while a query is active
    /// or a transaction is open.
    bool rekey(const VaultKey& newKey);

    /// Attaches the SQLCipher database `file` (created if missing) as `alias` under `key`,
    /// with the settings every vault has; the key is bound, never written into SQL text.
    /// Refused while a query is active or a transaction is open. For Vault's backups.
    bool attachEncrypted(const QString& file, const VaultKey& key, const QByteArray& alias);
    bool detach(const QByteArray& alias);

    /// errno of the last failed file operation (e.g. EACCES, EROFS, ENOSPC), or 0.
    [[nodiscard]] int lastSystemErrno() const { return m_lastErrno; }
    /// SQLite's extended result code of the last failure, or 0.
    [[nodiscard]] int lastResultCode() const { return m_lastCode; }

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString& tableName) const override;
    QSqlIndex primaryIndex(const QString& tableName) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    /// Builds a QSqlError from the connection's current SQLite error and remembers its codes.
    QSqlError makeError(const QString& driverText, QSqlError::ErrorType type, int code) const;

private:
    friend class SqlCipherResult;
    bool execSimple(const char* sql, const QString& what);
    bool validatePendingKey();
    bool applyPendingKey();
    bool fail(const QString& driverText, const QString& databaseText, const char* nativeCode);
    bool hasActiveStatements() const;

    sqlite3* m_db = nullptr;
    SecureBuffer m_pendingKey;
    bool m_pendingRaw = false;
    bool m_hasPendingKey = false;
    bool m_keyed = false;
    mutable int m_lastErrno = 0;
    mutable int m_lastCode = 0;
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace kotva
