#include "ui/mail/MailFiguresModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace kotva;

TEST(MailFiguresModelTest, ShowsEachMonthsCountsAndTheMedianTimeAsAWorkerReadsIt)
{
    MailFiguresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MailMonthFigures december;
    december.month = QDate(2026, 12, 1);
    december.received = 9;
    december.acknowledgementsSent = 8;
    december.answered = 6;
    december.answeredWithinDeadline = 5;
    december.outOfScope = 2;
    december.medianHoursToAnswer = 28.4;
    MailMonthFigures november;
    november.month = QDate(2026, 11, 1);
    november.received = 1;
    model.setFigures({december, november});

    ASSERT_EQ(model.rowCount(), 2);
    const auto text = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    EXPECT_EQ(text(0, MailFiguresModel::Received), QStringLiteral("9"));
    EXPECT_EQ(text(0, MailFiguresModel::WithinDeadline), QStringLiteral("5 of 6"));
    EXPECT_EQ(text(0, MailFiguresModel::MedianTime), QStringLiteral("1 d 4 h"));
    EXPECT_EQ(text(0, MailFiguresModel::OutOfScope), QStringLiteral("2"));
    EXPECT_EQ(text(1, MailFiguresModel::WithinDeadline), QStringLiteral("–"));
    EXPECT_EQ(text(1, MailFiguresModel::MedianTime), QStringLiteral("–"));
    EXPECT_EQ(MailFiguresModel::durationText(3.2), QStringLiteral("3 h"));
}
