// The organisation's own services as a coordinator manages them in Settings, offscreen, on
// a real file in a temporary data folder; and what a peer worker then sees in the crisis pane.

#include "ui/referral/LocalServicesDialog.h"

#include "core/analysis/Analyzer.h"
#include "core/referral/LocalServices.h"
#include "core/referral/ReferralPlanner.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "ui/referral/CrisisReferralPane.h"
#include "ui/referral/LocalServiceEditor.h"
#include "ui/referral/ReferralCard.h"
#include "ui/shell/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>
#include <memory>

namespace kotva {
namespace {

class LocalServicesDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        services = std::make_unique<LocalServices>(test::builtInReferralDirectory(),
                                                   folder.filePath(QStringLiteral("local.json")));
        ASSERT_TRUE(services->load());
        dialog = std::make_unique<LocalServicesDialog>(*services);
        dialog->show();
    }

    /// Fills the editor with a walk-in centre in Královéhradecký kraj, open Mon–Fri 8–16.
    static void fillCentre(LocalServiceEditor& editor)
    {
        editor.nameEdit()->setText(QStringLiteral("Krizová pomoc Náchod"));
        editor.kindCombo()->setCurrentIndex(
            editor.kindCombo()->findData(int(EntryKind::CrisisCentre)));
        editor.regionCombo()->setCurrentIndex(
            editor.regionCombo()->findData(QStringLiteral("CZ052")));
        editor.phoneEdit()->setText(QStringLiteral("491 000 111"));
        editor.addressEdit()->setText(QStringLiteral("Palackého 1, 547 01 Náchod"));
        for (int day = Qt::Monday; day <= Qt::Friday; ++day)
            editor.dayEdit(Qt::DayOfWeek(day))->setText(QStringLiteral("8:00–16:00"));
    }

    QTemporaryDir folder;
    std::unique_ptr<LocalServices> services;
    std::unique_ptr<LocalServicesDialog> dialog;
};

TEST_F(LocalServicesDialogTest, ACentreAddedIsListedSavedAndOfferedToWorkersInItsRegion)
{
    LocalServiceEditor* editor = dialog->openEditor(true);
    ASSERT_NE(editor, nullptr);
    fillCentre(*editor);
    editor->accept();
    EXPECT_FALSE(editor->isVisible());
    ASSERT_EQ(dialog->table()->rowCount(), 1);
    EXPECT_EQ(dialog->table()->item(0, 0)->text(), QStringLiteral("Krizová pomoc Náchod"));
    EXPECT_EQ(dialog->table()->item(0, 2)->text(), QStringLiteral("Královéhradecký kraj"));
    EXPECT_TRUE(QFile::exists(services->filePath()));
    EXPECT_EQ(services->entries().first().id, QStringLiteral("local-krizova-pomoc-nachod"));

    // A worker in the region, on a Wednesday morning, gets the centre for acute words.
    FixedClock clock(
        QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Prague")))
            .toUTC());
    ReferralPlanner planner(services->directory(), clock);
    CrisisReferralPane pane(planner, QStringLiteral("CZ052"));
    const QString text = QStringLiteral("Už jsem spolykala celou krabičku léků, sbohem.");
    pane.showAssessment(test::builtInAnalyzer().analyze(text, Author::Client), text);
    bool shown = false;
    for (const ReferralCard* card : pane.findChildren<ReferralCard*>())
        shown = shown || (card->phoneLabel() && card->phoneLabel()->text() == u"491 000 111");
    EXPECT_TRUE(shown);
}

TEST_F(LocalServicesDialogTest, TheEditorSaysWhatIsMissingAndKeepsWhatWasTyped)
{
    LocalServiceEditor* editor = dialog->openEditor(true);
    ASSERT_NE(editor, nullptr);
    editor->show();
    fillCentre(*editor);
    editor->dayEdit(Qt::Monday)->setText(QStringLiteral("8-16"));
    editor->accept();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(editor->message()->text().contains(QStringLiteral("8:00–16:00")))
        << editor->message()->text().toStdString();

    editor->dayEdit(Qt::Monday)->setText(QStringLiteral("8:00-16:00"));
    editor->addressEdit()->clear();
    editor->accept();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_TRUE(editor->message()->text().contains(QStringLiteral("address")));
    EXPECT_EQ(editor->phoneEdit()->text(), QStringLiteral("491 000 111"));
    EXPECT_TRUE(services->entries().isEmpty());
    EXPECT_FALSE(QFile::exists(services->filePath()));
    editor->close();
}

TEST_F(LocalServicesDialogTest, AServiceNotConfirmedForAYearIsMarkedUntilConfirmed)
{
    LocalServiceEditor* editor = dialog->openEditor(true);
    ASSERT_NE(editor, nullptr);
    fillCentre(*editor);
    editor->verifiedEdit()->setDate(QDate::currentDate().addMonths(-14));
    editor->accept();
    ASSERT_EQ(dialog->table()->rowCount(), 1);
    EXPECT_TRUE(dialog->table()->item(0, 3)->text().contains(QStringLiteral("12")));

    // The worker's card says so too.
    Referral referral;
    referral.entry = services->entries().first();
    ReferralCard card(1, referral, ScriptLanguage::Czech);
    ASSERT_NE(card.verifiedLabel(), nullptr);
    EXPECT_TRUE(card.verifiedLabel()->property("stale").toBool());
    EXPECT_TRUE(card.verifiedLabel()->text().contains(QStringLiteral("12 months")));

    dialog->table()->selectRow(0);
    ASSERT_TRUE(dialog->confirmButton()->isEnabled());
    dialog->confirmButton()->click();
    EXPECT_EQ(services->entries().first().verified, QDate::currentDate());
    EXPECT_FALSE(dialog->table()->item(0, 3)->text().contains(QStringLiteral("12")));
}

TEST_F(LocalServicesDialogTest, ExportAndImportShareTheListAndABadFileChangesNothing)
{
    LocalServiceEditor* editor = dialog->openEditor(true);
    ASSERT_NE(editor, nullptr);
    fillCentre(*editor);
    editor->accept();
    const QString shared = folder.filePath(QStringLiteral("shared.json"));
    dialog->exportFile(shared);
    EXPECT_EQ(dialog->message()->kind(), InlineMessage::Kind::Success);

    // Another organisation's Kotva imports it.
    LocalServices theirs(test::builtInReferralDirectory(),
                         folder.filePath(QStringLiteral("theirs.json")));
    LocalServicesDialog other(theirs);
    other.importFile(shared);
    EXPECT_EQ(other.message()->kind(), InlineMessage::Kind::Success);
    EXPECT_EQ(other.table()->rowCount(), 1);

    QFile junk(folder.filePath(QStringLiteral("junk.json")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not json at all");
    junk.close();
    other.importFile(junk.fileName());
    EXPECT_EQ(other.message()->kind(), InlineMessage::Kind::Error);
    EXPECT_EQ(other.table()->rowCount(), 1);
    EXPECT_EQ(theirs.entries().size(), 1);
}

// Issue 12's quality bar: the list and the editor in Czech fit a 1024×768 screen, with
// every label, button and column header whole.
TEST_F(LocalServicesDialogTest, TheDialogsFitASmallScreenInCzech)
{
    test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    LocalServicesDialog list(*services);
    list.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&list));
    QStringList problems = test::layoutProblems(&list, QSize(1024, 768));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    LocalServiceEditor* editor = list.openEditor(true);
    ASSERT_NE(editor, nullptr);
    editor->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(editor));
    problems = test::layoutProblems(editor, QSize(1024, 768));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    editor->close();
}

} // namespace
} // namespace kotva
