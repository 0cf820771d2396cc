#include "core/storage/Vault.h"

#include "core/common/Clock.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/storage/StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 3, 14), QTime(10, 0), Qt::UTC);

class VaultTest : public ::testing::Test
{
protected:
    QString vaultPath() const { return m_dir.filePath(QStringLiteral("test.vault")); }

    std::unique_ptr<Vault> createVault(const VaultKey& key)
    {
        auto vault = Vault::create(vaultPath(), key, m_clock);
        EXPECT_TRUE(vault.has_value()) << (vault ? "" : qPrintable(vault.error().toString()));
        return vault ? std::move(*vault) : nullptr;
    }

    static qint64 addContact(Vault& vault, const QString& pseudonym, qint64 createdAt)
    {
        QSqlQuery query(vault.database());
        query.prepare(QStringLiteral("INSERT INTO contacts (pseudonym, channel, created_at) "
                                     "VALUES (:pseudonym, 'chat', :created)"));
        query.bindValue(QStringLiteral(":pseudonym"), pseudonym);
        query.bindValue(QStringLiteral(":created"), createdAt);
        EXPECT_TRUE(query.exec()) << qPrintable(query.lastError().text());
        return query.lastInsertId().toLongLong();
    }

    static void addMessage(Vault& vault, qint64 contact, const QString& body, qint64 createdAt)
    {
        QSqlQuery query(vault.database());
        query.prepare(QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                                     "VALUES (?, 'client', ?, ?)"));
        query.addBindValue(contact);
        query.addBindValue(body);
        query.addBindValue(createdAt);
        EXPECT_TRUE(query.exec()) << qPrintable(query.lastError().text());
    }

    static QStringList bodies(Vault& vault)
    {
        QStringList out;
        QSqlQuery query(vault.database());
        query.setForwardOnly(true);
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT body FROM messages ORDER BY id")));
        while (query.next())
            out << query.value(0).toString();
        return out;
    }

    static QString pragma(Vault& vault, const char* name)
    {
        QSqlQuery query(vault.database());
        EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)));
        EXPECT_TRUE(query.next());
        return query.value(0).toString();
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{Now};
};

TEST_F(VaultTest, CreatedVaultReopensWithItsKeyAndKeepsWhatWasWritten)
{
    auto vault = createVault(rawKey());
    ASSERT_TRUE(vault);
    const qint64 contact = addContact(*vault, QStringLiteral("Jana"), Now.toSecsSinceEpoch());
    addMessage(*vault, contact, QStringLiteral("Ahoj, potřebuju si promluvit"),
               Now.toSecsSinceEpoch());
    vault.reset();

    auto reopened = Vault::open(vaultPath(), rawKey(), m_clock);
    ASSERT_TRUE(reopened) << qPrintable(reopened.error().toString());
    EXPECT_EQ(bodies(**reopened), QStringList{QStringLiteral("Ahoj, potřebuju si promluvit")});
    EXPECT_EQ((*reopened)->path(), QFileInfo(vaultPath()).absoluteFilePath());
}

// Issue 13: the vault, its -wal and -shm are readable by their owner alone, from the start
// and after a copy with looser modes is opened.
TEST_F(VaultTest, TheVaultsFilesAreTheOwnersAlone)
{
    const auto mode = [](const QString& path) {
        struct stat info
        {};
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
        return info.st_mode & 0777;
    };
    ::umask(022); // as most desktops run
    auto vault = createVault(rawKey());
    ASSERT_TRUE(vault);
    addContact(*vault, QStringLiteral("Jana"), Now.toSecsSinceEpoch());
    EXPECT_EQ(mode(vaultPath()), 0600u);
    ASSERT_TRUE(QFile::exists(vaultPath() + QStringLiteral("-wal")));
    EXPECT_EQ(mode(vaultPath() + QStringLiteral("-wal")), 0600u);
    EXPECT_EQ(mode(vaultPath() + QStringLiteral("-shm")), 0600u);
    vault.reset();

    ASSERT_EQ(::chmod(QFile::encodeName(vaultPath()).constData(), 0644), 0);
    auto reopened = Vault::open(vaultPath(), rawKey(), m_clock);
    ASSERT_TRUE(reopened) << qPrintable(reopened.error().toString());
    EXPECT_EQ(mode(vaultPath()), 0600u);
}

TEST_F(VaultTest, FileDoesNotStartWithThePlainSqliteHeader)
{
    auto vault = createVault(rawKey());
    ASSERT_TRUE(vault);
    vault.reset();
    const QByteArray head = readAll(vaultPath()).left(16);
    ASSERT_EQ(head.size(), 16);
    EXPECT_FALSE(head.startsWith("SQLite format 3"));
}

