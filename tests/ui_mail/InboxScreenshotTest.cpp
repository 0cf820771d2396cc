// The inbox as a worker sees it in the main window, in English and in Czech, at the two
// screen sizes offices have: the layout must fit (no clipped label, button or column header),
// and pictures are saved for people to look at (build/…/screenshots/inbox-*.png, or the
// folder in KOTVA_SCREENSHOT_DIR).
//
// Czech: the shipped catalogue, and for strings it does not have yet, the English text made
// a third longer, as Czech runs.

#include "core/mail/intake/MailService.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "tests/ui_mail/InboxTestSupport.h"
#include "ui/mail/EmailAnswerBar.h"
#include "ui/mail/InboxModel.h"
#include "ui/mail/InboxPane.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ShellWidgets.h"
#include "ui/workspace/ComposerEdit.h"
#include "ui/workspace/ConversationView.h"
#include "ui/workspace/TurnComposer.h"
#include "ui/workspace/WorkspacePane.h"

#include <QDir>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>
#include <optional>

namespace kotva {
namespace {

/// Untranslated e-mail strings a third longer, so the layout is checked at Czech lengths.
class LongerTexts final : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* sourceText,
                                    const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QLatin1StringView name(context);
        if (!name.startsWith(QLatin1StringView("kotva::Inbox")) &&
            name != QLatin1StringView("kotva::EmailAnswerBar"))
            return {};
        const QString text = QString::fromUtf8(sourceText);
        QString longer = text;
        const qsizetype extra = text.size() / 3;
        for (qsizetype i = 0; i < extra; ++i)
            longer += QStringLiteral("ěščřžýá").at(i % 7);
        return longer;
    }
};

struct ScreenCase
{
    bool czech;
    QSize screen;
};

void PrintTo(const ScreenCase& c, std::ostream* os)
{
    *os << (c.czech ? "cs" : "en") << "_" << c.screen.width() << "x" << c.screen.height();
}

class InboxScreens : public test::InboxTest, public ::testing::WithParamInterface<ScreenCase>
{
protected:
    void SetUp() override
    {
        if (GetParam().czech) {
            // The lengthened English first: Qt asks the translator installed last first, so
            // the shipped catalogue wins and only what it lacks is lengthened.
            QCoreApplication::installTranslator(&m_longer);
            m_czech.emplace();
        }
        InboxTest::SetUp();
        ASSERT_TRUE(m_session->setOrganisationRegion(QStringLiteral("CZ010")).has_value());
        setUpMailbox();
        fillInbox();

        m_window = std::make_unique<MainWindow>();
        m_workspace = new WorkspacePane(*m_session, test::inboxPlanner());
        m_inbox = new InboxPane(mail(), m_clock);
        // The titles as the app registers them (app/gui/main.cpp), so a Czech picture is
        // Czech throughout.
        m_window->addPane(QStringLiteral("workspace"),
                          QCoreApplication::translate("kotva::gui", "Contacts"),
                          shell::icon(QStringLiteral("conversation")), m_workspace);
        m_window->addPane(QStringLiteral("inbox"),
                          QCoreApplication::translate("kotva::gui", "E-mail inbox"),
                          shell::icon(QStringLiteral("mail")), m_inbox);
        QObject::connect(m_inbox, &InboxPane::openContact, m_window.get(), [this](ContactId id) {
            // As the app does (app/gui/main.cpp).
            m_window->showPane(QStringLiteral("workspace"));
            m_workspace->showContact(id);
        });
        ASSERT_TRUE(m_window->showPane(QStringLiteral("inbox")));
        const QSize screen = GetParam().screen;
        m_window->resize(screen.width(), screen.height() - 30);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // The window as a window manager gives it: the whole screen but the title bar.
        const QSize frame = m_window->frameGeometry().size() - m_window->size();
        m_window->resize(screen.width() - frame.width(), screen.height() - 30 - frame.height());
    }

    void TearDown() override
    {
        m_window.reset();
        InboxTest::TearDown();
        QCoreApplication::removeTranslator(&m_longer);
        m_czech.reset();
    }

