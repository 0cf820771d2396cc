#pragma once

#include "core/keys/VaultKey.h"
#include "core/keys/slots/KeySlots.h"
#include "core/keys/slots/TeamKeys.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/BuiltIns.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <cstring>
#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {

inline SecureBuffer text(const char* value)
{
    return SecureBuffer::copyOf(value, qsizetype(std::strlen(value)));
}

/// A team vault as the app has it after a member unlocked: the vault opened with the key of
/// their slot, their TeamKeys, and the session over both. The lead "EK" made the team.
class TeamVault : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const VaultKey key = VaultKey::generateRaw();
        auto vault = Vault::create(path(), key, m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        vault->get()->close();
        auto founder = KeySlots(path(), PassphraseKdf::minimum())
                           .create(key.rawBytes(), QStringLiteral("EK"), text(leadPassphrase));
        ASSERT_TRUE(founder.has_value());
        leadId = founder->memberId;
        unlockAs(leadId, leadPassphrase);
    }
    void TearDown() override { lock(); }

    QString path() const { return m_dir.filePath(QStringLiteral("team.vault")); }
    Vault* vault() const { return m_vault.get(); }

    void lock()
    {
        session.reset();
        m_keys.reset();
        m_vault.reset();
    }

    /// Locks and unlocks as this member, as the app does.
    void unlockAs(const QString& memberId, const char* passphrase)
    {
        lock();
        auto keys = KeySlots(path(), PassphraseKdf::minimum()).unlock(memberId, text(passphrase));
        ASSERT_TRUE(keys.has_value()) << keys.error().toString().toStdString();
        auto key = VaultKey::fromRawBytes(keys->vaultKey);
        ASSERT_TRUE(key.has_value());
        auto vault = Vault::open(path(), *key, m_clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        m_vault = std::move(*vault);
        m_keys = std::make_unique<TeamKeys>(path(), std::move(*keys), PassphraseKdf::minimum());
        session =
            std::make_unique<VaultSession>(*m_vault, builtInAnalyzer(), m_clock, m_keys.get());
    }

    /// The lead adds a member with these roles and a first passphrase.
    QString addMember(const char* label, Roles roles, const char* firstPassphrase)
    {
        auto added =
            session->team().addMember(QString::fromUtf8(label), roles, text(firstPassphrase));
        EXPECT_TRUE(added.has_value()) << added.error().toString().toStdString();
        return added.value_or(QString());
    }

    static constexpr const char* leadPassphrase = "the lead's long passphrase";
    QString leadId;
    std::unique_ptr<VaultSession> session;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<TeamKeys> m_keys;
};

} // namespace kotva::test
