#include "ui/schedule/MonthOccurrenceModel.h"

#include "core/schedule/CzechHolidays.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFont>

#include <gtest/gtest.h>

namespace kotva {
namespace {

using Model = MonthOccurrenceModel;

class MonthOccurrenceModelTest : public test::CzechLocaleTest
{
protected:
    void SetUp() override
    {
        CzechLocaleTest::SetUp();
        m_programme = test::exampleProgramme();
    }

    [[nodiscard]] QString cell(int row, int column) const
    {
        return m_model.index(row, column).data().toString();
    }

    Programme m_programme;
    Model m_model;
};

TEST_F(MonthOccurrenceModelTest, PassesTheModelTesterThroughMonthChanges)
{
    QAbstractItemModelTester tester(&m_model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model.setMonth(MonthSchedule::build(m_programme, 2026, 12));
    m_model.setMonth(MonthSchedule::build(m_programme, 2027, 1));
    m_model.setMonth(MonthSchedule{});
    m_model.setMonth(MonthSchedule::build(m_programme, 2026, 12));
    EXPECT_EQ(m_model.columnCount(), Model::ColumnCount);
}

TEST_F(MonthOccurrenceModelTest, DecemberHasEveryEventAndTheHolidaysWithoutEvents)
{
    m_model.setMonth(MonthSchedule::build(m_programme, 2026, 12));
    // 8 events + Christmas Day and St Stephen's Day, on which nothing is planned.
    ASSERT_EQ(m_model.rowCount(), 10);
    QStringList days;
    for (int row = 0; row < m_model.rowCount(); ++row)
        days << cell(row, Model::DayColumn);
    EXPECT_EQ(days, (QStringList{QStringLiteral("Pá 4. 12."), QStringLiteral("Po 7. 12."),
                                 QStringLiteral("Čt 10. 12."), QStringLiteral("Po 14. 12."),
                                 QStringLiteral("Pá 18. 12."), QStringLiteral("Po 21. 12."),
                                 QStringLiteral("Čt 24. 12."), QStringLiteral("Pá 25. 12."),
                                 QStringLiteral("So 26. 12."), QStringLiteral("Po 28. 12.")}));
    for (const test::ExpectedRow& expected : test::expectedDecember2026()) {
        const int row = static_cast<int>(days.indexOf(expected.day));
        EXPECT_EQ(cell(row, Model::TitleColumn), expected.title);
        EXPECT_EQ(m_model.index(row, 0).data(Model::CancelledRole).toBool(), expected.cancelled);
    }
}

TEST_F(MonthOccurrenceModelTest, CancelledAndHolidayRowsSayWhyAndLookCancelled)
{
    m_model.setMonth(MonthSchedule::build(m_programme, 2026, 12));
    const QString christmasEve = CzechHolidays::nameOf(QDate(2026, 12, 24));
    const int club = 6; // Čt 24. 12.
    EXPECT_EQ(m_model.index(club, 0).data(Model::DateRole).toDate(), QDate(2026, 12, 24));
    EXPECT_TRUE(cell(club, Model::StatusColumn).contains(christmasEve));
    EXPECT_EQ(m_model.index(club, 0).data(Model::HolidayRole).toString(), christmasEve);
    EXPECT_EQ(m_model.index(club, 0).data(Model::StatusRole).toInt(),
              static_cast<int>(Occurrence::Status::Cancelled));
    EXPECT_TRUE(
        m_model.index(club, Model::TitleColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    EXPECT_TRUE(m_model.index(club, Model::TitleColumn).data(Qt::ForegroundRole).isValid());

    const int christmasDay = 7; // Pá 25. 12., nothing planned
    EXPECT_EQ(m_model.index(christmasDay, 0).data(Model::StatusRole).toInt(), -1);
    EXPECT_TRUE(cell(christmasDay, Model::TitleColumn)
                    .contains(CzechHolidays::nameOf(QDate(2026, 12, 25))));
    EXPECT_TRUE(m_model.index(christmasDay, 0).data(Model::ActivityIdRole).toString().isEmpty());

    const int monday = 1; // Po 7. 12.
    EXPECT_FALSE(m_model.index(monday, 0).data(Model::CancelledRole).toBool());
    EXPECT_TRUE(cell(monday, Model::TimeColumn).startsWith(QStringLiteral("18:00–20:30")));
    EXPECT_TRUE(cell(monday, Model::TimeColumn).contains(QStringLiteral("10")));
    EXPECT_EQ(cell(monday, Model::LeadsColumn), QStringLiteral("Sára, Monika"));
    EXPECT_TRUE(cell(monday, Model::VenueColumn).contains(QStringLiteral("Svatoslavova 260/14")));
    EXPECT_TRUE(cell(monday, Model::StatusColumn).isEmpty());
}

TEST_F(MonthOccurrenceModelTest, HeadersNameTheColumns)
{
    for (int column = 0; column < Model::ColumnCount; ++column)
        EXPECT_FALSE(
            m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty())
            << column;
}

} // namespace
} // namespace kotva
