#include "core/storage/BackupService.h"

#include "core/common/SecureBuffer.h"
#include "core/storage/Vault.h"
#include "core/storage/VaultBackup.h"

#include <QCoreApplication>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::BackupService)
};

Result<VaultKey> keyOf(const QString& passphrase)
{
    QByteArray bytes = passphrase.toUtf8();
    return VaultKey::fromPassphrase(SecureBuffer::takeFrom(bytes));
}

} // namespace

const StringSetting BackupService::Folder{QStringLiteral("backup.folder"), {}};
const IntSetting BackupService::EveryDays{QStringLiteral("backup.every_days"), 0, 0, 7};
const IntSetting BackupService::Keep{QStringLiteral("backup.keep"), VaultBackup::DefaultKeep,
                                     VaultBackup::MinKeep, VaultBackup::MaxKeep};
const StringSetting BackupService::LastUtc{QStringLiteral("backup.last_utc"), {}};
const StringSetting BackupService::Passphrase{QStringLiteral("backup.passphrase"), {}};

BackupService::BackupService(Vault& vault)
    : m_vault(vault)
    , m_settings(vault)
{}

BackupSettings BackupService::settings() const
{
    BackupSettings settings;
    settings.folder = m_settings.value(Folder).value_or(QString());
    settings.everyDays = m_settings.value(EveryDays).value_or(EveryDays.defaultValue);
    settings.keep = m_settings.value(Keep).value_or(Keep.defaultValue);
    settings.hasPassphrase = !m_settings.value(Passphrase).value_or(QString()).isEmpty();
    const QString last = m_settings.value(LastUtc).value_or(QString());
    const QDateTime lastUtc = QDateTime::fromString(last, Qt::ISODate);
    if (lastUtc.isValid())
        settings.lastUtc = lastUtc.toUTC();
    return settings;
}

Status BackupService::save(const QString& folder, int everyDays, int keep)
{
    if (everyDays != 0 && everyDays != 1 && everyDays != 7)
        return fail(ErrorCode::InvalidArgument, Tr::tr("Backups run daily, weekly or on demand."));
    if (const Status saved = m_settings.setValue(Folder, folder); !saved)
        return saved;
    if (const Status saved = m_settings.setValue(EveryDays, everyDays); !saved)
        return saved;
    return m_settings.setValue(Keep, keep);
}

Status BackupService::setPassphrase(const QString& passphrase)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The backup passphrase needs at least %1 characters.")
                        .arg(MinimumPassphraseLength));
    return m_settings.setValue(Passphrase, passphrase);
}

bool BackupService::isDue() const
{
    const BackupSettings current = settings();
    if (current.everyDays == 0 || current.folder.isEmpty() || !current.hasPassphrase)
        return false;
    if (!current.lastUtc)
        return true;
    return current.lastUtc->addDays(current.everyDays) <= m_vault.clock().nowUtc();
}

Result<QString> BackupService::backUpNow()
{
    const BackupSettings current = settings();
    if (current.folder.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Choose a folder for the backups first."));
    const QString passphrase = m_settings.value(Passphrase).value_or(QString());
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Set a backup passphrase first."));
    const Result<VaultKey> key = keyOf(passphrase);
    if (!key)
        return std::unexpected(key.error());
    const Result<QString> written = VaultBackup::write(m_vault, current.folder, *key, current.keep);
    if (!written)
        return written;
    if (const Status noted =
            m_settings.setValue(LastUtc, m_vault.clock().nowUtc().toUTC().toString(Qt::ISODate));
        !noted)
        return std::unexpected(noted.error());
    return written;
}

Status BackupService::restore(const QString& backupPath, const QString& passphrase)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("Enter the backup's passphrase."));
    const Result<VaultKey> key = keyOf(passphrase);
    if (!key)
        return std::unexpected(key.error());
    return VaultBackup::restore(m_vault, backupPath, *key);
}

} // namespace kotva