    /// Five e-mails over the last week, in the states a real inbox has.
    void fillInbox()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(8, 12), Qt::UTC));
        const ContactId mother = takeIn(test::motherMail(m_clock.nowUtc()));
        acknowledge(mother, AckState::Sent);
        m_clock.set(QDateTime(QDate(2026, 12, 3), QTime(19, 40), Qt::UTC));
        const ContactId lonely = takeIn(test::lonelyMail(m_clock.nowUtc()));
        acknowledge(lonely, AckState::Sent);
        answer(lonely, QStringLiteral("Dobrý den, Tomáši, děkujeme, že jste nám napsal."));
        m_clock.set(QDateTime(QDate(2026, 12, 6), QTime(21, 5), Qt::UTC));
        m_medication = takeIn(test::medicationMail(m_clock.nowUtc()));
        acknowledge(m_medication, AckState::Uncertain);
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(6, 55), Qt::UTC));
        const ContactId exams = takeIn(
            {QStringLiteral("Ondřej Pokorný"),
             QStringLiteral("ondra.pokorny@gmail.com"),
             QStringLiteral("Zkouškové"),
             QStringLiteral("Ahoj, blíží se zkouškové a já nemůžu spát, pořád mám strach, že "
                            "to nezvládnu. Poslední dobou mi přijde, že nemá cenu se snažit.\n"
                            "Ondra"),
             "exams-1@gmail.com",
             m_clock.nowUtc(),
             {QStringLiteral("rozvrh.xlsx")}});
        acknowledge(exams, AckState::Failed);
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(8, 47), Qt::UTC));
        m_acute = takeIn(test::acuteMail(m_clock.nowUtc()));
        m_clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 15), Qt::UTC));
    }

    void expectFits(const char* step)
    {
        QTest::qWait(50); // let the layouts settle
        const QString dir = qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR")
                                ? qEnvironmentVariable("KOTVA_SCREENSHOT_DIR")
                                : QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        EXPECT_TRUE(m_window->grab().save(
            QStringLiteral("%1/inbox-%2-%3.png")
                .arg(dir, QString::fromStdString(::testing::PrintToString(GetParam())),
                     QLatin1String(step))));
        const QStringList problems = test::layoutProblems(m_window.get(), GetParam().screen);
        EXPECT_TRUE(problems.isEmpty())
            << step << ":\n  " << problems.join(QStringLiteral("\n  ")).toStdString();
    }

    std::optional<test::CzechUi> m_czech;
    LongerTexts m_longer;
    std::unique_ptr<MainWindow> m_window;
    WorkspacePane* m_workspace = nullptr;
    InboxPane* m_inbox = nullptr;
    ContactId m_medication = 0;
    ContactId m_acute = 0;
};

TEST_P(InboxScreens, TheInboxAndAnAnswerFitTheScreen)
{
    MailRunReport report;
    report.newMessages = 3;
    report.contacts = 2;
    report.acknowledged = 1;
    report.automated = 1;
    report.uncertain = 1;
    m_inbox->showReport(report);
    ASSERT_EQ(m_inbox->model()->rowCount(), 5);
    EXPECT_EQ(m_inbox->model()->entryAt(0).contact, m_acute);
    expectFits("inbox");

    // The acute one opens with the crisis-referral pane beside it.
    Q_EMIT m_inbox->openContact(m_acute);
    EXPECT_EQ(m_window->currentPaneId(), QStringLiteral("workspace"));
    EXPECT_TRUE(m_workspace->isCrisisPaneShown());
    expectFits("acute");

    Q_EMIT m_inbox->openContact(m_medication);
    TurnComposer* composer = m_workspace->conversation()->composer();
    composer->setText(QStringLiteral(
        "Dobrý den, Marie, děkujeme za důvěru. O lécích vám poradit nemůžeme: to patří "
        "lékaři, který vám je předepsal. Přílohy neotvíráme."));
    EXPECT_TRUE(m_workspace->conversation()->emailAnswers()->sendButton()->isEnabled());
    expectFits("answer");
}

INSTANTIATE_TEST_SUITE_P(InboxLayout, InboxScreens,
                         ::testing::Values(ScreenCase{false, {1366, 768}},
                                           ScreenCase{false, {1024, 768}},
                                           ScreenCase{true, {1366, 768}},
                                           ScreenCase{true, {1024, 768}}),
                         [](const ::testing::TestParamInfo<ScreenCase>& param) {
                             return ::testing::PrintToString(param.param);
                         });

} // namespace
} // namespace kotva
