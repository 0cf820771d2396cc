#include "core/common/Clock.h"
#include "core/storage/ConnectionSetup.h"
#include "core/storage/Migrations.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::storage;
using namespace kotva::test;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 6, 2), QTime(9, 30), Qt::UTC);

TEST(MigrationRegistryTest, EveryHistoryStartsAtOneWithoutGapsAndEachStepHasStatements)
{
    const auto check = [](std::span<const Migration> steps, const char* owner) {
        int expected = 1;
        for (const Migration& migration : steps) {
            EXPECT_EQ(migration.version, expected++) << owner;
            EXPECT_FALSE(migration.statements.empty()) << owner;
            EXPECT_STRNE(migration.description, "") << owner;
        }
    };
    check(legacyMigrations(), "legacy");
    EXPECT_EQ(legacyMigrations().size(), 4U) << "the frozen history of Kotva 0.1";
    ASSERT_FALSE(Schema::current().parts().empty());
    for (const SchemaPart& part : Schema::current().parts())
        check(part.migrations, part.module);
}

/// Builds a vault that Kotva 0.1 left at one of its schema versions, then opens it with the
/// current code: it must be handed over to the modules' parts with every row intact.
class MigrationTest : public ::testing::TestWithParam<int>
{
protected:
    void buildAtVersion(int version)
    {
        SqlCipherDriver::registerDriver();
        const QString name = QStringLiteral("migration-%1").arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), name);
            qobject_cast<SqlCipherDriver*>(db.driver())->setPendingKey(rawKey());
            db.setDatabaseName(path());
            db.setConnectOptions(QStringLiteral("KOTVA_CREATE"));
            ASSERT_TRUE(db.open());
            ASSERT_TRUE(applyConnectionPragmas(db));
            const Status migrated = migrateLegacy(db, version);
            ASSERT_TRUE(migrated) << qPrintable(migrated.error().toString());
            ASSERT_EQ(*schemaVersion(db), version);

            // Rows in the v1 shape, which every later version must keep.
            const qint64 t = Now.toSecsSinceEpoch() - 86400;
            QSqlQuery query(db);
            for (const QString& sql : {
                     QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                                    "VALUES (1, 'Lucie', 'phone', %1)"),
                     QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                                    "VALUES (1, 'worker', 'Jsem tady, poslouchám.', %1)"),
                     QStringLiteral("INSERT INTO findings (contact_id, kind, rule, created_at) "
                                    "VALUES (1, 'boundary', 'diagnosis', %1)"),
                     QStringLiteral("INSERT INTO records (kind, details, created_at) "
                                    "VALUES ('contact', '{\"minutes\":20}', %1)"),
                     QStringLiteral("UPDATE settings SET value = '90' "
                                    "WHERE key = 'retention.message_days'"),
                 }) {
                ASSERT_TRUE(query.exec(sql.contains(u'%') ? sql.arg(t) : sql))
                    << qPrintable(query.lastError().text());
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("old.vault")); }

    static QString one(Vault& vault, const QString& sql)
    {
        QSqlQuery query(vault.database());
        EXPECT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text());
        EXPECT_TRUE(query.next());
        return query.value(0).toString();
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{Now};
};

TEST_P(MigrationTest, OpeningMigratesToTheLatestVersionAndKeepsTheData)
{
    buildAtVersion(GetParam());
    auto vault = Vault::open(path(), rawKey(), m_clock);
    ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
    const auto info = (*vault)->info();
    ASSERT_TRUE(info);
    EXPECT_EQ(info->schemaVersion, latestSchemaVersion());
    EXPECT_EQ((*vault)->retention().messageDays, 90);
    EXPECT_EQ(one(**vault, QStringLiteral("SELECT pseudonym FROM contacts")),
              QStringLiteral("Lucie"));
    EXPECT_EQ(one(**vault, QStringLiteral("SELECT body FROM messages")),
              QStringLiteral("Jsem tady, poslouchám."));
    EXPECT_EQ(one(**vault, QStringLiteral("SELECT rule FROM findings")),
              QStringLiteral("diagnosis"));
    EXPECT_EQ(one(**vault, QStringLiteral("SELECT details FROM records")),
              QStringLiteral("{\"minutes\":20}"));
    EXPECT_EQ(one(**vault, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    // The cascade from v1 still holds after every migration.
    QSqlQuery query((*vault)->database());
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM contacts")));
    EXPECT_EQ(one(**vault, QStringLiteral("SELECT count(*) FROM messages")), QStringLiteral("0"));
}

std::vector<int> earlierVersions()
{
    std::vector<int> versions;
    for (const Migration& migration : legacyMigrations())
        versions.push_back(migration.version);
    return versions;
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationTest, ::testing::ValuesIn(earlierVersions()),
                         [](const auto& param) { return "v" + std::to_string(param.param); });

TEST(MigrationFailureTest, AFailingMigrationLeavesTheVersionBefore)
{
    // A migration that breaks half-way must not leave its first statements behind.
    QTemporaryDir dir;
    SqlCipherDriver::registerDriver();
    const QString name = QStringLiteral("migration-failure");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("KOTVA_SQLCIPHER"), name);
        qobject_cast<SqlCipherDriver*>(db.driver())->setPendingKey(rawKey());
        db.setDatabaseName(dir.filePath(QStringLiteral("f.vault")));
        db.setConnectOptions(QStringLiteral("KOTVA_CREATE"));
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(migrateLegacy(db, 1));
        QSqlQuery query(db);
        // Occupy a name that v2 wants, so its second statement fails.
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE messages_created (x)")));
        const Status migrated = migrate(db);
        EXPECT_FALSE(migrated);
        EXPECT_EQ(*schemaVersion(db), 1);
        ASSERT_TRUE(query.exec(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_created'")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(PartVersionTest, AVaultWithAModuleThisKotvaLacksIsRefusedUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.vault"));
    FixedClock clock{Now};
    {
        auto vault = Vault::create(path, rawKey(), clock);
        ASSERT_TRUE(vault) << qPrintable(vault.error().toString());
        QSqlQuery query((*vault)->database());
        // A newer Kotva's module (one this Kotva has never heard of) left its mark.
        ASSERT_TRUE(query.exec(
            QStringLiteral("INSERT INTO schema_parts (module, version) VALUES ('federation', 1)")));
    }
    const std::string before = vaultFilesHash(path);
    auto reopened = Vault::open(path, rawKey(), clock);
    ASSERT_FALSE(reopened);
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer version")))
        << qPrintable(reopened.error().message);
    EXPECT_EQ(vaultFilesHash(path), before);
}
