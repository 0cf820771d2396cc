#pragma once

#include "core/access/VaultAccess.h"
#include "core/keys/KeychainStore.h"
#include "core/storage/Vault.h"
#include "tests/keys/KeyringSession.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <vector>

namespace kotva::test {

inline SecureBuffer secret(const char* text)
{
    return SecureBuffer::copyOf(text, static_cast<qsizetype>(std::strlen(text)));
}

/// The bytes of the vault and its -wal, to show a failed attempt changed nothing.
inline QByteArray snapshot(const QString& path)
{
    QByteArray bytes;
    for (const QString& name : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
        bytes += "\n--\n";
    }
    return bytes;
}

/// A VaultAccess on a fresh folder with a keychain service of its own, recording its signals.
class AccessFixture : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    VaultAccess& access()
    {
        if (!m_access) {
            m_access = std::make_unique<VaultAccess>(path, keychain, clock);
            QObject::connect(m_access.get(), &VaultAccess::passphraseNeeded, m_access.get(),
                             [this](const Error& reason) { passphraseReasons.push_back(reason); });
            QObject::connect(m_access.get(), &VaultAccess::setupFailed, m_access.get(),
                             [this](const Error& error) { setupErrors.push_back(error); });
            QObject::connect(m_access.get(), &VaultAccess::failed, m_access.get(),
                             [this](const Error& error) { failures.push_back(error); });
            QObject::connect(m_access.get(), &VaultAccess::setupNeeded, m_access.get(),
                             [this] { ++setupNeededCount; });
            QObject::connect(m_access.get(), &VaultAccess::keyChanged, m_access.get(),
                             [this] { ++keyChangedCount; });
            QObject::connect(m_access.get(), &VaultAccess::keyChangeFailed, m_access.get(),
                             [this](const Error& error) { keyChangeErrors.push_back(error); });
        }
        return *m_access;
    }
    /// A second process/window: a new VaultAccess on the same path, fresh signal records.
    void restart()
    {
        m_access.reset();
        passphraseReasons.clear();
        setupErrors.clear();
        failures.clear();
        keyChangeErrors.clear();
        setupNeededCount = 0;
        keyChangedCount = 0;
    }

    /// Waits until the machine rests in one of the states that need no further event.
    VaultAccess::State settle()
    {
        const bool rested = waitFor([this] {
            const auto s = access().state();
            return s != VaultAccess::State::AwaitingKeychain && s != VaultAccess::State::Opening;
        });
        EXPECT_TRUE(rested) << "VaultAccess did not settle";
        return access().state();
    }

    std::optional<Error> readKeychainError()
    {
        std::optional<Result<VaultKey>> answer;
        QObject context;
        keychain.readKey(path, &context, [&](Result<VaultKey> key) { answer = std::move(key); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); }));
        if (!answer || answer->has_value())
            return std::nullopt;
        return answer->error();
    }

    void createWithPassphrase(const char* passphrase)
    {
        access().start();
        ASSERT_EQ(access().state(), VaultAccess::State::NeedsSetup);
        access().createWithPassphrase(secret(passphrase));
        ASSERT_EQ(settle(), VaultAccess::State::Unlocked);
    }

    void createWithKeychain()
    {
        access().start();
        ASSERT_EQ(access().state(), VaultAccess::State::NeedsSetup);
        access().createWithKeychain();
        ASSERT_EQ(settle(), VaultAccess::State::Unlocked)
            << (setupErrors.empty() ? std::string() : setupErrors.back().toString().toStdString());
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kotva.vault"));
    KeychainStore keychain{QStringLiteral("KotvaAccessTest")};
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::vector<Error> passphraseReasons;
    std::vector<Error> setupErrors;
    std::vector<Error> failures;
    std::vector<Error> keyChangeErrors;
    int setupNeededCount = 0;
    int keyChangedCount = 0;

private:
    std::unique_ptr<VaultAccess> m_access;
};

} // namespace kotva::test
