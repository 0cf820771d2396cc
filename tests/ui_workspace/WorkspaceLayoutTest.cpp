// The quality bar of issue 12: the worker's main flow in the real main window, in Czech and
// English, at the two screen sizes offices have. Each step is checked as a person would
// look at it: the window fits the screen, no control lies outside it, no label, button or
// column header is narrower than its text.

#include "core/vaultsession/VaultSession.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "tests/ui_workspace/WorkspaceTestSupport.h"
#include "ui/shell/MainWindow.h"
#include "ui/workspace/BoundaryNotice.h"
#include "ui/workspace/CloseContactDialog.h"
#include "ui/workspace/ComposerEdit.h"
#include "ui/workspace/ConversationView.h"
#include "ui/workspace/NewContactDialog.h"
#include "ui/workspace/TurnComposer.h"
#include "ui/workspace/WorkspacePane.h"

#include <QDir>
#include <QIcon>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace kotva {
namespace {

struct LayoutCase
{
    bool czech;
    QSize screen;
};

void PrintTo(const LayoutCase& c, std::ostream* os)
{
    *os << (c.czech ? "cs" : "en") << "_" << c.screen.width() << "x" << c.screen.height();
}

class WorkspaceLayout : public test::VaultTest, public ::testing::WithParamInterface<LayoutCase>
{
protected:
    void SetUp() override
    {
        if (GetParam().czech)
            m_czech.emplace();
        VaultTest::SetUp();
        m_session = std::make_unique<VaultSession>(*m_vault, test::analyzer(), m_clock);
        ASSERT_TRUE(m_session->setOrganisationRegion(QStringLiteral("CZ010")).has_value());
        m_window = std::make_unique<MainWindow>();
        m_pane = new WorkspacePane(*m_session, test::planner());
        m_window->addPane(QStringLiteral("workspace"), QStringLiteral("Kontakty"), QIcon(), m_pane);
        ASSERT_TRUE(m_window->showPane(QStringLiteral("workspace")));
        // The window as a window manager gives it: the whole screen but the title bar.
        const QSize screen = GetParam().screen;
        m_window->resize(screen.width(), screen.height() - 30);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        const QSize frame = m_window->frameGeometry().size() - m_window->size();
        m_window->resize(screen.width() - frame.width(), screen.height() - 30 - frame.height());
    }
    void TearDown() override
    {
        m_window.reset();
        m_session.reset();
        VaultTest::TearDown();
        m_czech.reset();
    }

    /// Problems of the window at this step; saves a picture (in the temporary folder's
    /// kotva-layout) when there are some, or always with KOTVA_LAYOUT_PICTURES set.
    void expectFits(const char* step)
    {
        QTest::qWait(30);
        const QStringList problems = test::layoutProblems(m_window.get(), GetParam().screen);
        if (!problems.isEmpty() || qEnvironmentVariableIsSet("KOTVA_LAYOUT_PICTURES")) {
            const QString dir = QDir::temp().filePath(QStringLiteral("kotva-layout"));
            QDir().mkpath(dir);
            m_window->grab().save(
                QStringLiteral("%1/%2-%3.png")
                    .arg(dir, QString::fromStdString(::testing::PrintToString(GetParam())),
                         QLatin1String(step)));
        }
        EXPECT_TRUE(problems.isEmpty())
            << step << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
    }

    void save(Author author, const QString& text)
    {
        TurnComposer* composer = m_pane->conversation()->composer();
        composer->setAuthor(author);
        test::typeText(composer->editor(), text);
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
    }

    std::optional<test::CzechUi> m_czech;
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    WorkspacePane* m_pane = nullptr;
};

TEST_P(WorkspaceLayout, TheMainFlowFitsTheScreen)
{
    expectFits("empty");
    ASSERT_TRUE(
        m_pane->openContact({Channel::Chat, QStringLiteral("Petra"), ContractWish::JustBeHeard}));
    ASSERT_TRUE(m_pane->openContact(
        {Channel::Email, QStringLiteral("Maxmilián z Opavy"), ContractWish::FindSolution}));
    expectFits("two contacts");
    save(Author::Client, QStringLiteral("Ahoj, už nemůžu. Mám doma prášky a dnes večer je "
                                        "všechny spolykám. Moje číslo je 777 123 456."));
    expectFits("acute message and the crisis pane");
    save(Author::Worker, QStringLiteral("Myslím, že máte depresi. Zkuste si říct o "
                                        "antidepresiva."));
    ASSERT_EQ(m_pane->conversation()->boundaryNotice()->mode(), BoundaryNotice::Mode::WorkerDraft);
    expectFits("a draft held at a boundary");
    save(Author::Client, QStringLiteral("Můžete mi říct, jestli to je deprese? A dáte mi "
                                        "svoje číslo?"));
    expectFits("a client's request");
}

// The dialogs of a contact, as they open (their own size, the window manager's frame
// aside): each fits the screen and shows every label and button whole.
TEST_P(WorkspaceLayout, TheContactDialogsFitTheScreen)
{
    const Result<Contact> contact =
        m_pane->openContact({Channel::Chat, QStringLiteral("Petra"), ContractWish::JustBeHeard});
    ASSERT_TRUE(contact.has_value());
    NewContactDialog newContact(m_session->contacts(), m_window.get());
    newContact.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&newContact));
    QStringList problems = test::layoutProblems(&newContact, GetParam().screen);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QStringLiteral("\n")).toStdString();
    newContact.close();

    const Result<QStringList> topics = m_session->contacts().outcomeTopics();
    ASSERT_TRUE(topics.has_value());
    CloseContactDialog close(*contact, *topics, m_window.get());
    close.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&close));
    problems = test::layoutProblems(&close, GetParam().screen);
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QStringLiteral("\n")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Screens, WorkspaceLayout,
                         ::testing::Values(LayoutCase{true, QSize(1366, 768)},
                                           LayoutCase{true, QSize(1024, 768)},
                                           LayoutCase{false, QSize(1366, 768)},
                                           LayoutCase{false, QSize(1024, 768)}),
                         [](const ::testing::TestParamInfo<LayoutCase>& row) {
                             return ::testing::PrintToString(row.param);
                         });

} // namespace
} // namespace kotva
