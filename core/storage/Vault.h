#pragma once

// Other modules (keys, UI, CLI, schedule)
// code against this header. The storage owner implements it and may add to it; any
// change to an existing signature must be reflected in every caller.

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/keys/VaultKey.h"
#include "core/storage/RetentionPolicy.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace kotva {

/// What `kotva-cli vault info` prints and the main window shows.
struct VaultInfo
{
    QString path;
    QString cipherVersion; ///< PRAGMA cipher_version
    int kdfIterations = 0; ///< PRAGMA kdf_iter (raw keys skip the KDF but the value is reported)
    int schemaVersion = 0; ///< PRAGMA user_version
    qint64 pageCount = 0;  ///< PRAGMA page_count
    RetentionPolicy retention;
    std::optional<qint64>
        oldestRecordAgeSeconds; ///< empty when the vault holds nothing about contacts
};

/// What one purge removed.
struct PurgeReport
{
    QDateTime ranAtUtc;
    qint64 messagesRemoved = 0; ///< message texts past the message retention
    qint64 recordsRemoved = 0;  ///< all other rows past the record retention
};

/// An encrypted SQLCipher database that forgets. Opening applies the key before any
/// other statement, verifies it by reading the schema, enforces secure_delete,
/// foreign keys, WAL and temp_store=MEMORY, migrates the schema and purges what expired.
class Vault final
{
public:
    /// Creates a new vault; AlreadyExists if anything is at `path`, never overwrites.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const VaultKey& key,
                                                 const Clock& clock = Clock::system());
    /// Opens an existing vault. WrongKey leaves the file byte-identical; NotAVault /
    /// Corrupt never lead to anything being written.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const VaultKey& key,
                                               const Clock& clock = Clock::system());
    /// AppDataLocation/kotva.vault
    static QString defaultPath();
    /// True when a file (any file) is at `path`: callers must then never create a new vault there.
    static bool existsAt(const QString& path);

    ~Vault();
    Q_DISABLE_COPY_MOVE(Vault)

    [[nodiscard]] QString path() const;
    /// The connection; valid until close() or destruction. Its driver is Kotva's SQLCipher driver.
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] const Clock& clock() const;

    /// Re-encrypts with a new key (raw ↔ passphrase too), in place; on failure the old key still
    /// opens it.
    Status rekey(const VaultKey& newKey);
    [[nodiscard]] Result<VaultInfo> info() const;
    [[nodiscard]] RetentionPolicy retention() const;
    Status setRetention(const RetentionPolicy& policy);
    /// Removes what expired at clock().nowUtc(), so that it cannot be recovered from the files.
    Result<PurgeReport> purge();
    /// Writes a copy of the vault, encrypted with `key`, into the new file `file` (which must
    /// not exist), after a purge so that nothing expired leaves with it. The copy is a
    /// vault of its own: Vault::open() opens it with `key`. On failure the file is removed.
    /// VaultBackup names, rotates and restores such copies.
    Status exportTo(const QString& file, const VaultKey& key);
    /// Replaces this vault's content (everything but its settings) with that of the vault
    /// `file` opened with `key`, in one transaction, then purges. The other vault must have
    /// the same schema version (open it with Vault::open() first: that migrates and purges
    /// it). On failure this vault is as it was.
    Status importFrom(const QString& file, const VaultKey& key);
    /// What the purge that open() / create() ran removed. open() purges before it returns,
    /// so a purge() right after it usually finds nothing: a caller reporting what expired
    /// (`kotva-cli vault purge`) adds this report to its own purge()'s. Set for every vault
    /// that open() or create() returned (empty only if that purge never ran). If the
    /// opening purge deleted but could not wipe the WAL (full disk), opening only logged
    /// it; the next purge() checkpoints again and reports that failure as an error.
    [[nodiscard]] std::optional<PurgeReport> openingPurge() const;

    /// A vault unused for longer than this, by the clock, purges nothing until a person
    /// confirms the date: a clock that jumped (a dead battery, a wrong date, "--now 2099")
    /// would otherwise delete everything at once.
    static constexpr int MaxDaysWithoutUse = 62;
    /// True when the clock is more than MaxDaysWithoutUse past the vault's last use: neither
    /// opening nor purge() deleted anything. The app asks, then calls confirmClock().
    [[nodiscard]] bool purgeHeld() const;
    /// When the vault was last used (its last purge), if it was recorded.
    [[nodiscard]] std::optional<QDateTime> lastUsedUtc() const;
    /// A person said the clock is right: purge() deletes what expired again.
    void confirmClock();
    void close();

private:
    class Private;
    explicit Vault(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace kotva
