// Client text copied out of Kotva, as a worker copies it (Ctrl+C in a text field of an
// active window): marked as sensitive for clipboard managers and cleared after a while or
// at once when asked (the vault locks); shared texts stay. (A copy made in another
// application cannot be made offscreen, where this process is the only client.)

#include "ui/shell/ClipboardGuard.h"

#include "ui/shell/ShareableCopy.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTest>

#include <gtest/gtest.h>

namespace kotva {
namespace {

using namespace std::chrono_literals;

class ClipboardGuardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        clipboard()->clear();
        editor.setPlainText(QStringLiteral("Klientka píše, že jí je dnes hrozně."));
        editor.show();
        editor.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&editor));
    }
    void TearDown() override { clipboard()->clear(); }

    static QClipboard* clipboard() { return QGuiApplication::clipboard(); }

    /// Ctrl+A, Ctrl+C in the editor, as the worker does it.
    void copyFromEditor()
    {
        QTest::keyClick(&editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&editor, Qt::Key_C, Qt::ControlModifier);
    }

    static QByteArray hint()
    {
        const QMimeData* data = clipboard()->mimeData();
        return data ? data->data(QStringLiteral("x-kde-passwordManagerHint")) : QByteArray();
    }

    QPlainTextEdit editor;
};

TEST_F(ClipboardGuardTest, CopiedClientTextIsMarkedSecretAndClearedAfterAWhile)
{
    ClipboardGuard guard(clipboard(), 300ms);
    copyFromEditor();
    EXPECT_EQ(clipboard()->text(), editor.toPlainText()) << "the copy itself works";
    EXPECT_EQ(hint(), QByteArrayLiteral("secret"));
    EXPECT_TRUE(guard.isHolding());
    QTest::qWait(100);
    EXPECT_EQ(clipboard()->text(), editor.toPlainText()) << "still there before the time";
    EXPECT_TRUE(QTest::qWaitFor([] { return clipboard()->text().isEmpty(); }, 5000));
    EXPECT_FALSE(guard.isHolding());
}

TEST_F(ClipboardGuardTest, LockingClearsTheCopyAtOnce)
{
    ClipboardGuard guard(clipboard());
    copyFromEditor();
    ASSERT_EQ(clipboard()->text(), editor.toPlainText());
    guard.clearNow();
    EXPECT_TRUE(clipboard()->text().isEmpty());
}

TEST_F(ClipboardGuardTest, ASharedTextStaysUnmarkedAndIsNotCleared)
{
    ClipboardGuard guard(clipboard(), 100ms);
    const QString script = QStringLiteral("Zavolejte prosím hned 155.");
    shell::copyShareable(script);
    EXPECT_TRUE(hint().isEmpty());
    EXPECT_FALSE(guard.isHolding());
    QTest::qWait(300);
    guard.clearNow(); // as at lock
    EXPECT_EQ(clipboard()->text(), script);
}

TEST_F(ClipboardGuardTest, ASharedTextCopiedOverClientTextIsKept)
{
    ClipboardGuard guard(clipboard(), 200ms);
    copyFromEditor();
    ASSERT_TRUE(guard.isHolding());
    const QString script = QStringLiteral("Linka první psychické pomoci: 116 123.");
    shell::copyShareable(script);
    QTest::qWait(400);
    EXPECT_EQ(clipboard()->text(), script);
}

} // namespace
} // namespace kotva
