#include "core/storage/Vault.h"
#include "tests/keys/KeyringSession.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

/// Runs the real kotva-cli with `stdinText` on standard input, in English.
CliRun cli(QStringList arguments, const QByteArray& stdinText = {},
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    arguments.prepend(QStringLiteral("vault"));
    arguments << QStringLiteral("--lang") << QStringLiteral("en");
    process.start(kotva::test::cliPath(), arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(stdinText);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "kotva-cli crashed";
    return CliRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                  QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class VaultCli : public ::testing::Test
{
protected:
    QStringList withVault(std::initializer_list<QString> arguments) const
    {
        QStringList list(arguments);
        list << QStringLiteral("--vault") << path;
        return list;
    }
    CliRun createWithPassphrase(const QByteArray& passphrase = "correct horse battery\n")
    {
        return cli(withVault({QStringLiteral("create"), QStringLiteral("--passphrase-stdin")}),
                   passphrase);
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kotva.vault"));
};

TEST_F(VaultCli, CreateWithPassphraseMakesAnEncryptedFile)
{
    const CliRun run = createWithPassphrase();
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("key_source")).toString(),
              QStringLiteral("passphrase"));
    const QByteArray bytes = fileBytes(path);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.startsWith("SQLite format 3"));
    EXPECT_FALSE(bytes.contains("correct horse battery"));
}

TEST_F(VaultCli, InfoPrintsTheFactsAsJson)
{
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const CliRun run =
        cli(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-stdin")}),
            "correct horse battery\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject info = run.json();
    EXPECT_FALSE(info.value(QStringLiteral("sqlcipher_version")).toString().isEmpty());
    EXPECT_GE(info.value(QStringLiteral("kdf_iterations")).toInt(), 256000);
    EXPECT_GE(info.value(QStringLiteral("schema_version")).toInt(), 1);
    EXPECT_GT(info.value(QStringLiteral("page_count")).toInteger(), 0);
    const QJsonObject retention = info.value(QStringLiteral("retention")).toObject();
    EXPECT_EQ(retention.value(QStringLiteral("message_days")).toInt(), 30);
    EXPECT_EQ(retention.value(QStringLiteral("record_months")).toInt(), 12);
    ASSERT_TRUE(info.contains(QStringLiteral("oldest_record_age_seconds")));
    EXPECT_TRUE(info.value(QStringLiteral("oldest_record_age_seconds")).isNull());
}

// Issue 13, point 5: facts printed into a full standard output are a failure, not exit 0.
TEST_F(VaultCli, InfoIntoAFullOutputIsAFailure)
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here";
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(kotva::test::cliPath(),
                  withVault({QStringLiteral("vault"), QStringLiteral("info"),
                             QStringLiteral("--passphrase-stdin"), QStringLiteral("--lang"),
                             QStringLiteral("en")}));
    ASSERT_TRUE(process.waitForStarted());
    process.write("correct horse battery\n");
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(process.readAllStandardError().contains("could not be written"));
}

// Issue 13, point 4: "info" at a time far past the vault's last use deletes nothing and
// says the purge waits; "purge" then deletes only with --confirm-clock.
TEST_F(VaultCli, AClockJumpDeletesNothingUntilConfirmed)
{
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const CliRun info =
        cli(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-stdin"),
                       QStringLiteral("--now"), QStringLiteral("2099-01-01T00:00:00Z")}),
            "correct horse battery\n");
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.json().value(QStringLiteral("purge_held")).toBool());
    const CliRun refused =
        cli(withVault({QStringLiteral("purge"), QStringLiteral("--passphrase-stdin"),
                       QStringLiteral("--now"), QStringLiteral("2099-01-01T00:00:00Z")}),
            "correct horse battery\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--confirm-clock")))
        << refused.err.toStdString();
}

TEST_F(VaultCli, PurgeRunsAtTheGivenTime)
{
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const CliRun run =
        cli(withVault({QStringLiteral("purge"), QStringLiteral("--passphrase-stdin"),
                       QStringLiteral("--now"), QStringLiteral("2027-06-01T08:00:00Z"),
                       QStringLiteral("--confirm-clock")}),
            "correct horse battery\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject report = run.json();
    EXPECT_EQ(report.value(QStringLiteral("ran_at")).toString(),
              QStringLiteral("2027-06-01T08:00:00Z"));
    EXPECT_EQ(report.value(QStringLiteral("messages_removed")).toInteger(-1), 0);
    EXPECT_EQ(report.value(QStringLiteral("records_removed")).toInteger(-1), 0);
}

TEST_F(VaultCli, PurgeReportsWhatExpiredAtTheGivenTime)
{
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const QDateTime written(QDate(2027, 1, 4), QTime(10, 0), Qt::UTC);
    {
        kotva::FixedClock clock(written);
        auto key = kotva::VaultKey::fromPassphrase(
            kotva::SecureBuffer::copyOf("correct horse battery", 21));
        ASSERT_TRUE(key.has_value());
        auto vault = kotva::Vault::open(path, *key, clock);
        ASSERT_TRUE(vault.has_value()) << vault.error().toString().toStdString();
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(
            QStringLiteral(
                "INSERT INTO contacts (pseudonym, channel, created_at) VALUES ('Jana', 'chat', %1)")
                .arg(written.toSecsSinceEpoch())));
        const qint64 contact = query.lastInsertId().toLongLong();
        for (int i = 0; i < 2; ++i) {
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO messages (contact_id, author, body, "
                                                  "created_at) VALUES (%1, 'client', 'ahoj', %2)")
                                       .arg(contact)
                                       .arg(written.toSecsSinceEpoch())));
        }
    }
    const QStringList purgeAt{QStringLiteral("purge"), QStringLiteral("--passphrase-stdin"),
                              QStringLiteral("--vault"), path, QStringLiteral("--now")};
    // Within the 30 days nothing goes; after them both message texts do.
    const CliRun early = cli(purgeAt + QStringList{QStringLiteral("2027-01-20T10:00:00Z")},
                             "correct horse battery\n");
    ASSERT_EQ(early.exitCode, 0) << early.err.toStdString();
    EXPECT_EQ(early.json().value(QStringLiteral("messages_removed")).toInteger(-1), 0);
    const CliRun late = cli(purgeAt + QStringList{QStringLiteral("2027-02-10T10:00:00Z")},
                            "correct horse battery\n");
    ASSERT_EQ(late.exitCode, 0) << late.err.toStdString();
    EXPECT_EQ(late.json().value(QStringLiteral("messages_removed")).toInteger(-1), 2);
    const CliRun info =
        cli(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-stdin"),
                       QStringLiteral("--now"), QStringLiteral("2027-02-10T10:00:00Z")}),
            "correct horse battery\n");
    ASSERT_EQ(info.exitCode, 0);
    // The contact itself stays until the record retention (12 months): 37 days old.
    EXPECT_EQ(info.json().value(QStringLiteral("oldest_record_age_seconds")).toInteger(-1),
              37 * 24 * 3600);
}

