#include "core/storage/VaultSettings.h"

#include "core/storage/Vault.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <memory>

namespace kotva {
namespace {

/// The settings the workstation's safety and the referral planner read, in a real vault.
class VaultSettingsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Result<std::unique_ptr<Vault>> created = Vault::create(path, key.clone(), clock);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        vault = std::move(*created);
    }
    void reopen()
    {
        vault.reset();
        Result<std::unique_ptr<Vault>> opened = Vault::open(path, key.clone(), clock);
        ASSERT_TRUE(opened) << opened.error().toString().toStdString();
        vault = std::move(*opened);
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kotva.vault"));
    VaultKey key = VaultKey::generateRaw();
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
};

TEST_F(VaultSettingsTest, UnsetSettingsReadAsTheirDefaults)
{
    const VaultSettings settings(*vault);
    EXPECT_EQ(settings.idleLockMinutes(), 5);
    EXPECT_TRUE(settings.organisationRegion().isEmpty());
    const Result<int> minutes = settings.value(VaultSettings::IdleLockMinutes);
    ASSERT_TRUE(minutes);
    EXPECT_EQ(*minutes, 5);
}

TEST_F(VaultSettingsTest, ValuesAreKeptInTheVaultAcrossOpening)
{
    {
        VaultSettings settings(*vault);
        ASSERT_TRUE(settings.setValue(VaultSettings::IdleLockMinutes, 12));
        ASSERT_TRUE(settings.setOrganisationRegion(QStringLiteral("CZ032")));
    }
    reopen();
    const VaultSettings settings(*vault);
    EXPECT_EQ(settings.idleLockMinutes(), 12);
    EXPECT_EQ(settings.organisationRegion(), QStringLiteral("CZ032"));
}

TEST_F(VaultSettingsTest, ARegionCanBeClearedAgain)
{
    VaultSettings settings(*vault);
    ASSERT_TRUE(settings.setOrganisationRegion(QStringLiteral("CZ080")));
    ASSERT_TRUE(settings.setOrganisationRegion(QString()));
    EXPECT_TRUE(settings.organisationRegion().isEmpty());
}

TEST_F(VaultSettingsTest, OutOfRangeMinutesAreRefusedAndNothingIsWritten)
{
    VaultSettings settings(*vault);
    ASSERT_TRUE(settings.setValue(VaultSettings::IdleLockMinutes, 7));
    for (int bad : {0, 61, -5}) {
        const Status refused = settings.setValue(VaultSettings::IdleLockMinutes, bad);
        ASSERT_FALSE(refused) << bad;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
        EXPECT_FALSE(refused.error().message.isEmpty());
    }
    EXPECT_EQ(settings.idleLockMinutes(), 7);
}

TEST_F(VaultSettingsTest, AStoredValueOutsideTheRangeReadsAsTheNearestBound)
{
    const IntSetting loose{QStringLiteral("lock.idle_minutes"), 5, 0, 1000};
    VaultSettings settings(*vault);
    ASSERT_TRUE(settings.setValue(loose, 500));
    EXPECT_EQ(settings.idleLockMinutes(), 60);
    ASSERT_TRUE(settings.setValue(StringSetting{QStringLiteral("lock.idle_minutes"), {}},
                                  QStringLiteral("many")));
    EXPECT_EQ(settings.idleLockMinutes(), 5);
}

TEST_F(VaultSettingsTest, OnlyRegionCodesAreAcceptedAsTheRegion)
{
    VaultSettings settings(*vault);
    for (const QString& bad : {QStringLiteral("Praha"), QStringLiteral("CZ03"),
                               QStringLiteral("cz032"), QStringLiteral("CZ0321")}) {
        const Status refused = settings.setOrganisationRegion(bad);
        ASSERT_FALSE(refused) << bad.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_TRUE(settings.organisationRegion().isEmpty());
}

TEST_F(VaultSettingsTest, RetentionSettingsAreUntouched)
{
    VaultSettings settings(*vault);
    ASSERT_TRUE(settings.setValue(VaultSettings::IdleLockMinutes, 30));
    reopen();
    EXPECT_EQ(vault->retention(), RetentionPolicy{});
}

} // namespace
} // namespace kotva
