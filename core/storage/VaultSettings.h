#pragma once

#include "core/common/Error.h"

#include <QString>

namespace kotva {

class Vault;

/// A text setting: its key in the vault's `settings` table and the value when unset.
struct StringSetting
{
    QString key;
    QString defaultValue;
};

/// A whole-number setting with the range it must stay in; a stored value outside the
/// range (an older version, a hand-edited vault) reads as the nearest bound.
struct IntSetting
{
    QString key;
    int defaultValue = 0;
    int minimum = 0;
    int maximum = 0;
};

/// Typed access to the vault's `settings` table (key → text). Settings live in the vault,
/// not in a plain-text config file, because they describe the organisation (its region)
/// and the workstation's safety (when to lock). The one secret it holds is the backup
/// passphrase (BackupService), which is what the vault's encryption is there for: never
/// the vault's own key. Each write is one statement, so it is atomic.
class VaultSettings final
{
public:
    /// Minutes without keyboard, mouse or touch input before Kotva locks (1–60, default 5).
    static const IntSetting IdleLockMinutes;
    /// The organisation's region as a CZ-NUTS 3 code ("CZ032"); empty when not set.
    static const StringSetting OrganisationRegion;

    explicit VaultSettings(const Vault& vault);

    [[nodiscard]] Result<QString> value(const StringSetting& setting) const;
    [[nodiscard]] Result<int> value(const IntSetting& setting) const;
    Status setValue(const StringSetting& setting, const QString& value);
    /// InvalidArgument when `value` is outside the setting's range; nothing is written then.
    Status setValue(const IntSetting& setting, int value);

    /// Convenience readers for the UI: the default when the vault cannot be read.
    [[nodiscard]] int idleLockMinutes() const;
    [[nodiscard]] QString organisationRegion() const;
    /// Empty, or "CZ" and three digits; anything else is InvalidArgument.
    Status setOrganisationRegion(const QString& code);

private:
    /// The stored text, or a null QString when the key is not in the table.
    [[nodiscard]] Result<QString> raw(const QString& key) const;
    Status store(const QString& key, const QString& value);

    const Vault& m_vault;
};

} // namespace kotva
