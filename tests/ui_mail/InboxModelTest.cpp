// The inbox table: most urgent first (acute, then the nearest due date), overdue said in
// words and marked, the acknowledgement and answer states in plain words.

#include "ui/mail/InboxModel.h"

#include "tests/support/CzechUi.h"
#include "tests/ui_mail/InboxTestSupport.h"
#include "ui/mail/InboxTexts.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class InboxModelTest : public test::InboxTest
{
protected:
    /// Four e-mails: one from last Monday (overdue by now), two from this morning, and an
    /// acute one that came last; the clock stands an hour after it.
    void takeInFour()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        m_mother = takeIn(test::motherMail(m_clock.nowUtc()));
        m_clock.set(test::InboxNow.addSecs(-3600));
        m_lonely = takeIn(test::lonelyMail(m_clock.nowUtc()));
        m_clock.set(test::InboxNow);
        m_medication = takeIn(test::medicationMail(m_clock.nowUtc()));
        m_clock.set(test::InboxNow.addSecs(2 * 3600));
        m_acute = takeIn(test::acuteMail(m_clock.nowUtc()));
        m_clock.set(test::InboxNow.addSecs(3 * 3600));
    }

    void load(InboxModel& model)
    {
        const Result<QList<InboxEntry>> entries = mail().inbox();
        ASSERT_TRUE(entries.has_value()) << entries.error().toString().toStdString();
        model.setEntries(*entries);
    }

    ContactId m_mother = 0;
    ContactId m_lonely = 0;
    ContactId m_medication = 0;
    ContactId m_acute = 0;
};

TEST_F(InboxModelTest, ListsAcuteFirstThenTheNearestDueDate)
{
    takeInFour();
    InboxModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    load(model);

    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.columnCount(), InboxModel::ColumnCount);
    // The acute one came last but goes first; then last Monday's (overdue), then by due date.
    EXPECT_EQ(model.entryAt(0).contact, m_acute);
    EXPECT_EQ(model.entryAt(1).contact, m_mother);
    EXPECT_EQ(model.entryAt(2).contact, m_lonely);
    EXPECT_EQ(model.entryAt(3).contact, m_medication);

    const QModelIndex acute = model.index(0, InboxModel::CrisisColumn);
    EXPECT_EQ(acute.data(InboxModel::RiskRole).toInt(), static_cast<int>(RiskLevel::Acute));
    EXPECT_TRUE(acute.data().toString().contains(QStringLiteral("Acute danger")));
    EXPECT_EQ(acute.data(Qt::BackgroundRole).value<QBrush>().color(),
              mail_ui::riskColours(RiskLevel::Acute).background);
    // The whole acute row stands out, not only its crisis cell.
    EXPECT_EQ(
        model.index(0, InboxModel::ReceivedColumn).data(Qt::BackgroundRole).value<QBrush>().color(),
        mail_ui::acuteRowTint());
    EXPECT_FALSE(model.index(2, InboxModel::ReceivedColumn).data(Qt::BackgroundRole).isValid());

    EXPECT_EQ(model.contactAt(model.index(1, InboxModel::DueColumn)), m_mother);
    EXPECT_EQ(model.index(0, 0).data(InboxModel::ContactIdRole).toLongLong(), m_acute);
    EXPECT_EQ(model.rowOf(m_lonely), 2);
    EXPECT_EQ(model.waitingCount(), 4);
    EXPECT_EQ(model.overdueCount(), 1);

    // The contact is shown by its pseudonym and reference; never the client's address.
    const QString contact = model.index(1, InboxModel::ContactColumn).data().toString();
    EXPECT_TRUE(contact.startsWith(QStringLiteral("Jana · "))) << contact.toStdString();
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString text = model.index(row, column).data().toString() +
                                 model.index(row, column).data(Qt::ToolTipRole).toString();
            EXPECT_FALSE(text.contains(u'@')) << text.toStdString();
        }
    }

    const QModelIndex attachments = model.index(3, InboxModel::AttachmentsColumn);
    EXPECT_EQ(attachments.data(InboxModel::AttachmentsRole).toInt(), 2);
    EXPECT_TRUE(attachments.data().toString().contains(QStringLiteral("not opened")));
    EXPECT_TRUE(model.index(2, InboxModel::AttachmentsColumn).data().toString().isEmpty());
}

