#include "core/storage/VaultBackup.h"

#include "core/common/Logging.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <fcntl.h>
#include <unistd.h>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::VaultBackup)
};

const QString NamePrefix = QStringLiteral("kotva-backup-");
const QString NameSuffix = QStringLiteral(".vault");
const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString fileNameFor(const QDateTime& utc)
{
    return NamePrefix + utc.toUTC().toString(TimeFormat) + NameSuffix;
}

/// The time in a backup's name, or an invalid time for any other file.
QDateTime timeOfName(const QString& name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^kotva-backup-(\\d{8}-\\d{6})\\.vault$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), TimeFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

/// Data and name on the disk before the caller goes on: a backup that a power cut leaves
/// half-written is no backup.
bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void syncFolder(const QString& folder)
{
    syncFile(folder); // a folder opened read-only can be fsynced on Linux
}

void removeWithSideFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

/// Deletes backups beyond the newest `keep`, and any older than the records may live.
void rotate(const QString& folder, int keep, const QDateTime& oldestAllowedUtc)
{
    const QList<BackupFile> backups = VaultBackup::list(folder);
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const BackupFile& backup = backups.at(i);
        if (i >= keep || backup.madeUtc < oldestAllowedUtc) {
            if (QFile::remove(backup.path))
                qCInfo(lcStorage) << "deleted an old backup";
            else
                qCWarning(lcStorage) << "could not delete an old backup";
        }
    }
}

} // namespace

QList<BackupFile> VaultBackup::list(const QString& folder)
{
    QList<BackupFile> backups;
    const QDir dir(folder);
    const QFileInfoList files =
        dir.entryInfoList({NamePrefix + QStringLiteral("*") + NameSuffix}, QDir::Files);
    for (const QFileInfo& file : files) {
        const QDateTime made = timeOfName(file.fileName());
        if (made.isValid())
            backups.append(BackupFile{file.absoluteFilePath(), made, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.madeUtc > b.madeUtc; });
    return backups;
}

Result<QString> VaultBackup::write(Vault& vault, const QString& folder, const VaultKey& backupKey,
                                   int keep)
{
    const QFileInfo dir(folder);
    if (!dir.isDir())
        return fail(ErrorCode::NotFound,
                    Tr::tr("The backup folder %1 is not there. Is the disk connected?")
                        .arg(QDir::toNativeSeparators(folder)));
    if (!dir.isWritable())
        return fail(ErrorCode::ReadOnly, Tr::tr("Kotva cannot write into the backup folder %1.")
                                             .arg(QDir::toNativeSeparators(folder)));
    const QDateTime now = vault.clock().nowUtc();
    const QString target = QDir(folder).filePath(fileNameFor(now));
    if (QFileInfo::exists(target))
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A backup was made this very second; try again in a moment."));
    // Hidden and unfinished until it is whole.
    const QString partial =
        QDir(folder).filePath(QStringLiteral(".") + fileNameFor(now) + QStringLiteral(".partial"));
    removeWithSideFiles(partial);
    if (const Status exported = vault.exportTo(partial, backupKey); !exported)
        return std::unexpected(exported.error());
    if (!syncFile(partial) || !QFile::rename(partial, target)) {
        removeWithSideFiles(partial);
        return fail(ErrorCode::Io, Tr::tr("The backup could not be finished in %1.")
                                       .arg(QDir::toNativeSeparators(folder)));
    }
    syncFolder(folder);
    qCInfo(lcStorage) << "backup written";
    const int months = vault.retention().recordMonths;
    rotate(folder, std::clamp(keep, MinKeep, MaxKeep), now.addMonths(-months));
    return target;
}

Status VaultBackup::restore(Vault& vault, const QString& backupPath, const VaultKey& backupKey)
{
    if (!QFileInfo(backupPath).isFile())
        return fail(
            ErrorCode::NotFound,
            Tr::tr("The backup %1 is not there.").arg(QDir::toNativeSeparators(backupPath)));
    // A copy beside the vault is brought up to date first; the backup itself stays as it was.
    const QString restoring = vault.path() + QStringLiteral(".restoring");
    removeWithSideFiles(restoring);
    if (!QFile::copy(backupPath, restoring))
        return fail(ErrorCode::Io, Tr::tr("The backup could not be copied next to the vault."));
    QFile::setPermissions(restoring, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Status prepared;
    {
        // Opening migrates its tables to this version and purges by the vault's clock.
        Result<std::unique_ptr<Vault>> opened = Vault::open(restoring, backupKey, vault.clock());
        if (!opened) {
            Error error = opened.error();
            if (error.code == ErrorCode::WrongKey)
                error.message = Tr::tr("This passphrase does not open the backup.");
            prepared = std::unexpected(error);
        } else {
            // A backup is often old: what expired since it was made goes now, before anyone
            // sees it, whatever the clock jump guard would otherwise wait for.
            Vault& copy = **opened;
            if (copy.purgeHeld())
                copy.confirmClock();
            if (const Result<PurgeReport> purged = copy.purge(); !purged)
                prepared = std::unexpected(purged.error());
            copy.close();
        }
    }
    if (prepared)
        prepared = vault.importFrom(restoring, backupKey);
    removeWithSideFiles(restoring);
    if (prepared)
        qCInfo(lcStorage) << "vault restored from a backup";
    return prepared;
}

} // namespace kotva
