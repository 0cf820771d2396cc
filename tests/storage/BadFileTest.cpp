#include "core/common/Clock.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

/// Files that are not (or no longer) a readable vault: each gives a clear error and
/// stays byte for byte as it was.
class BadFileTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("bad.vault")); }

    /// Opens `path` with `key` and checks the error code and that nothing changed.
    void expectRefused(ErrorCode expected, const VaultKey& key)
    {
        const std::string before = vaultFilesHash(path());
        const auto vault = Vault::open(path(), key, m_clock);
        ASSERT_FALSE(vault);
        EXPECT_EQ(vault.error().code, expected) << qPrintable(vault.error().toString());
        EXPECT_FALSE(vault.error().message.isEmpty());
        EXPECT_EQ(vaultFilesHash(path()), before);
    }

    /// A database made through the driver, unkeyed or with `key`, holding one table.
    void makeDatabase(const VaultKey* key)
    {
        SqlCipherDriver::registerDriver();
        const QString name = QStringLiteral("bad-file-db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), name);
            if (key)
                qobject_cast<SqlCipherDriver*>(db.driver())->setPendingKey(*key);
            db.setDatabaseName(path());
            db.setConnectOptions(QStringLiteral("KOTVA_CREATE"));
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE notes (t TEXT)")));
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO notes VALUES ('mine')")));
        }
        QSqlDatabase::removeDatabase(name);
    }

    /// A real vault with enough rows to span many pages.
    void makeVault(const VaultKey& key)
    {
        auto vault = Vault::create(path(), key, m_clock);
        ASSERT_TRUE(vault);
        QSqlDatabase db = (*vault)->database();
        ASSERT_TRUE(db.transaction());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO contacts (pseudonym, channel, "
                                              "created_at) VALUES ('A', 'chat', %1)")
                                   .arg(m_clock.nowUtc().toSecsSinceEpoch())));
        query.prepare(QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                                     "VALUES (1, 'client', ?, ?)"));
        for (int i = 0; i < 400; ++i) {
            query.addBindValue(QString(200, QChar(u'a' + i % 26)));
            query.addBindValue(m_clock.nowUtc().toSecsSinceEpoch());
            ASSERT_TRUE(query.exec());
        }
        ASSERT_TRUE(db.commit());
    }

    void overwrite(qint64 offset, qint64 length)
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(offset));
        QByteArray garbage(length, '\0');
        QRandomGenerator generator(42);
        for (char& c : garbage)
            c = char(generator.bounded(256));
        ASSERT_EQ(file.write(garbage), length);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 5, 1), QTime(8, 0), Qt::UTC)};
};

TEST_F(BadFileTest, PlainSqliteDatabaseIsNotAVaultAndIsNotOverwritten)
{
    makeDatabase(nullptr);
    ASSERT_TRUE(readAll(path()).startsWith("SQLite format 3"));
    expectRefused(ErrorCode::NotAVault, rawKey());
    EXPECT_TRUE(readAll(path()).startsWith("SQLite format 3"));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_F(BadFileTest, TextDocumentIsNotAVault)
{
    QByteArray text;
    while (text.size() < 8192)
        text += QStringLiteral("Zápis ze supervize, září. Nic důležitého.\n").toUtf8();
    writeFile(path(), text);
    expectRefused(ErrorCode::NotAVault, rawKey());
}

TEST_F(BadFileTest, EmptyFileIsNotAVaultAndIsNotTurnedIntoOne)
{
    writeFile(path(), QByteArray());
    expectRefused(ErrorCode::NotAVault, rawKey());
    EXPECT_EQ(QFileInfo(path()).size(), 0);
}

TEST_F(BadFileTest, RandomBytesAreRefusedAndLeftAlone)
{
    QByteArray bytes(16384, '\0');
    QRandomGenerator generator(7);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    writeFile(path(), bytes);
    // Ciphertext under another key and random bytes cannot be told apart.
    expectRefused(ErrorCode::WrongKey, rawKey());
    expectRefused(ErrorCode::WrongKey, passphrase("heslo"));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
}

TEST_F(BadFileTest, RandomBytesThatAreNotWholePagesAreNotAVault)
{
    QByteArray bytes(1000, '\0');
    QRandomGenerator generator(9);
    for (char& c : bytes)
        c = char(generator.bounded(256));
    writeFile(path(), bytes);
    expectRefused(ErrorCode::NotAVault, rawKey());
}

TEST_F(BadFileTest, EncryptedDatabaseThatIsNotKotvasIsNotAVault)
{
    const VaultKey key = rawKey('c');
    makeDatabase(&key);
    expectRefused(ErrorCode::NotAVault, key);
}

TEST_F(BadFileTest, DamagedPagesInsideAVaultAreReportedAsCorrupt)
{
    makeVault(rawKey());
    ASSERT_GT(QFileInfo(path()).size(), 40 * 1024);
    overwrite(20 * 1024, 4 * 1024); // pages 21-24 of 1 KiB
    expectRefused(ErrorCode::Corrupt, rawKey());
}

// Issue 13, point 11: a vault cut short (a full disk, a copy that stopped) is damage, not a
// wrong key, and the message says what to do; the file stays as it is.
TEST_F(BadFileTest, AVaultCutShortIsReportedAsDamagedWithWhatToDo)
{
    makeVault(rawKey());
    const qint64 size = QFileInfo(path()).size();
    ASSERT_GT(size, 4096);
    ASSERT_TRUE(QFile::resize(path(), size - 300));
    expectRefused(ErrorCode::Corrupt, rawKey());
    const auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_FALSE(vault);
    EXPECT_TRUE(vault.error().message.contains(QStringLiteral("backup")))
        << vault.error().message.toStdString();
    EXPECT_EQ(QFileInfo(path()).size(), size - 300);
}

TEST_F(BadFileTest, DamagedFirstPageReadsLikeAWrongKeyAndSaysSo)
{
    makeVault(rawKey());
    overwrite(100, 200);
    expectRefused(ErrorCode::WrongKey, rawKey());
    const auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_FALSE(vault);
    EXPECT_TRUE(vault.error().message.contains(QStringLiteral("damaged")));
}

TEST_F(BadFileTest, VaultFromANewerKotvaIsRefusedUnchanged)
{
    makeVault(rawKey());
    {
        auto vault = Vault::open(path(), rawKey(), m_clock);
        ASSERT_TRUE(vault);
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const std::string before = vaultFilesHash(path());
    const auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_FALSE(vault);
    EXPECT_TRUE(vault.error().message.contains(QStringLiteral("newer version")));
    EXPECT_EQ(vaultFilesHash(path()), before);
}

} // namespace
