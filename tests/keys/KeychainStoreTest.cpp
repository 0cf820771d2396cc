#include "core/keys/KeychainStore.h"

#include "tests/keys/KeyringSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>
#include <optional>

using kotva::ErrorCode;
using kotva::KeychainStore;
using kotva::Result;
using kotva::Status;
using kotva::VaultKey;
using kotva::test::waitFor;

namespace {

/// Blocking wrappers for the tests; the store itself only ever calls back.
class KeychainStoreTest : public ::testing::Test
{
protected:
    Result<VaultKey> read(const QString& path)
    {
        std::optional<Result<VaultKey>> answer;
        store.readKey(path, &context, [&](Result<VaultKey> key) { answer = std::move(key); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); })) << "keychain did not answer";
        if (!answer)
            return kotva::fail(ErrorCode::Internal, QStringLiteral("timeout"));
        return std::move(*answer);
    }
    Status write(const QString& path, const VaultKey& key)
    {
        std::optional<Status> answer;
        store.writeKey(path, key, &context, [&](Status status) { answer = std::move(status); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); })) << "keychain did not answer";
        return answer.value_or(kotva::fail(ErrorCode::Internal, QStringLiteral("timeout")));
    }
    Status remove(const QString& path)
    {
        std::optional<Status> answer;
        store.removeKey(path, &context, [&](Status status) { answer = std::move(status); });
        EXPECT_TRUE(waitFor([&] { return answer.has_value(); })) << "keychain did not answer";
        return answer.value_or(kotva::fail(ErrorCode::Internal, QStringLiteral("timeout")));
    }
    QString vaultPath(const QString& name = QStringLiteral("kotva.vault")) const
    {
        return dir.filePath(name);
    }

    QTemporaryDir dir;
    QObject context;
    KeychainStore store{QStringLiteral("KotvaTest")};
};

TEST_F(KeychainStoreTest, RawKeyRoundTripsThroughTheRealKeyring)
{
    const VaultKey key = VaultKey::generateRaw();
    ASSERT_TRUE(write(vaultPath(), key).has_value());

    const Result<VaultKey> back = read(vaultPath());
    ASSERT_TRUE(back.has_value()) << back.error().toString().toStdString();
    EXPECT_EQ(back->kind(), VaultKey::Kind::Raw);
    EXPECT_TRUE(back->secret().equals(key.secret()));

    ASSERT_TRUE(remove(vaultPath()).has_value());
    const Result<VaultKey> gone = read(vaultPath());
    ASSERT_FALSE(gone.has_value());
    EXPECT_EQ(gone.error().code, ErrorCode::KeyMissing);
}

TEST_F(KeychainStoreTest, AVaultWithoutEntryIsKeyMissingWithAMessage)
{
    const Result<VaultKey> answer = read(vaultPath(QStringLiteral("never-stored.vault")));
    ASSERT_FALSE(answer.has_value());
    EXPECT_EQ(answer.error().code, ErrorCode::KeyMissing);
    EXPECT_FALSE(answer.error().message.isEmpty());
}

TEST_F(KeychainStoreTest, WritingAgainReplacesTheKey)
{
    const VaultKey first = VaultKey::generateRaw();
    const VaultKey second = VaultKey::generateRaw();
    ASSERT_TRUE(write(vaultPath(), first).has_value());
    ASSERT_TRUE(write(vaultPath(), second).has_value());
    const Result<VaultKey> back = read(vaultPath());
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->secret().equals(second.secret()));
    EXPECT_TRUE(remove(vaultPath()).has_value());
}

TEST_F(KeychainStoreTest, EachVaultHasItsOwnEntry)
{
    const VaultKey a = VaultKey::generateRaw();
    const VaultKey b = VaultKey::generateRaw();
    ASSERT_TRUE(write(vaultPath(QStringLiteral("a.vault")), a).has_value());
    ASSERT_TRUE(write(vaultPath(QStringLiteral("b.vault")), b).has_value());
    EXPECT_TRUE(read(vaultPath(QStringLiteral("a.vault")))->secret().equals(a.secret()));
    EXPECT_TRUE(read(vaultPath(QStringLiteral("b.vault")))->secret().equals(b.secret()));
    ASSERT_TRUE(remove(vaultPath(QStringLiteral("a.vault"))).has_value());
    EXPECT_TRUE(read(vaultPath(QStringLiteral("b.vault"))).has_value());
    EXPECT_TRUE(remove(vaultPath(QStringLiteral("b.vault"))).has_value());
}

TEST_F(KeychainStoreTest, RemovingAMissingEntrySucceeds)
{
    EXPECT_TRUE(remove(vaultPath(QStringLiteral("nothing.vault"))).has_value());
}

TEST_F(KeychainStoreTest, APassphraseIsNeverStored)
{
    auto passphrase = VaultKey::fromPassphrase(kotva::SecureBuffer::copyOf("long enough", 11));
    ASSERT_TRUE(passphrase.has_value());
    const Status status = write(vaultPath(), *passphrase);
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(status.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(read(vaultPath()).error().code, ErrorCode::KeyMissing);
}

TEST_F(KeychainStoreTest, NoCallbackAfterTheContextIsGone)
{
    bool called = false;
    bool witness = false;
    auto shortLived = std::make_unique<QObject>();
    store.readKey(vaultPath(), shortLived.get(), [&](Result<VaultKey>) { called = true; });
    shortLived.reset();
    // A second request on a live context shows when the keychain has answered both.
    store.readKey(vaultPath(), &context, [&](Result<VaultKey>) { witness = true; });
    ASSERT_TRUE(waitFor([&] { return witness; }));
    EXPECT_FALSE(called);
}

TEST(KeychainEntryId, IsTheSameBeforeAndAfterTheFileExists)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kotva.vault"));
    const QString before = KeychainStore::entryIdFor(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_EQ(KeychainStore::entryIdFor(path), before);
    EXPECT_TRUE(before.startsWith(QLatin1String("vault:/")));
}

TEST(KeychainEntryId, ResolvesRelativePathsAndSymlinks)
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real"));
    ASSERT_TRUE(QDir().mkpath(real));
    ASSERT_TRUE(QFile::link(real, dir.filePath(QStringLiteral("link"))));
    const QString viaLink = dir.filePath(QStringLiteral("link/kotva.vault"));
    const QString direct = real + QStringLiteral("/kotva.vault");
    EXPECT_EQ(KeychainStore::entryIdFor(viaLink), KeychainStore::entryIdFor(direct));
    EXPECT_EQ(KeychainStore::entryIdFor(dir.filePath(QStringLiteral("real/../real/kotva.vault"))),
              KeychainStore::entryIdFor(direct));
}

// The passphrase path: a session whose D-Bus does not exist answers with KeychainUnavailable.
TEST_F(KeychainStoreTest, WithoutAnyKeychainReadAndWriteSayUnavailable)
{
    if (!kotva::test::inNoKeychainChild()) {
        EXPECT_TRUE(kotva::test::runThisTestWithoutKeychain());
        return;
    }
    const Result<VaultKey> answer = read(vaultPath());
    ASSERT_FALSE(answer.has_value());
    EXPECT_EQ(answer.error().code, ErrorCode::KeychainUnavailable)
        << answer.error().toString().toStdString();
    EXPECT_FALSE(answer.error().message.isEmpty());

    const Status stored = write(vaultPath(), VaultKey::generateRaw());
    ASSERT_FALSE(stored.has_value());
    EXPECT_EQ(stored.error().code, ErrorCode::KeychainUnavailable)
        << stored.error().toString().toStdString();
}

} // namespace
