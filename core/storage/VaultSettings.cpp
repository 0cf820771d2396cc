#include "core/storage/VaultSettings.h"

#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "core/storage/VaultErrors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::VaultSettings)
};

Error failure(const QSqlDatabase& db, const QSqlError& error)
{
    const auto* driver = qobject_cast<const SqlCipherDriver*>(db.driver());
    return storage::vaultError(error, driver ? driver->lastSystemErrno() : 0,
                               storage::FileLook::Random, true);
}

} // namespace

const IntSetting VaultSettings::IdleLockMinutes{QStringLiteral("lock.idle_minutes"), 5, 1, 60};
const StringSetting VaultSettings::OrganisationRegion{QStringLiteral("organisation.region"), {}};

VaultSettings::VaultSettings(const Vault& vault)
    : m_vault(vault)
{}

Result<QString> VaultSettings::raw(const QString& key) const
{
    const QSqlDatabase db = m_vault.database();
    if (!db.isOpen())
        return fail(ErrorCode::Internal, Tr::tr("The vault is closed."));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return std::unexpected(failure(db, query.lastError()));
    if (!query.next())
        return QString();
    // A stored empty text is a value, not "unset": keep it non-null.
    const QString text = query.value(0).toString();
    return text.isNull() ? QStringLiteral("") : text;
}

Status VaultSettings::store(const QString& key, const QString& value)
{
    const QSqlDatabase db = m_vault.database();
    if (!db.isOpen())
        return fail(ErrorCode::Internal, Tr::tr("The vault is closed."));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec())
        return std::unexpected(failure(db, query.lastError()));
    return {};
}

Result<QString> VaultSettings::value(const StringSetting& setting) const
{
    const Result<QString> text = raw(setting.key);
    if (!text)
        return text;
    return text->isNull() ? setting.defaultValue : *text;
}

Result<int> VaultSettings::value(const IntSetting& setting) const
{
    const Result<QString> text = raw(setting.key);
    if (!text)
        return std::unexpected(text.error());
    bool ok = false;
    const int number = text->toInt(&ok);
    if (!ok)
        return setting.defaultValue;
    return std::clamp(number, setting.minimum, setting.maximum);
}

Status VaultSettings::setValue(const StringSetting& setting, const QString& value)
{
    return store(setting.key, value);
}

Status VaultSettings::setValue(const IntSetting& setting, int value)
{
    if (value < setting.minimum || value > setting.maximum) {
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The value must be between %1 and %2.")
                        .arg(setting.minimum)
                        .arg(setting.maximum),
                    setting.key);
    }
    return store(setting.key, QString::number(value));
}

int VaultSettings::idleLockMinutes() const
{
    return value(IdleLockMinutes).value_or(IdleLockMinutes.defaultValue);
}

QString VaultSettings::organisationRegion() const
{
    return value(OrganisationRegion).value_or(OrganisationRegion.defaultValue);
}

Status VaultSettings::setOrganisationRegion(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^CZ\\d{3}$"));
    if (!code.isEmpty() && !pattern.match(code).hasMatch()) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("This is not a region code."),
                    QStringLiteral("organisation.region"));
    }
    return setValue(OrganisationRegion, code);
}

} // namespace kotva
