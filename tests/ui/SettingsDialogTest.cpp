#include "ui/shell/SettingsDialog.h"

#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "ui/shell/InlineMessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <optional>

namespace kotva {
namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    SettingsDialogTest()
    {
        dialog.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    }

    static void typeInto(QSpinBox* spin, const QString& text)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Tab); // leave the field, as a person would
    }

    SettingsDialog dialog;
};

TEST_F(SettingsDialogTest, ShowsTheCurrentPolicy)
{
    dialog.setRetention(RetentionPolicy{14, 6});
    EXPECT_EQ(dialog.messageDaysSpin()->value(), 14);
    EXPECT_EQ(dialog.recordMonthsSpin()->value(), 6);
    EXPECT_EQ(dialog.retention(), (RetentionPolicy{14, 6}));
}

TEST_F(SettingsDialogTest, RefusesMoreThan365DaysOfMessageText)
{
    typeInto(dialog.messageDaysSpin(), QStringLiteral("400"));
    EXPECT_LE(dialog.retention().messageDays, RetentionPolicy::MaxMessageDays);
    EXPECT_NE(dialog.retention().messageDays, 400);
    dialog.messageDaysSpin()->setValue(1000);
    EXPECT_EQ(dialog.retention().messageDays, 365);
    EXPECT_TRUE(dialog.retention().validated().has_value());
}

TEST_F(SettingsDialogTest, RefusesMoreThanTwelveMonthsOfRecords)
{
    typeInto(dialog.recordMonthsSpin(), QStringLiteral("13"));
    EXPECT_LE(dialog.retention().recordMonths, 12);
    dialog.recordMonthsSpin()->setValue(24);
    EXPECT_EQ(dialog.retention().recordMonths, 12);
    EXPECT_EQ(dialog.recordMonthsSpin()->maximum(), 12);
}

TEST_F(SettingsDialogTest, RefusesZero)
{
    dialog.messageDaysSpin()->setValue(0);
    dialog.recordMonthsSpin()->setValue(0);
    EXPECT_EQ(dialog.retention(), (RetentionPolicy{1, 1}));
}

TEST_F(SettingsDialogTest, AcceptsValuesWithinBounds)
{
    typeInto(dialog.messageDaysSpin(), QStringLiteral("90"));
    typeInto(dialog.recordMonthsSpin(), QStringLiteral("3"));
    EXPECT_EQ(dialog.retention(), (RetentionPolicy{90, 3}));
}

TEST_F(SettingsDialogTest, SaveErrorStaysInlineAndSuccessCloses)
{
    QSignalSpy save(&dialog, &SettingsDialog::saveRequested);
    dialog.saveButton()->click();
    ASSERT_EQ(save.count(), 1);
    dialog.finishSave(fail(ErrorCode::ReadOnly, QStringLiteral("The vault is read-only.")));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.retentionMessage()->text(), QStringLiteral("The vault is read-only."));
    dialog.finishSave({});
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST_F(SettingsDialogTest, OffersTheKeyChangesThatFitTheCurrentProtection)
{
    QSignalSpy toPassphrase(&dialog, &SettingsDialog::switchToPassphraseRequested);
    QSignalSpy toKeychain(&dialog, &SettingsDialog::switchToKeychainRequested);
    dialog.setProtection(SettingsDialog::Protection::Keychain);
    EXPECT_FALSE(dialog.changePassphraseButton()->isVisible());
    dialog.switchProtectionButton()->click();
    EXPECT_EQ(toPassphrase.count(), 1);

    dialog.setProtection(SettingsDialog::Protection::Passphrase);
    EXPECT_TRUE(dialog.changePassphraseButton()->isVisible());
    dialog.switchProtectionButton()->click();
    EXPECT_EQ(toKeychain.count(), 1);

    dialog.showKeyResult(fail(ErrorCode::KeychainLocked, QStringLiteral("Keychain locked.")));
    EXPECT_EQ(dialog.keyMessage()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(dialog.switchProtectionButton()->isEnabled());
}

TEST_F(SettingsDialogTest, SaysWhichOrganisationDataIsInUseAndWhatWasSkipped)
{
    DataInUse lexicons{QStringLiteral("Lexicons"),
                       {DataSource::Origin::UserFolder,
                        QStringLiteral("/home/eva/.local/share/Kotva/lexicons"),
                        QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::utc())},
                       {}};
    DataInUse directory{
        QStringLiteral("Referral directory"),
        {DataSource::Origin::BuiltIn, QStringLiteral(":/kotva/referrals/cz.json"), {}},
        {QStringLiteral("/home/eva/.local/share/Kotva/referrals/cz.json: broken")}};
    dialog.setDataInUse({lexicons, directory});
    const QString text = dialog.dataInUseText();
    EXPECT_TRUE(text.contains(QStringLiteral("Lexicons: your data folder"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("/home/eva/.local/share/Kotva/lexicons")));
    EXPECT_TRUE(text.contains(QStringLiteral("Referral directory: built into Kotva")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("Skipped: /home/eva/.local/share/Kotva/referrals/cz.json: broken")));
}

TEST_F(SettingsDialogTest, OpensTheOrganisationsServicesWhenKotvaCanManageThem)
{
    EXPECT_FALSE(dialog.localServicesButton()->isVisibleTo(&dialog));
    dialog.setLocalServicesAvailable(true);
    EXPECT_TRUE(dialog.localServicesButton()->isVisibleTo(&dialog));
    QSignalSpy requested(&dialog, &SettingsDialog::localServicesRequested);
    dialog.localServicesButton()->click();
    EXPECT_EQ(requested.count(), 1);
}

TEST_F(SettingsDialogTest, OpensWorkersOnOtherPcsForTheRolesThatExchange)
{
    EXPECT_FALSE(dialog.exchangeButton()->isVisibleTo(&dialog));
    dialog.setExchangeAvailable(true);
    EXPECT_TRUE(dialog.exchangeButton()->isVisibleTo(&dialog));
    QSignalSpy requested(&dialog, &SettingsDialog::exchangeRequested);
    dialog.exchangeButton()->click();
    EXPECT_EQ(requested.count(), 1);
}

// Issue 12's quality bar: the dialog in Czech and English fits a 1024×768 screen and shows
// every label and button whole.
TEST(SettingsDialogLayout, FitsASmallScreenInBothLanguages)
{
    for (const bool czech : {false, true}) {
        std::optional<test::CzechUi> ui;
        if (czech) {
            ui.emplace();
            ASSERT_TRUE(ui->loaded()) << "the Czech catalogue is linked into this test";
        }
        SettingsDialog dialog;
        dialog.setLocalServicesAvailable(true);
        dialog.setExchangeAvailable(true);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = test::layoutProblems(&dialog, QSize(1024, 768));
        EXPECT_TRUE(problems.isEmpty()) << (czech ? "cs" : "en") << ":\n"
                                        << problems.join(u'\n').toStdString();
    }
}

} // namespace
} // namespace kotva