TEST_F(VaultTest, WrittenTextIsNeitherInTheFileNorInTheWal)
{
    const QString secret = QStringLiteral("Tajemství klientky Zdeňky 7741");
    auto vault = createVault(passphrase("správné heslo"));
    ASSERT_TRUE(vault);
    const qint64 contact = addContact(*vault, QStringLiteral("Zdeňka"), Now.toSecsSinceEpoch());
    for (int i = 0; i < 50; ++i)
        addMessage(*vault, contact, secret, Now.toSecsSinceEpoch());

    // While open, the rows sit in the WAL; then, after close, in the main file.
    const QString wal = vaultPath() + QStringLiteral("-wal");
    ASSERT_TRUE(QFile::exists(wal));
    ASSERT_GT(QFileInfo(wal).size(), 0);
    EXPECT_FALSE(fileContainsText(wal, secret));
    EXPECT_FALSE(fileContainsText(vaultPath(), secret));
    EXPECT_FALSE(fileContainsText(wal, QStringLiteral("Zdeňka")));
    vault.reset();
    EXPECT_FALSE(fileContainsText(vaultPath(), secret));
    EXPECT_FALSE(fileContainsText(vaultPath(), QStringLiteral("CREATE TABLE")));
}

TEST_F(VaultTest, ConnectionIsConfiguredAsRequired)
{
    auto vault = createVault(passphrase("heslo"));
    ASSERT_TRUE(vault);
    EXPECT_EQ(pragma(*vault, "secure_delete"), QStringLiteral("1"));
    EXPECT_EQ(pragma(*vault, "foreign_keys"), QStringLiteral("1"));
    EXPECT_EQ(pragma(*vault, "temp_store"), QStringLiteral("2"));
    EXPECT_EQ(pragma(*vault, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*vault, "cipher_page_size"), QStringLiteral("4096"));
    EXPECT_EQ(vault->database().driverName(), QStringLiteral("KOTVA_SQLCIPHER"));

    const auto info = vault->info();
    ASSERT_TRUE(info) << qPrintable(info.error().toString());
    EXPECT_FALSE(info->cipherVersion.isEmpty());
    EXPECT_GE(info->kdfIterations, 256000);
    EXPECT_EQ(info->schemaVersion, storage::latestSchemaVersion());
    EXPECT_GT(info->pageCount, 0);
    EXPECT_EQ(info->retention, RetentionPolicy{});
    EXPECT_FALSE(info->oldestRecordAgeSeconds.has_value());

    addContact(*vault, QStringLiteral("Petr"), Now.toSecsSinceEpoch() - 3600);
    const auto later = vault->info();
    ASSERT_TRUE(later);
    EXPECT_EQ(later->oldestRecordAgeSeconds, std::optional<qint64>(3600));
}

TEST_F(VaultTest, PassphraseKeyIsDerivedWith256000Iterations)
{
    ASSERT_TRUE(createVault(passphrase("dlouhé heslo")));
    // Open the file by hand with SQLCipher's own pragmas: only 256000 iterations open it.
    SqlCipherDriver::registerDriver();
    for (const int iterations : {64000, 256000}) {
        const QString name = QStringLiteral("kdf-%1").arg(iterations);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), name);
            db.setDatabaseName(vaultPath());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA key = 'dlouhé heslo'")));
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA kdf_iter = %1").arg(iterations)));
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA cipher_page_size = 4096")));
            const bool opened = query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            EXPECT_EQ(opened, iterations == 256000) << iterations;
        }
        QSqlDatabase::removeDatabase(name);
    }
}

