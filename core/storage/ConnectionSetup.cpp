#include "core/storage/ConnectionSetup.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/VaultErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva::storage {

namespace {

struct Pragma
{
    const char* set;
    const char* get;
    const char* expected;
};

// temp_store 2 = MEMORY: temporary tables and indices never reach a plaintext temp file.
constexpr Pragma Pragmas[] = {
    {"PRAGMA secure_delete = ON", "PRAGMA secure_delete", "1"},
    {"PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", "1"},
    {"PRAGMA temp_store = MEMORY", "PRAGMA temp_store", "2"},
    {"PRAGMA journal_mode = WAL", "PRAGMA journal_mode", "wal"},
    // 32 MiB of page cache (negative = KiB): each page read from disk costs a decryption
    // and an HMAC check, so a big purge must not evict and re-read pages.
    {"PRAGMA cache_size = -32768", "PRAGMA cache_size", "-32768"},
};

} // namespace

Result<QVariant> queryValue(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
        return std::unexpected(vaultError(query.lastError(), driver ? driver->lastSystemErrno() : 0,
                                          FileLook::Random));
    }
    if (!query.next())
        return QVariant();
    return query.value(0);
}

Status applyConnectionPragmas(QSqlDatabase db)
{
    for (const Pragma& pragma : Pragmas) {
        const Result<QVariant> set = queryValue(db, QString::fromUtf8(pragma.set));
        if (!set)
            return std::unexpected(set.error());
        const Result<QVariant> got = queryValue(db, QString::fromUtf8(pragma.get));
        if (!got)
            return std::unexpected(got.error());
        if (got->toString().toLower() != QLatin1String(pragma.expected)) {
            return fail(ErrorCode::Database,
                        QCoreApplication::translate(
                            "kotva::Vault", "The vault could not be set up safely, so it was not "
                                            "opened."),
                        QStringLiteral("%1 returned '%2', expected '%3'")
                            .arg(QLatin1String(pragma.get), got->toString(),
                                 QLatin1String(pragma.expected)));
        }
    }
    return {};
}

} // namespace kotva::storage
