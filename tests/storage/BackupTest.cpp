// Backups of real SQLCipher vaults into a real folder: each is a vault of its own under the
// backup passphrase, whole or absent, rotated, and never a way for expired text to return.

#include "core/common/Clock.h"
#include "core/storage/BackupService.h"
#include "core/storage/Vault.h"
#include "core/storage/VaultBackup.h"
#include "tests/storage/StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
const QString OldText = QStringLiteral("zpráva, která už měla zmizet");
const QString NewText = QStringLiteral("čerstvá zpráva z dneška");

qint64 count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text());
    return query.next() ? query.value(0).toLongLong() : -1;
}

void addMessage(QSqlDatabase db, const QString& text, const QDateTime& when)
{
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT OR IGNORE INTO contacts (id, pseudonym, "
                                          "channel, created_at) VALUES (1, 'Eva', 'chat', %1)")
                               .arg(when.toSecsSinceEpoch())));
    ASSERT_TRUE(query.prepare(QStringLiteral(
        "INSERT INTO messages (contact_id, author, body, created_at) VALUES (1, 'client', ?, ?)")));
    query.addBindValue(text);
    query.addBindValue(when.toSecsSinceEpoch());
    ASSERT_TRUE(query.exec()) << qPrintable(query.lastError().text());
}

qint64 messages(const Vault& vault, const QString& text)
{
    return count(vault.database(),
                 QStringLiteral("SELECT count(*) FROM messages WHERE body = '%1'").arg(text));
}

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("backups")));
        auto created = Vault::create(vaultPath, rawKey('a'), clock);
        ASSERT_TRUE(created) << qPrintable(created.error().toString());
        vault = std::move(*created);
    }

    QTemporaryDir dir;
    QString vaultPath = dir.filePath(QStringLiteral("kotva.vault"));
    QString folder = dir.filePath(QStringLiteral("backups"));
    FixedClock clock{Start};
    std::unique_ptr<Vault> vault;
};

TEST_F(BackupTest, ABackupIsAVaultOfItsOwnUnderTheBackupPassphrase)
{
    addMessage(vault->database(), NewText, Start);
    const Result<QString> written = VaultBackup::write(*vault, folder, passphrase("záloha 2026"));
    ASSERT_TRUE(written) << qPrintable(written.error().toString());
    EXPECT_EQ(QFileInfo(*written).fileName(), QStringLiteral("kotva-backup-20260302-093000.vault"));
    EXPECT_EQ(QFile::permissions(*written) & 0x0077, 0) << "only the owner may read it";
    EXPECT_FALSE(fileContainsText(*written, NewText)) << "encrypted on the disk";
    // Nothing half-written is left behind.
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // The vault's own key does not open it; the backup passphrase does, with everything in.
    EXPECT_EQ(Vault::open(*written, rawKey('a'), clock).error().code, ErrorCode::WrongKey);
    auto opened = Vault::open(*written, passphrase("záloha 2026"), clock);
    ASSERT_TRUE(opened) << qPrintable(opened.error().toString());
    EXPECT_EQ(messages(**opened, NewText), 1);
    EXPECT_EQ((*opened)->info()->schemaVersion, vault->info()->schemaVersion);
}

TEST_F(BackupTest, NothingExpiredLeavesWithABackup)
{
    addMessage(vault->database(), OldText, Start);
    clock.advanceSeconds(40 * 86400); // the message text expires after 30 days
    addMessage(vault->database(), NewText, clock.nowUtc());
    const Result<QString> written = VaultBackup::write(*vault, folder, passphrase("záloha"));
    ASSERT_TRUE(written);
    EXPECT_FALSE(fileContainsText(*written, OldText));
    auto opened = Vault::open(*written, passphrase("záloha"), clock);
    ASSERT_TRUE(opened);
    EXPECT_EQ(messages(**opened, OldText), 0);
    EXPECT_EQ(messages(**opened, NewText), 1);
}

