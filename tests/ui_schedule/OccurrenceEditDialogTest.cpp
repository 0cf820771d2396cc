#include "ui/schedule/OccurrenceEditDialog.h"

#include "tests/support/CzechUi.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

namespace kotva {
namespace {

Occurrence club()
{
    Occurrence occurrence;
    occurrence.activityId = QStringLiteral("club");
    occurrence.title = QStringLiteral("Klub");
    occurrence.date = QDate(2026, 12, 10);
    occurrence.start = QTime(18, 0);
    occurrence.end = QTime(21, 0);
    occurrence.venue = Venue::organisation();
    return occurrence;
}

TEST(OccurrenceEditDialogTest, CancellingNeedsAReason)
{
    OccurrenceEditDialog dialog(OccurrenceEditDialog::Mode::Cancel, club());
    EXPECT_FALSE(dialog.canAccept());
    dialog.reasonEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.canAccept());
    dialog.reasonEdit()->setText(QStringLiteral(" obě vedoucí nemocné "));
    EXPECT_TRUE(dialog.canAccept());
    EXPECT_EQ(dialog.reason(), QStringLiteral("obě vedoucí nemocné"));
}

// Issue 12: the Czech "Zrušit termín" dialog was clipped. Shown as it opens, in Czech, its
// reason field has room for a sentence and the label is whole.
TEST(OccurrenceEditDialogTest, TheCzechCancelDialogIsNotClipped)
{
    test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    OccurrenceEditDialog dialog(OccurrenceEditDialog::Mode::Cancel, club());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit* reason = dialog.reasonEdit();
    EXPECT_GE(reason->width(), reason->fontMetrics().averageCharWidth() * 30) << reason->width();
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        EXPECT_GE(label->width(), label->sizeHint().width()) << label->text().toStdString();
}

TEST(OccurrenceEditDialogTest, ChangeNeedsEndAfterStartAndAPlaceName)
{
    OccurrenceEditDialog dialog(OccurrenceEditDialog::Mode::Change, club());
    EXPECT_TRUE(dialog.canAccept());
    dialog.endEdit()->setTime(QTime(17, 0));
    EXPECT_FALSE(dialog.canAccept());
    dialog.endEdit()->setTime(QTime(22, 0));
    dialog.venueKindBox()->setCurrentIndex(
        dialog.venueKindBox()->findData(static_cast<int>(Venue::Kind::Place)));
    EXPECT_FALSE(dialog.canAccept());
    dialog.placeEdit()->setText(QStringLiteral("Kino Atlas"));
    dialog.noteEdit()->setText(QStringLiteral("promítání"));
    ASSERT_TRUE(dialog.canAccept());

    const OccurrenceChange change = dialog.change();
    EXPECT_EQ(change.activityId, QStringLiteral("club"));
    EXPECT_EQ(change.date, QDate(2026, 12, 10));
    EXPECT_EQ(change.end, QTime(22, 0));
    ASSERT_TRUE(change.venue.has_value());
    EXPECT_EQ(*change.venue, Venue::at(QStringLiteral("Kino Atlas")));
    EXPECT_EQ(change.note, QStringLiteral("promítání"));
}

} // namespace
} // namespace kotva
