#include "ui/shell/DateText.h"

#include <QLocale>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

// Issue 12: one screen showed "04.12.26", "4. 12. 2026" and "04.12.2026"; every pane now
// writes dates one way.
class DateTextTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(m_previous); }
    QLocale m_previous;
};

TEST_F(DateTextTest, CzechWritesDayMonthYearWithSpacesAndHoursWithoutZero)
{
    QLocale::setDefault(QLocale(QLocale::Czech, QLocale::CzechRepublic));
    EXPECT_EQ(shell::dateText(QDate(2026, 12, 4)), QStringLiteral("4. 12. 2026"));
    const QDateTime utc(QDate(2026, 12, 4), QTime(8, 5), QTimeZone::utc());
    const QDateTime local = utc.toLocalTime();
    EXPECT_EQ(shell::dateTimeText(utc), shell::dateText(local.date()) + u' ' +
                                            QString::number(local.time().hour()) +
                                            QStringLiteral(":05"));
    EXPECT_TRUE(shell::dateText(QDate()).isEmpty());
}

TEST_F(DateTextTest, EnglishNamesTheMonth)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(shell::dateText(QDate(2026, 12, 4)), QStringLiteral("4 Dec 2026"));
}

} // namespace
} // namespace kotva