TEST_F(VaultCli, WrongPassphraseFailsClearlyAndChangesNothing)
{
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const QByteArray before = fileBytes(path);
    const CliRun run =
        cli(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-stdin")}),
            "wrong horse battery\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("passphrase does not open the vault")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_F(VaultCli, CreateRefusesToReplaceAnyFile)
{
    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const QByteArray before = fileBytes(path);
    const CliRun again = createWithPassphrase("another passphrase\n");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QLatin1String("already exists"))) << again.err.toStdString();
    EXPECT_EQ(fileBytes(path), before);

    const QString other = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(other);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a vault");
    file.close();
    const CliRun overText = cli({QStringLiteral("create"), QStringLiteral("--vault"), other});
    EXPECT_EQ(overText.exitCode, 1);
    EXPECT_EQ(fileBytes(other), QByteArray("not a vault"));
}

TEST_F(VaultCli, ATooShortPassphraseIsRefused)
{
    const CliRun run = createWithPassphrase("short\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("at least 8 characters"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(VaultCli, MissingVaultIsAClearError)
{
    const CliRun run =
        cli(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-stdin")}),
            "correct horse battery\n");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("no vault"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(VaultCli, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("explode")}).exitCode, 2);
    EXPECT_EQ(cli(withVault({QStringLiteral("info"), QStringLiteral("--bogus")})).exitCode, 2);
    const CliRun badTime = cli(
        withVault({QStringLiteral("purge"), QStringLiteral("--now"), QStringLiteral("yesterday")}));
    EXPECT_EQ(badTime.exitCode, 2);
    EXPECT_FALSE(badTime.err.isEmpty());
    EXPECT_EQ(cli(withVault({QStringLiteral("change-key")})).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(VaultCli, KeychainVaultCreateAndInfoUnderTheRealKeyring)
{
    const CliRun created = cli(withVault({QStringLiteral("create")}));
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.json().value(QStringLiteral("key_source")).toString(),
              QStringLiteral("keychain"));
    const CliRun info = cli(withVault({QStringLiteral("info")}));
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_EQ(info.json().value(QStringLiteral("key_source")).toString(),
              QStringLiteral("keychain"));
    EXPECT_GE(info.json().value(QStringLiteral("schema_version")).toInt(), 1);
}

TEST_F(VaultCli, KeyChangesBetweenKeychainAndPassphrase)
{
    ASSERT_EQ(cli(withVault({QStringLiteral("create")})).exitCode, 0);
    const CliRun toPassphrase = cli(withVault({QStringLiteral("change-key"), QStringLiteral("--to"),
                                               QStringLiteral("passphrase")}),
                                    "staple battery horse\n");
    ASSERT_EQ(toPassphrase.exitCode, 0) << toPassphrase.err.toStdString();
    const CliRun keychainGone = cli(withVault({QStringLiteral("info")}));
    EXPECT_EQ(keychainGone.exitCode, 1);
    EXPECT_TRUE(keychainGone.err.contains(QLatin1String("--passphrase-stdin")))
        << keychainGone.err.toStdString();
    const CliRun withPassphrase =
        cli(withVault({QStringLiteral("info"), QStringLiteral("--passphrase-stdin")}),
            "staple battery horse\n");
    ASSERT_EQ(withPassphrase.exitCode, 0) << withPassphrase.err.toStdString();

    const CliRun toKeychain =
        cli(withVault({QStringLiteral("change-key"), QStringLiteral("--to"),
                       QStringLiteral("keychain"), QStringLiteral("--passphrase-stdin")}),
            "staple battery horse\n");
    ASSERT_EQ(toKeychain.exitCode, 0) << toKeychain.err.toStdString();
    EXPECT_EQ(cli(withVault({QStringLiteral("info")})).exitCode, 0);
}

TEST_F(VaultCli, WithoutAKeychainTheUserIsToldToUseAPassphrase)
{
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("no-bus")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.remove(QStringLiteral("DISPLAY"));
    const CliRun run = cli(withVault({QStringLiteral("create")}), {}, environment);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("passphrase"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(path)) << "nothing is left behind";

    ASSERT_EQ(createWithPassphrase().exitCode, 0);
    const CliRun info = cli(withVault({QStringLiteral("info")}), {}, environment);
    EXPECT_EQ(info.exitCode, 1);
    EXPECT_TRUE(info.err.contains(QLatin1String("--passphrase-stdin"))) << info.err.toStdString();
}

} // namespace
