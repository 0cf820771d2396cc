// The inbox pane: what it says when empty or not set up, the status line after a run,
// fetching (busy, progress, error) and opening a contact.

#include "ui/mail/InboxPane.h"

#include "core/mail/intake/MailService.h"
#include "tests/ui_mail/InboxTestSupport.h"
#include "ui/mail/InboxModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class InboxPaneTest : public test::InboxTest
{
protected:
    void TearDown() override
    {
        m_pane.reset();
        InboxTest::TearDown();
    }

    void makePane()
    {
        m_pane = std::make_unique<InboxPane>(mail(), m_clock);
        m_pane->resize(1100, 700);
        m_pane->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    std::unique_ptr<InboxPane> m_pane;
};

TEST_F(InboxPaneTest, WithoutAMailboxItExplainsTheInboxAndOffersToSetItUp)
{
    makePane();
    EXPECT_TRUE(m_pane->showsEmptyState());
    EXPECT_TRUE(m_pane->emptyText().contains(QStringLiteral("4 working days")));
    EXPECT_TRUE(m_pane->emptyText().contains(QStringLiteral("Set up")));
    EXPECT_TRUE(m_pane->setUpButton()->isVisible());
    EXPECT_FALSE(m_pane->fetchButton()->isEnabled());

    QSignalSpy settings(m_pane.get(), &InboxPane::settingsRequested);
    QTest::mouseClick(m_pane->setUpButton(), Qt::LeftButton);
    EXPECT_EQ(settings.count(), 1);

    // Seed 003, always in sight: attachments are never opened, acute means the crisis lines.
    auto* rules = m_pane->findChild<QLabel*>(QStringLiteral("inboxRules"));
    ASSERT_NE(rules, nullptr);
    EXPECT_TRUE(rules->isVisible());
    EXPECT_TRUE(rules->text().contains(QStringLiteral("never opened")));
    EXPECT_TRUE(rules->text().contains(QStringLiteral("112")));

    // For people to look at (the other pictures are InboxScreenshotTest's).
    if (qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR")) {
        EXPECT_TRUE(m_pane->grab().save(qEnvironmentVariable("KOTVA_SCREENSHOT_DIR") +
                                        QStringLiteral("/inbox-not-set-up.png")));
    }
}

TEST_F(InboxPaneTest, OnceSetUpTheEmptyInboxSaysNoMailAndCanFetch)
{
    setUpMailbox();
    makePane();
    EXPECT_TRUE(m_pane->showsEmptyState());
    EXPECT_TRUE(m_pane->emptyText().startsWith(QStringLiteral("No e-mail yet")));
    EXPECT_FALSE(m_pane->setUpButton()->isVisible());
    EXPECT_TRUE(m_pane->fetchButton()->isEnabled());
}

TEST_F(InboxPaneTest, ReloadsWhenTheInboxChangesAndOpensAContactByDoubleClickOrEnter)
{
    setUpMailbox();
    makePane();
    const ContactId lonely = takeIn(test::lonelyMail());
    m_clock.advanceSeconds(600);
    const ContactId acute = takeIn(test::acuteMail(m_clock.nowUtc()));
    Q_EMIT mail().inboxChanged();
    ASSERT_FALSE(m_pane->showsEmptyState());
    ASSERT_EQ(m_pane->model()->rowCount(), 2);
    EXPECT_EQ(m_pane->model()->entryAt(0).contact, acute);

    QSignalSpy opened(m_pane.get(), &InboxPane::openContact);
    QTableView* view = m_pane->view();
    QTest::qWait(20); // the table replaced the empty page: let it be laid out
    const QRect cell = view->visualRect(m_pane->model()->index(1, InboxModel::ContactColumn));
    // QTest's double click on a widget is the double-click event alone; a person presses first.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<ContactId>(), lonely);

    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(0, InboxModel::ContactColumn));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(opened.count(), 2);
    EXPECT_EQ(opened.at(1).at(0).value<ContactId>(), acute);
}

TEST_F(InboxPaneTest, TheStatusLineSummarisesTheLastRun)
{
    setUpMailbox();
    makePane();
    EXPECT_TRUE(m_pane->statusText().isEmpty());
    MailRunReport report;
    report.contacts = 2;
    report.acknowledged = 2;
    report.automated = 1;
    m_pane->showReport(report);
    EXPECT_TRUE(m_pane->statusText().contains(QStringLiteral("2 new e-mail")))
        << m_pane->statusText().toStdString();
    EXPECT_TRUE(m_pane->statusText().contains(QStringLiteral("2 acknowledgement")));
}

TEST_F(InboxPaneTest, FetchingShowsProgressAndEndsWithWhatStoppedIt)
{
    // Nothing listens on loopback port 1: the run fails at once, without any server.
    setUpMailbox();
    MailAccount account = *mail().settings().account();
    account.imap = {QStringLiteral("127.0.0.1"), 1};
    account.smtp = {QStringLiteral("127.0.0.1"), 1};
    ASSERT_TRUE(mail().settings().setAccount(account).has_value());
    makePane();

    QSignalSpy finished(&mail(), &MailService::fetchFinished);
    QTest::mouseClick(m_pane->fetchButton(), Qt::LeftButton);
    EXPECT_TRUE(mail().busy());
    EXPECT_FALSE(m_pane->fetchButton()->isEnabled());
    EXPECT_TRUE(m_pane->progressBar()->isVisible());
    EXPECT_TRUE(m_pane->cancelButton()->isVisible());

    ASSERT_TRUE(finished.wait(20000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !mail().busy(); }, 5000));
    EXPECT_TRUE(m_pane->fetchButton()->isEnabled());
    EXPECT_FALSE(m_pane->progressBar()->isVisible());
    EXPECT_TRUE(m_pane->statusText().contains(QStringLiteral("Stopped: ")))
        << m_pane->statusText().toStdString();
}

} // namespace
// Acute e-mail that a fetch brought (automatic or by hand) does not wait in the list: the
// pane says so above it, selects it and asks to be shown; opening it clears the alert.
TEST_F(InboxPaneTest, AcuteMailThatJustArrivedIsAnnouncedSelectedAndBroughtForward)
{
    setUpMailbox();
    makePane();
    const ContactId lonely = takeIn(test::lonelyMail());
    m_clock.advanceSeconds(600);
    const ContactId acute = takeIn(test::acuteMail(m_clock.nowUtc()));
    EXPECT_TRUE(m_pane->alertText().isEmpty());

    QSignalSpy shown(m_pane.get(), &InboxPane::showRequested);
    // In the order the service announces a fetch's result.
    Q_EMIT mail().inboxChanged();
    Q_EMIT mail().acuteMailArrived({acute});
    EXPECT_EQ(shown.count(), 1);
    EXPECT_TRUE(m_pane->alertText().contains(QStringLiteral("acute danger")))
        << m_pane->alertText().toStdString();
    EXPECT_TRUE(m_pane->alertText().contains(QStringLiteral("Lucie")));
    EXPECT_FALSE(m_pane->alertText().contains(QStringLiteral("Tomáš")));
    EXPECT_EQ(m_pane->model()->contactAt(m_pane->view()->currentIndex()), acute);

    QSignalSpy opened(m_pane.get(), &InboxPane::openContact);
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.at(0).at(0).value<ContactId>(), acute);
    EXPECT_TRUE(m_pane->alertText().isEmpty());
    (void)lonely;
}

} // namespace kotva
