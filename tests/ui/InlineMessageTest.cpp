#include "ui/shell/InlineMessage.h"

#include "ui/shell/ShellWidgets.h"

#include <QDialog>
#include <QLabel>
#include <QScreen>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace kotva {
namespace {

QString longNotice()
{
    QString text;
    for (int i = 0; i < 60; ++i)
        text += QStringLiteral("Tato odpověď překračuje hranice role peer pracovníka. ");
    return text;
}

// Issue 12: after "Přesto odeslat" the main window grew from 740 to 964 px on a 768 px
// screen. A notice in a main window leaves the window's size alone.
TEST(InlineMessageTest, ANoticeNeverResizesTheMainWindow)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* message = new InlineMessage(&window);
    layout->addWidget(message);
    layout->addWidget(new QLabel(QStringLiteral("Konverzace"), &window), 1);
    window.resize(500, 300);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    message->setMessage(InlineMessage::Kind::Warning, longNotice());
    QTest::qWait(10);
    EXPECT_EQ(window.size(), QSize(500, 300));
}

// A dialog grows so wrapped text is not clipped, but never past the screen.
TEST(InlineMessageTest, ADialogGrowsButStaysOnTheScreen)
{
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    auto* message = new InlineMessage(&dialog);
    layout->addWidget(message);
    dialog.resize(300, 120);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    message->setMessage(InlineMessage::Kind::Warning, longNotice());
    QTest::qWait(10);
    EXPECT_GT(dialog.height(), 120);
    EXPECT_LE(dialog.frameGeometry().height(), dialog.screen()->availableGeometry().height());
}

} // namespace
} // namespace kotva
