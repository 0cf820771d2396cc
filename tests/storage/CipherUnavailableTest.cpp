// Built against the plain libsqlite3 instead of libsqlcipher (see CMakeLists.txt): the
// guard must notice that PRAGMA cipher_version answers nothing and refuse to store
// anything, instead of silently writing plain text.

#include "core/common/Clock.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

TEST(CipherUnavailableTest, CreatingAVaultIsRefusedAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.vault"));
    const auto vault = Vault::create(path, rawKey());
    ASSERT_FALSE(vault);
    EXPECT_EQ(vault.error().code, ErrorCode::CipherUnavailable);
    EXPECT_FALSE(vault.error().message.isEmpty());
    EXPECT_TRUE(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST(CipherUnavailableTest, OpeningAnExistingVaultIsRefusedUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.vault"));
    QByteArray bytes(8192, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 131 + 7) % 251);
    writeFile(path, bytes);
    const std::string before = vaultFilesHash(path);
    const auto vault = Vault::open(path, passphrase("heslo"));
    ASSERT_FALSE(vault);
    EXPECT_EQ(vault.error().code, ErrorCode::CipherUnavailable);
    EXPECT_EQ(vaultFilesHash(path), before);
}

} // namespace
