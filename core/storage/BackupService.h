#pragma once

#include "core/common/Error.h"
#include "core/storage/VaultSettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kotva {

class Vault;

/// How the organisation backs up this vault, as stored in it.
struct BackupSettings
{
    QString folder;    ///< where backups go; empty when not chosen
    int everyDays = 0; ///< 0: only on demand; 1: daily; 7: weekly
    int keep = 7;      ///< how many of the newest backups stay in the folder
    bool hasPassphrase = false;
    std::optional<QDateTime> lastUtc; ///< the last backup this vault made
};

/// The backups of one open vault: its settings (in the vault's settings table, so they are
/// encrypted with it, and a restore never replaces them), backing up now or when due, and
/// restoring. The backup passphrase is stored in the vault too, so scheduled backups run
/// without asking; it is not the vault's key, so a backup still opens when this computer
/// and its keychain are gone. VaultBackup does the file work.
class BackupService final
{
public:
    static const StringSetting Folder;
    static const IntSetting EveryDays;
    static const IntSetting Keep;
    static const StringSetting LastUtc;
    static const StringSetting Passphrase;
    /// A backup passphrase shorter than this is refused.
    static constexpr int MinimumPassphraseLength = 8;

    explicit BackupService(Vault& vault);

    [[nodiscard]] BackupSettings settings() const;
    /// The folder (empty for none), how often (0, 1 or 7 days) and how many to keep.
    Status save(const QString& folder, int everyDays, int keep);
    /// The passphrase future backups are encrypted with (earlier backups keep theirs).
    Status setPassphrase(const QString& passphrase);

    /// True when scheduled backups are on, a folder and a passphrase are set and the last
    /// backup is at least `everyDays` old by the vault's clock (or none was made).
    [[nodiscard]] bool isDue() const;
    /// Writes a backup now (VaultBackup::write) and remembers when. Returns its path.
    Result<QString> backUpNow();
    /// Replaces the vault's content with the backup's (VaultBackup::restore).
    Status restore(const QString& backupPath, const QString& passphrase);

private:
    Vault& m_vault;
    VaultSettings m_settings;
};

} // namespace kotva