TEST_F(VaultTest, CreateRefusesAnythingAlreadyThere)
{
    writeFile(vaultPath(), QByteArrayLiteral("my notes"));
    const std::string before = vaultFilesHash(vaultPath());
    const auto vault = Vault::create(vaultPath(), rawKey(), m_clock);
    ASSERT_FALSE(vault);
    EXPECT_EQ(vault.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(vaultFilesHash(vaultPath()), before);
    EXPECT_TRUE(Vault::existsAt(vaultPath()));
}

TEST_F(VaultTest, OpeningAMissingVaultCreatesNothing)
{
    const auto vault = Vault::open(vaultPath(), rawKey(), m_clock);
    ASSERT_FALSE(vault);
    EXPECT_EQ(vault.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(QFile::exists(vaultPath()));
    EXPECT_FALSE(Vault::existsAt(vaultPath()));
}

TEST_F(VaultTest, WrongKeyIsRefusedAndLeavesTheFilesByteIdentical)
{
    auto vault = createVault(rawKey('a'));
    ASSERT_TRUE(vault);
    const qint64 contact = addContact(*vault, QStringLiteral("Eva"), Now.toSecsSinceEpoch());
    addMessage(*vault, contact, QStringLiteral("text"), Now.toSecsSinceEpoch());

    // Once while the vault is open (its WAL holds data), once after it was closed.
    for (int round = 0; round < 2; ++round) {
        const std::string before = vaultFilesHash(vaultPath());
        for (const VaultKey& wrong : {rawKey('b'), passphrase("aaaa")}) {
            const auto attempt = Vault::open(vaultPath(), wrong, m_clock);
            ASSERT_FALSE(attempt);
            EXPECT_EQ(attempt.error().code, ErrorCode::WrongKey);
            EXPECT_TRUE(attempt.error().message.contains(QStringLiteral("damaged")));
            EXPECT_EQ(vaultFilesHash(vaultPath()), before) << "round " << round;
        }
        vault.reset();
    }
    EXPECT_TRUE(Vault::open(vaultPath(), rawKey('a'), m_clock));
}

// Issue 13, point 3: after a crash the -wal holds the newest writes and no connection is
// open. A wrong key then changes nothing: the vault, the -wal and the -shm stay as they were,
// and the right key finds every write.
TEST_F(VaultTest, AWrongKeyAfterACrashLeavesTheWalAndTheVaultAsTheyWere)
{
    auto vault = createVault(rawKey('a'));
    ASSERT_TRUE(vault);
    const qint64 contact = addContact(*vault, QStringLiteral("Eva"), Now.toSecsSinceEpoch());
    addMessage(*vault, contact, QStringLiteral("napsáno těsně před pádem"), Now.toSecsSinceEpoch());
    // What a crash leaves: the files as they are while the vault is open.
    const QString crashed = m_dir.filePath(QStringLiteral("crashed.vault"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        ASSERT_TRUE(QFile::copy(vaultPath() + suffix, crashed + suffix)) << suffix.toStdString();
    vault.reset();
    ASSERT_TRUE(QFile::exists(crashed + QStringLiteral("-wal")));

    const std::string before = vaultFilesHash(crashed);
    const auto attempt = Vault::open(crashed, rawKey('b'), m_clock);
    ASSERT_FALSE(attempt);
    EXPECT_EQ(attempt.error().code, ErrorCode::WrongKey);
    EXPECT_EQ(vaultFilesHash(crashed), before);
    EXPECT_TRUE(QFile::exists(crashed + QStringLiteral("-wal")));

    auto reopened = Vault::open(crashed, rawKey('a'), m_clock);
    ASSERT_TRUE(reopened) << qPrintable(reopened.error().toString());
    EXPECT_EQ(bodies(**reopened), QStringList{QStringLiteral("napsáno těsně před pádem")});
}

TEST_F(VaultTest, WrongPassphraseIsRefused)
{
    ASSERT_TRUE(createVault(passphrase("správné")));
    const std::string before = vaultFilesHash(vaultPath());
    const auto attempt = Vault::open(vaultPath(), passphrase("spravne"), m_clock);
    ASSERT_FALSE(attempt);
    EXPECT_EQ(attempt.error().code, ErrorCode::WrongKey);
    EXPECT_EQ(vaultFilesHash(vaultPath()), before);
    EXPECT_TRUE(Vault::open(vaultPath(), passphrase("správné"), m_clock));
}

TEST_F(VaultTest, RekeyRoundTripRawPassphraseRaw)
{
    auto vault = createVault(rawKey('1'));
    ASSERT_TRUE(vault);
    const qint64 contact = addContact(*vault, QStringLiteral("Karel"), Now.toSecsSinceEpoch());
    addMessage(*vault, contact, QStringLiteral("zůstane"), Now.toSecsSinceEpoch());

    ASSERT_TRUE(vault->rekey(passphrase("nové heslo")));
    vault.reset();
    EXPECT_EQ(Vault::open(vaultPath(), rawKey('1'), m_clock).error().code, ErrorCode::WrongKey);
    auto second = Vault::open(vaultPath(), passphrase("nové heslo"), m_clock);
    ASSERT_TRUE(second) << qPrintable(second.error().toString());
    EXPECT_EQ(bodies(**second), QStringList{QStringLiteral("zůstane")});
    const auto info = (*second)->info();
    ASSERT_TRUE(info);
    EXPECT_GE(info->kdfIterations, 256000);

    ASSERT_TRUE((*second)->rekey(rawKey('2')));
    second->reset();
    EXPECT_EQ(Vault::open(vaultPath(), passphrase("nové heslo"), m_clock).error().code,
              ErrorCode::WrongKey);
    auto third = Vault::open(vaultPath(), rawKey('2'), m_clock);
    ASSERT_TRUE(third) << qPrintable(third.error().toString());
    EXPECT_EQ(bodies(**third), QStringList{QStringLiteral("zůstane")});
}

TEST_F(VaultTest, RekeyIsRefusedWhileAQueryIsReadingAndTheOldKeyStillWorks)
{
    auto vault = createVault(rawKey('1'));
    ASSERT_TRUE(vault);
    const qint64 contact = addContact(*vault, QStringLiteral("Ola"), Now.toSecsSinceEpoch());
    for (int i = 0; i < 3; ++i)
        addMessage(*vault, contact, QStringLiteral("m"), Now.toSecsSinceEpoch());
    {
        QSqlQuery reading(vault->database());
        reading.setForwardOnly(true);
        ASSERT_TRUE(reading.exec(QStringLiteral("SELECT id FROM messages")));
        ASSERT_TRUE(reading.next());
        const Status refused = vault->rekey(rawKey('2'));
        EXPECT_FALSE(refused);
    }
    vault.reset();
    EXPECT_TRUE(Vault::open(vaultPath(), rawKey('1'), m_clock));
}

TEST_F(VaultTest, DefaultPathIsInTheApplicationDataFolder)
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/kotva.vault");
    EXPECT_EQ(Vault::defaultPath(), expected);
}

} // namespace
