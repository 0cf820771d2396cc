#pragma once

#include "core/common/Error.h"
#include "core/keys/VaultKey.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kotva {

class Vault;

/// One backup in the backup folder.
struct BackupFile
{
    QString path;
    QDateTime madeUtc; ///< from its name
    qint64 bytes = 0;
};

/// Backups of a vault that cannot leak: each is a vault of its own, encrypted with a backup
/// passphrase that is not the vault's key (a backup must still open when the computer and
/// its keychain are gone), written into a folder the organisation chose (a USB disk, a
/// network share) under a name with its time ("kotva-backup-20261205-093000.vault").
///
/// Nothing expired leaves with a backup (the vault is purged before it is copied), a backup
/// older than the records may live is deleted from the folder, and a restore purges what
/// expired since the backup was made before the restored content is used.
class VaultBackup final
{
public:
    static constexpr int DefaultKeep = 7;
    static constexpr int MinKeep = 1;
    static constexpr int MaxKeep = 60;

    /// The backups in `folder`, newest first; other files are never listed or touched.
    [[nodiscard]] static QList<BackupFile> list(const QString& folder);

    /// Writes a new backup of the open vault into `folder` (which must exist), then keeps
    /// the newest `keep` backups and none older than the vault's record retention. The file
    /// appears whole or not at all (written under a temporary name, synced, renamed).
    /// Returns the new file's path.
    static Result<QString> write(Vault& vault, const QString& folder, const VaultKey& backupKey,
                                 int keep = DefaultKeep);

    /// Replaces the content of the open vault with the backup's: a copy of the backup is
    /// opened with `backupKey` (which migrates it to this version), purged by the vault's
    /// clock whatever time has passed (a restore is a person's decision), and imported in
    /// one transaction (Vault::importFrom); the vault keeps its key and its settings.
    /// WrongKey when the passphrase does not open the backup; on any failure the vault is
    /// as it was. The copy is deleted either way.
    static Status restore(Vault& vault, const QString& backupPath, const VaultKey& backupKey);
};

} // namespace kotva
