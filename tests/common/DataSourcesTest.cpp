#include "core/common/DataSources.h"

#include "core/referral/ReferralDirectory.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// A user data folder and an installed share/kotva, both empty until a test fills them.
class DataSourcesTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_root.isValid()); }

    QString user() const { return m_root.filePath(QStringLiteral("user")); }
    QString installed() const { return m_root.filePath(QStringLiteral("share/kotva")); }
    DataFolders folders() const { return DataFolders(user(), installed()); }

    static void write(const QString& path, const QByteArray& bytes)
    {
        ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QByteArray builtInDirectory()
    {
        QFile file(ReferralDirectory::builtInPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Result<ReferralDirectory> loadDirectory(DataInUse& used) const
    {
        return folders().loadFirst<ReferralDirectory>(
            QStringLiteral("referrals/cz.json"), ReferralDirectory::builtInPath(),
            [](const QString& path) { return ReferralDirectory::loadFile(path); }, used);
    }

    QTemporaryDir m_root;
};

TEST_F(DataSourcesTest, WithNothingEditedTheBuiltInCopyIsUsed)
{
    const QList<DataSource> found =
        folders().candidates(QStringLiteral("referrals/cz.json"), ReferralDirectory::builtInPath());
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().origin, DataSource::Origin::BuiltIn);
    DataInUse used;
    ASSERT_TRUE(loadDirectory(used).has_value());
    EXPECT_EQ(used.source.origin, DataSource::Origin::BuiltIn);
    EXPECT_TRUE(used.skipped.isEmpty());
}

TEST_F(DataSourcesTest, TheUserFolderComesBeforeTheInstalledCopy)
{
    write(installed() + QStringLiteral("/referrals/cz.json"), builtInDirectory());
    write(user() + QStringLiteral("/referrals/cz.json"), builtInDirectory());
    const QList<DataSource> found =
        folders().candidates(QStringLiteral("referrals/cz.json"), ReferralDirectory::builtInPath());
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(0).origin, DataSource::Origin::UserFolder);
    EXPECT_EQ(found.at(1).origin, DataSource::Origin::Installed);
    EXPECT_TRUE(found.at(0).modifiedUtc.isValid());

    DataInUse used;
    ASSERT_TRUE(loadDirectory(used).has_value());
    EXPECT_EQ(used.source.origin, DataSource::Origin::UserFolder);
    EXPECT_TRUE(used.source.path.startsWith(user()));
}

TEST_F(DataSourcesTest, ABrokenEditIsSkippedWithItsErrorAndTheNextCopyLoads)
{
    write(user() + QStringLiteral("/referrals/cz.json"), "{ \"entries\": [ broken");
    write(installed() + QStringLiteral("/referrals/cz.json"), builtInDirectory());
    DataInUse used;
    ASSERT_TRUE(loadDirectory(used).has_value());
    EXPECT_EQ(used.source.origin, DataSource::Origin::Installed);
    ASSERT_EQ(used.skipped.size(), 1);
    EXPECT_TRUE(used.skipped.first().startsWith(user())) << used.skipped.first().toStdString();
}

TEST_F(DataSourcesTest, WhenNothingLoadsTheLastErrorIsReturned)
{
    DataInUse used;
    const Result<ReferralDirectory> loaded = folders().loadFirst<ReferralDirectory>(
        QStringLiteral("referrals/cz.json"), QStringLiteral(":/no/such/file.json"),
        [](const QString& path) { return ReferralDirectory::loadFile(path); }, used);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_FALSE(loaded.error().message.isEmpty());
    EXPECT_EQ(used.skipped.size(), 1);
}

} // namespace
} // namespace kotva
