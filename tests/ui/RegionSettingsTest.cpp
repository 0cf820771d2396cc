#include "core/referral/ReferralDirectory.h"
#include "ui/shell/RegionNames.h"
#include "ui/shell/SettingsDialog.h"

#include <QComboBox>
#include <QDir>
#include <QSpinBox>

#include <gtest/gtest.h>

namespace kotva {
namespace {

TEST(RegionSettings, EveryRegionCodeHasAName)
{
    const QStringList& codes = ReferralDirectory::czechRegionCodes();
    ASSERT_EQ(codes.size(), 14);
    QStringList names;
    for (const QString& code : codes) {
        const QString name = shell::regionName(code);
        EXPECT_NE(name, code) << code.toStdString();
        EXPECT_FALSE(names.contains(name));
        names << name;
    }
}

TEST(RegionSettings, DialogShowsAndReturnsTheRegionAndMinutes)
{
    SettingsDialog dialog;
    EXPECT_EQ(dialog.region(), QString());
    dialog.setRegion(QStringLiteral("CZ080"));
    EXPECT_EQ(dialog.region(), QStringLiteral("CZ080"));
    EXPECT_EQ(dialog.regionCombo()->currentText(), shell::regionName(QStringLiteral("CZ080")));
    dialog.setRegion(QStringLiteral("XX999"));
    EXPECT_EQ(dialog.region(), QString()) << "an unknown code shows as not set";

    EXPECT_EQ(dialog.idleLockMinutes(), 5);
    dialog.idleMinutesSpin()->setValue(90);
    EXPECT_EQ(dialog.idleLockMinutes(), 60);
    dialog.idleMinutesSpin()->setValue(0);
    EXPECT_EQ(dialog.idleLockMinutes(), 1);
    EXPECT_FALSE(dialog.idleMinutesSpin()->suffix().isEmpty());
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

// Not an assertion: a picture of the dialog for people to look at (build/…/screenshots).
TEST(RegionSettings, ScreenshotForReview)
{
    SettingsDialog dialog;
    dialog.setRegion(QStringLiteral("CZ032"));
    dialog.show();
    dialog.adjustSize();
    EXPECT_LE(dialog.sizeHint().height(), 740) << "fits a 1366×768 screen";
    const QString folder = QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    EXPECT_TRUE(dialog.grab().save(folder + QStringLiteral("/settings-dialog.png")));
}

} // namespace
} // namespace kotva