TEST_F(BackupTest, TheNewestAreKeptAndOtherFilesAreLeftAlone)
{
    QFile other(QDir(folder).filePath(QStringLiteral("poznamky.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    QStringList made;
    for (int day = 0; day < 5; ++day) {
        const Result<QString> written = VaultBackup::write(*vault, folder, passphrase("z"), 3);
        ASSERT_TRUE(written) << qPrintable(written.error().toString());
        made << *written;
        clock.advanceSeconds(86400);
    }
    const QList<BackupFile> kept = VaultBackup::list(folder);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept.at(0).path, made.at(4)) << "newest first";
    EXPECT_EQ(kept.at(2).path, made.at(2));
    EXPECT_TRUE(other.exists());
}

TEST_F(BackupTest, ABackupOlderThanTheRecordsMayLiveIsDeleted)
{
    ASSERT_TRUE(VaultBackup::write(*vault, folder, passphrase("z"), 30));
    clock.advanceSeconds(400LL * 86400); // past the 12 months any record may live
    ASSERT_TRUE(VaultBackup::write(*vault, folder, passphrase("z"), 30));
    EXPECT_EQ(VaultBackup::list(folder).size(), 1);
}

TEST_F(BackupTest, AMissingFolderIsAClearErrorAndWritesNothing)
{
    const Result<QString> written =
        VaultBackup::write(*vault, dir.filePath(QStringLiteral("usb-disk")), passphrase("z"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("usb-disk")));
}

TEST_F(BackupTest, RestoreReplacesTheContentAndPurgesWhatExpiredSinceTheBackup)
{
    addMessage(vault->database(), OldText, Start);
    const Result<QString> written = VaultBackup::write(*vault, folder, passphrase("záloha"));
    ASSERT_TRUE(written);
    addMessage(vault->database(), NewText, Start);

    // Three months later the backup is restored: the old message expired meanwhile and
    // must not come back, although the backup still holds it.
    clock.advanceSeconds(90 * 86400);
    const Status restored = VaultBackup::restore(*vault, *written, passphrase("záloha"));
    ASSERT_TRUE(restored) << restored.error().toString().toStdString();
    EXPECT_EQ(messages(*vault, OldText), 0);
    EXPECT_EQ(messages(*vault, NewText), 0) << "the state of the backup, not of the vault";
    EXPECT_EQ(count(vault->database(), QStringLiteral("SELECT count(*) FROM contacts")), 1);
    EXPECT_FALSE(QFile::exists(vaultPath + QStringLiteral(".restoring")));
    vault->close();
    EXPECT_FALSE(fileContainsText(vaultPath, OldText));
    EXPECT_FALSE(fileContainsText(vaultPath, NewText)) << "the replaced rows are wiped";
    // The vault's own key still opens it.
    EXPECT_TRUE(Vault::open(vaultPath, rawKey('a'), clock));
}

TEST_F(BackupTest, AWrongBackupPassphraseLeavesTheVaultAsItWas)
{
    const Result<QString> written = VaultBackup::write(*vault, folder, passphrase("správné"));
    ASSERT_TRUE(written);
    addMessage(vault->database(), NewText, Start);

    const Status restored = VaultBackup::restore(*vault, *written, passphrase("špatné"));
    ASSERT_FALSE(restored);
    EXPECT_EQ(restored.error().code, ErrorCode::WrongKey);
    EXPECT_EQ(restored.error().message,
              QStringLiteral("This passphrase does not open the backup."));
    EXPECT_EQ(messages(*vault, NewText), 1);
    EXPECT_FALSE(QFile::exists(vaultPath + QStringLiteral(".restoring")));
}

TEST_F(BackupTest, ScheduledBackupsAreDueDailyOrWeeklyOnceEverythingIsSet)
{
    BackupService service(*vault);
    EXPECT_FALSE(service.isDue()) << "off until set up";
    ASSERT_TRUE(service.save(folder, 7, 3));
    EXPECT_FALSE(service.isDue()) << "no passphrase yet";
    EXPECT_EQ(service.setPassphrase(QStringLiteral("krátké")).error().code,
              ErrorCode::InvalidArgument);
    ASSERT_TRUE(service.setPassphrase(QStringLiteral("modrá kočka skáče")));
    EXPECT_TRUE(service.isDue()) << "never backed up";

    const Result<QString> written = service.backUpNow();
    ASSERT_TRUE(written) << written.error().toString().toStdString();
    EXPECT_FALSE(service.isDue());
    clock.advanceSeconds(6 * 86400);
    EXPECT_FALSE(service.isDue());
    clock.advanceSeconds(86400);
    EXPECT_TRUE(service.isDue());

    // What was saved is read back, and the passphrase opens the backup.
    const BackupSettings settings = service.settings();
    EXPECT_EQ(settings.folder, folder);
    EXPECT_EQ(settings.everyDays, 7);
    EXPECT_EQ(settings.keep, 3);
    EXPECT_TRUE(settings.hasPassphrase);
    ASSERT_TRUE(settings.lastUtc);
    EXPECT_EQ(*settings.lastUtc, Start);
    EXPECT_TRUE(Vault::open(*written, passphrase("modrá kočka skáče"), clock));
}

TEST_F(BackupTest, RestoringKeepsTheVaultsOwnBackupSettings)
{
    BackupService service(*vault);
    ASSERT_TRUE(service.save(folder, 1, 7));
    ASSERT_TRUE(service.setPassphrase(QStringLiteral("první heslo zálohy")));
    const Result<QString> first = service.backUpNow();
    ASSERT_TRUE(first);
    ASSERT_TRUE(service.setPassphrase(QStringLiteral("druhé heslo zálohy")));
    ASSERT_TRUE(service.save(folder, 7, 5));

    EXPECT_EQ(service.restore(*first, QStringLiteral("druhé heslo zálohy")).error().code,
              ErrorCode::WrongKey)
        << "a backup keeps the passphrase it was made with";
    ASSERT_TRUE(service.restore(*first, QStringLiteral("první heslo zálohy")));
    EXPECT_EQ(service.settings().everyDays, 7) << "settings are not restored";
    EXPECT_EQ(service.settings().keep, 5);
}

} // namespace
