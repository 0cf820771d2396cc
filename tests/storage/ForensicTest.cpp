// What someone holding the vault files and the key would find after a purge: every page
// of the main file (free pages included) and every frame of the WAL is decrypted with an
// independent SQLCipher 3 reader (support/SqlCipher3Pages), so the test sees what no query
// shows. Searching the encrypted bytes, as a plain file scan would, proves nothing.

#include "core/common/Clock.h"
#include "core/storage/SqlCipherDriver.h"
#include "core/storage/Vault.h"
#include "tests/storage/StorageTestSupport.h"
#include "tests/storage/support/SqlCipher3Pages.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::test;

namespace {

const QDateTime Now = QDateTime(QDate(2025, 9, 1), QTime(12, 0), Qt::UTC);
constexpr qint64 Day = 86400;
constexpr int PageSize = SqlCipherDriver::CipherPageSize;

qint64 ago(qint64 days)
{
    return Now.toSecsSinceEpoch() - days * Day;
}

/// The 32 bytes rawKey(fill) stands for: SQLCipher uses them as the AES key unchanged.
QByteArray keyBytes(char fill = 'a')
{
    return QByteArray::fromHex(QByteArray(64, fill));
}

void run(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    ASSERT_TRUE(query.prepare(sql)) << qPrintable(query.lastError().text());
    for (const QVariant& value : values)
        query.addBindValue(value);
    ASSERT_TRUE(query.exec()) << qPrintable(query.lastError().text());
}

QList<sqlcipher3::Page> mainPages(const QString& path, char fill = 'a')
{
    const auto pages = sqlcipher3::decryptDatabase(path, keyBytes(fill), PageSize);
    EXPECT_TRUE(pages) << "cannot read " << qPrintable(path);
    return pages.value_or(QList<sqlcipher3::Page>{});
}

QList<sqlcipher3::Page> walPages(const QString& path)
{
    const auto pages = sqlcipher3::decryptWal(path + QStringLiteral("-wal"), keyBytes(), PageSize);
    EXPECT_TRUE(pages) << "cannot read the WAL of " << qPrintable(path);
    return pages.value_or(QList<sqlcipher3::Page>{});
}

/// "main: pages 3, 7; wal: frames of pages 3" style, for failure messages; empty when absent.
std::string whereFound(const QString& path, const QString& text)
{
    std::string where;
    const QList<quint32> inMain = sqlcipher3::pagesContaining(mainPages(path), text);
    const QList<quint32> inWal = sqlcipher3::pagesContaining(walPages(path), text);
    for (const quint32 page : inMain)
        where += " main page " + std::to_string(page);
    for (const quint32 page : inWal)
        where += " wal frame of page " + std::to_string(page);
    return where;
}

class ForensicTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("f.vault")); }

    QTemporaryDir m_dir;
    FixedClock m_clock{Now};
};

// The decryptor must be proven first: a reader that produced garbage would find no purged
// text either, and the forensic test below would pass for the wrong reason.
TEST_F(ForensicTest, TheReaderDecryptsTheHeaderAndAStoredTextOfARealVault)
{
    const QString known = QStringLiteral("Kontrolní věta Radomíry 41872, čtená jen po dešifrování");
    auto vault = Vault::create(path(), rawKey(), m_clock);
    ASSERT_TRUE(vault);
    run((*vault)->database(),
        QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                       "VALUES (1, 'Radomíra', 'chat', ?)"),
        {ago(1)});
    run((*vault)->database(),
        QStringLiteral("INSERT INTO messages (contact_id, author, body, created_at) "
                       "VALUES (1, 'client', ?, ?)"),
        {known, ago(1)});

    // Not checkpointed yet: the text is in a WAL frame, and encrypted on the disk.
    EXPECT_FALSE(fileContainsText(path() + QStringLiteral("-wal"), known));
    EXPECT_FALSE(sqlcipher3::pagesContaining(walPages(path()), known).isEmpty());

    (*vault)->close(); // the last connection checkpoints into the main file
    const QList<sqlcipher3::Page> pages = mainPages(path());
    ASSERT_GE(pages.size(), 2);
    const QByteArray header = pages.constFirst().plain;
    // SQLite's own header fields, readable only after decryption: page size, WAL read and
    // write versions, the reserve SQLCipher keeps for IV and HMAC, the fixed payload
    // fractions, UTF-8 text.
    EXPECT_EQ(qFromBigEndian<quint16>(header.constData() + 16), PageSize);
    EXPECT_EQ(header.at(18), 2);
    EXPECT_EQ(header.at(19), 2);
    EXPECT_EQ(header.at(20), sqlcipher3::DefaultReserve);
    EXPECT_EQ(header.mid(21, 3), QByteArray("\x40\x20\x20", 3));
    EXPECT_EQ(qFromBigEndian<quint32>(header.constData() + 56), 1u);
    EXPECT_EQ(qFromBigEndian<quint32>(header.constData() + 28), quint32(pages.size()));
    EXPECT_FALSE(sqlcipher3::pagesContaining(pages, known).isEmpty());
    EXPECT_FALSE(fileContainsText(path(), known));

    // And with another key the same reader finds neither: it really decrypts.
    const QList<sqlcipher3::Page> wrong = mainPages(path(), 'b');
    ASSERT_EQ(wrong.size(), pages.size());
    EXPECT_NE(wrong.constFirst().plain.at(20), sqlcipher3::DefaultReserve);
    EXPECT_TRUE(sqlcipher3::pagesContaining(wrong, known).isEmpty());
}