TEST_F(InboxModelTest, OverdueIsSaidInWordsAndMarked)
{
    takeInFour();
    InboxModel model(m_clock);
    load(model);
    const QModelIndex due = model.index(1, InboxModel::DueColumn);
    ASSERT_TRUE(due.data(InboxModel::OverdueRole).toBool());
    // Due on Friday 4 December (4 working days after Monday 30 November).
    EXPECT_EQ(due.data(InboxModel::DueRole).toDateTime().toLocalTime().date(), QDate(2026, 12, 4));
    EXPECT_EQ(due.data().toString(),
              QStringLiteral("Overdue since ") +
                  mail_ui::shortDate(due.data(InboxModel::DueRole).toDateTime()));
    EXPECT_EQ(due.data(Qt::ForegroundRole).value<QBrush>().color(), mail_ui::alarmText());
    EXPECT_FALSE(due.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex onTime = model.index(2, InboxModel::DueColumn);
    EXPECT_FALSE(onTime.data(InboxModel::OverdueRole).toBool());
    EXPECT_FALSE(onTime.data().toString().contains(QStringLiteral("Overdue")));
    EXPECT_FALSE(onTime.data(Qt::DecorationRole).isValid());

    // Czech writes the day and month as "4. 12.".
    const test::CzechUi czech;
    EXPECT_TRUE(due.data().toString().endsWith(QStringLiteral("4. 12.")))
        << due.data().toString().toStdString();
}

TEST_F(InboxModelTest, AcknowledgementAndAnswerStatesInPlainWords)
{
    setUpMailbox();
    takeInFour();
    acknowledge(m_lonely, AckState::Sent);
    acknowledge(m_medication, AckState::Uncertain);
    acknowledge(m_mother, AckState::Failed);
    answer(m_lonely, QStringLiteral("Dobrý den, Tomáši, děkujeme, že jste napsal."));

    InboxModel model(m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    load(model);
    const auto ack = [&](ContactId id) {
        return model.index(model.rowOf(id), InboxModel::AcknowledgementColumn);
    };
    EXPECT_EQ(ack(m_lonely).data().toString(), QStringLiteral("Sent"));
    EXPECT_EQ(ack(m_medication).data().toString(),
              QStringLiteral("May have been sent (uncertain)"));
    EXPECT_EQ(ack(m_mother).data().toString(), QStringLiteral("Failed"));
    EXPECT_EQ(ack(m_acute).data().toString(), QStringLiteral("Pending"));
    EXPECT_EQ(ack(m_medication).data(Qt::ForegroundRole).value<QBrush>().color(),
              mail_ui::alarmText());
    EXPECT_FALSE(ack(m_medication).data(Qt::ToolTipRole).toString().isEmpty());

    // Answered goes after everything that still waits, and says so.
    const int answered = model.rowOf(m_lonely);
    EXPECT_EQ(answered, 3);
    EXPECT_EQ(model.index(answered, InboxModel::DueColumn).data().toString(),
              QStringLiteral("Answered"));
    EXPECT_FALSE(model.index(answered, 0).data(InboxModel::WaitingRole).toBool());
    EXPECT_EQ(model.waitingCount(), 3);
}

TEST_F(InboxModelTest, TheRunSummarySaysWhatHappenedInPlainWords)
{
    MailRunReport report;
    EXPECT_EQ(mail_ui::runSummary(report), QStringLiteral("No new e-mail."));
    report.contacts = 3;
    report.acknowledged = 2;
    report.automated = 1;
    report.uncertain = 1;
    const QString summary = mail_ui::runSummary(report);
    EXPECT_TRUE(summary.contains(QStringLiteral("3 new e-mail"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 acknowledgement"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("skipped"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("uncertain"))) << summary.toStdString();
    EXPECT_TRUE(mail_ui::runNeedsAttention(report));

    report.error =
        MailError{MailFailure::Login, QStringLiteral("The server refused the password."), {}};
    EXPECT_TRUE(mail_ui::runSummary(report).endsWith(
        QStringLiteral("Stopped: The server refused the password.")));
}

} // namespace
} // namespace kotva
