#include "ui/shell/MainWindow.h"

#include "ui/shell/VaultOverviewPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva {
namespace {

VaultInfo sampleInfo()
{
    VaultInfo info;
    info.path = QStringLiteral("/home/pracovnice/.local/share/Kotva/kotva.vault");
    info.cipherVersion = QStringLiteral("3.4.1");
    info.schemaVersion = 1;
    info.retention = RetentionPolicy{30, 12};
    info.oldestRecordAgeSeconds = 3 * 24 * 3600 + 5;
    return info;
}

class MainWindowTest : public ::testing::Test
{
protected:
    MainWindowTest()
    {
        window.overview()->setInfo(sampleInfo());
        window.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    MainWindow window;
};

TEST_F(MainWindowTest, OverviewShowsWhereAndThatTheVaultIsEncrypted)
{
    VaultOverviewPage* page = window.overview();
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(page->pathLabel()->text(),
              QStringLiteral("/home/pracovnice/.local/share/Kotva/kotva.vault"));
    EXPECT_TRUE(page->encryptionLabel()->text().contains(QStringLiteral("Encrypted")));
    EXPECT_TRUE(page->encryptionLabel()->text().contains(QStringLiteral("SQLCipher 3.4.1")));
    EXPECT_TRUE(page->messageRetentionLabel()->text().contains(QStringLiteral("30")));
    EXPECT_TRUE(page->recordRetentionLabel()->text().contains(QStringLiteral("12")));
    EXPECT_TRUE(page->oldestLabel()->text().contains(QStringLiteral("3")));
}

TEST_F(MainWindowTest, EmptyVaultSaysSoInsteadOfAnAge)
{
    VaultInfo info = sampleInfo();
    info.oldestRecordAgeSeconds.reset();
    window.overview()->setInfo(info);
    EXPECT_TRUE(window.overview()->oldestLabel()->text().contains(QStringLiteral("no records")));
}

TEST_F(MainWindowTest, LastPurgeIsShown)
{
    PurgeReport report;
    report.ranAtUtc = QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
    report.messagesRemoved = 4;
    report.recordsRemoved = 2;
    window.overview()->setLastPurge(report);
    const QString text = window.overview()->lastPurgeLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("4"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2"))) << text.toStdString();
}

TEST_F(MainWindowTest, TheOverviewRemindsOfAMonthWithoutSupervision)
{
    QLabel* line = window.overview()->supervisionLabel();
    window.overview()->setSupervisionDates(QDate(2026, 12, 1), {});
    EXPECT_TRUE(line->text().contains(QStringLiteral("No supervision is planned")))
        << qPrintable(line->text());
    EXPECT_TRUE(line->text().contains(QStringLiteral("2026")));

    Occurrence team;
    team.date = QDate(2026, 12, 9);
    team.start = QTime(15, 0);
    team.supervision = SupervisionKind::Team;
    window.overview()->setSupervisionDates(QDate(2026, 12, 1), {team});
    EXPECT_TRUE(line->text().startsWith(QStringLiteral("Team supervision on 9. 12.")))
        << qPrintable(line->text());
    EXPECT_FALSE(line->text().contains(QStringLiteral("No supervision")));
}

TEST_F(MainWindowTest, AgesAreInPlainWords)
{
    EXPECT_TRUE(VaultOverviewPage::formatAge(3600).contains(QStringLiteral("Less than a day")));
    EXPECT_TRUE(VaultOverviewPage::formatAge(10 * 86400).contains(QStringLiteral("10")));
    EXPECT_TRUE(VaultOverviewPage::formatAge(200 * 86400).contains(QStringLiteral("6")));
}

TEST_F(MainWindowTest, OverviewAloneNeedsNoNavigation)
{
    EXPECT_EQ(window.paneIds(), QStringList{MainWindow::OverviewPaneId});
    EXPECT_FALSE(window.navigation()->isVisible());
    EXPECT_EQ(window.currentPaneId(), MainWindow::OverviewPaneId);
}

TEST_F(MainWindowTest, PanesPlugInAndCanBeSwitched)
{
    QAbstractItemModelTester tester(window.navigation()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&window, &MainWindow::currentPaneChanged);
    auto* programme = new QLabel(QStringLiteral("programme"));
    ASSERT_TRUE(window.addPane(QStringLiteral("programme"), QStringLiteral("Programme"), QIcon(),
                               programme));
    EXPECT_TRUE(window.navigation()->isVisible());
    EXPECT_EQ(window.navigation()->count(), 2);
    EXPECT_EQ(window.navigation()->item(1)->text(), QStringLiteral("Programme"));
    // Adding does not steal the page the user is on.
    EXPECT_EQ(window.currentPaneId(), MainWindow::OverviewPaneId);

    window.navigation()->setCurrentRow(1);
    EXPECT_EQ(window.currentPaneId(), QStringLiteral("programme"));
    EXPECT_TRUE(programme->isVisible());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("programme"));

    EXPECT_TRUE(window.showPane(MainWindow::OverviewPaneId));
    EXPECT_TRUE(window.overview()->isVisible());
    EXPECT_FALSE(window.showPane(QStringLiteral("nothing")));
    EXPECT_EQ(window.pane(QStringLiteral("programme")), programme);
}

TEST_F(MainWindowTest, DuplicatePaneIdsAreRefused)
{
    auto* first = new QLabel(&window);
    auto* second = new QLabel;
    EXPECT_TRUE(window.addPane(QStringLiteral("inbox"), QStringLiteral("Inbox"), QIcon(), first));
    EXPECT_FALSE(window.addPane(QStringLiteral("inbox"), QStringLiteral("Inbox"), QIcon(), second));
    delete second;
    EXPECT_EQ(window.navigation()->count(), 2);
}

TEST_F(MainWindowTest, LockAndSettingsAreActions)
{
    QSignalSpy lock(&window, &MainWindow::lockRequested);
    QSignalSpy settings(&window, &MainWindow::settingsRequested);
    window.findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    EXPECT_EQ(lock.count(), 1);
    EXPECT_EQ(settings.count(), 1);
}

} // namespace
} // namespace kotva