TEST_F(ForensicTest, PurgedTextIsOnNoDecryptedPageOfTheVaultNorInItsWal)
{
    // Distinctive text in UTF-8 with diacritics, each long enough that a stray fragment of
    // it would still be found. The contact's name goes too: contact 2 is past the record
    // retention, and contact 1's pseudonym is blanked with its old messages.
    const QString expiredMessage = QStringLiteral("Prošlá zpráva Věry Šťastné o čem nikdo neví");
    const QString expiredContactMessage = QStringLiteral("Zpráva zapomenutého Čeňka z Ústí");
    const QString expiredPseudonym = QStringLiteral("Bohuslava Žežulková");
    const QString blankedPseudonym = QStringLiteral("Annabela Přívětivá");
    const QString keptMessage = QStringLiteral("Zůstávající věta Ludmily, ještě platná");
    const QStringList purged{expiredMessage, expiredContactMessage, expiredPseudonym,
                             blankedPseudonym};

    auto vault = Vault::create(path(), rawKey(), m_clock);
    ASSERT_TRUE(vault);
    run((*vault)->database(),
        QStringLiteral("INSERT INTO contacts (id, pseudonym, channel, created_at) "
                       "VALUES (1, ?, 'chat', ?), (2, ?, 'phone', ?)"),
        {blankedPseudonym, ago(40), expiredPseudonym, ago(400)});
    const QString insertMessage = QStringLiteral(
        "INSERT INTO messages (contact_id, author, body, created_at) VALUES (?, 'client', ?, ?)");
    // Half of the expired text reaches the main file before the purge, half is still only
    // in the WAL: both places must be wiped. Long bodies spill into overflow pages.
    for (int i = 0; i < 20; ++i)
        run((*vault)->database(), insertMessage, {1, expiredMessage.repeated(1 + i * 10), ago(40)});
    run((*vault)->database(), insertMessage, {2, expiredContactMessage, ago(1)});
    run((*vault)->database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    for (int i = 0; i < 20; ++i)
        run((*vault)->database(), insertMessage, {1, expiredMessage.repeated(1 + i * 10), ago(35)});
    run((*vault)->database(), insertMessage, {1, keptMessage, ago(1)});

    // The positive control: before the purge the reader finds the text in both files.
    ASSERT_FALSE(sqlcipher3::pagesContaining(mainPages(path()), expiredMessage).isEmpty());
    ASSERT_FALSE(sqlcipher3::pagesContaining(walPages(path()), expiredMessage).isEmpty());
    ASSERT_FALSE(sqlcipher3::pagesContaining(mainPages(path()), expiredPseudonym).isEmpty());

    const auto report = (*vault)->purge();
    ASSERT_TRUE(report) << qPrintable(report.error().toString());
    EXPECT_EQ(report->messagesRemoved, 41);

    // While the vault is still open, with its WAL as the purge left it.
    for (const QString& text : purged)
        EXPECT_EQ(whereFound(path(), text), "") << qPrintable(text);
    EXPECT_NE(whereFound(path(), keptMessage), "");

    // And once it is closed.
    vault->reset();
    for (const QString& text : purged)
        EXPECT_EQ(whereFound(path(), text), "") << qPrintable(text);
    EXPECT_NE(whereFound(path(), keptMessage), "");
    EXPECT_TRUE(Vault::open(path(), rawKey(), m_clock));
}

} // namespace
