#include "ui/referral/CrisisReferralPane.h"

#include "core/analysis/Analyzer.h"
#include "core/referral/ReferralDirectory.h"
#include "core/referral/ReferralPlanner.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/CzechUi.h"
#include "ui/referral/ReferralCard.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <vector>

namespace kotva {
namespace {

const Analyzer& analyzer()
{
    return test::builtInAnalyzer();
}

const ReferralDirectory& directory()
{
    return test::builtInReferralDirectory();
}

const QString kAcute = QStringLiteral("Už jsem spolykala celou krabičku léků, sbohem.");
const QString kConcern = QStringLiteral("Poslední dobou myslím na sebevraždu.");
const QString kNothing =
    QStringLiteral("Dnes jsme byli s kamarády na výletě a moc jsme se nasmáli.");

/// The pane as the workspace uses it, on a Wednesday morning in Prague, region Plzeň.
class CrisisReferralPaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        pane = std::make_unique<CrisisReferralPane>(planner, QStringLiteral("CZ032"));
        pane->resize(420, 700);
        pane->show();
    }
    void assess(const QString& text)
    {
        pane->showAssessment(analyzer().analyze(text, Author::Client), text);
    }
    template <typename T> T* child(const char* name) const
    {
        T* widget = pane->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QList<ReferralCard*> cards() const { return pane->findChildren<ReferralCard*>(); }

    FixedClock clock{
        QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone(QByteArrayLiteral("Europe/Prague")))
            .toUTC()};
    ReferralPlanner planner{directory(), clock};
    std::unique_ptr<CrisisReferralPane> pane;
};

TEST_F(CrisisReferralPaneTest, AcuteWordsPutTheEmergencyNumbersFirstAndUnmistakably)
{
    assess(kAcute);
    EXPECT_EQ(pane->level(), RiskLevel::Acute);
    EXPECT_TRUE(pane->shouldRise());
    ASSERT_FALSE(pane->plan().referrals.isEmpty());
    const QString first = pane->plan().referrals.first().phone();
    EXPECT_TRUE(first == u"155" || first == u"112") << first.toStdString();

    // On screen: the first card is that number, and the banner says it in words and large.
    const QList<ReferralCard*> shown = cards();
    ASSERT_EQ(shown.size(), pane->plan().referrals.size());
    ASSERT_NE(shown.first()->phoneLabel(), nullptr);
    for (ReferralCard* card : shown)
        EXPECT_TRUE(card->isVisible());
    EXPECT_EQ(shown.first()->phoneLabel()->text(), first);
    EXPECT_TRUE(shown.first()->titleLabel()->text().startsWith(QString()));
    auto* title = child<QLabel>("levelTitle");
    EXPECT_TRUE(title->text().contains(QStringLiteral("Acute danger")));
    auto* numbers = child<QLabel>("emergencyNumbers");
    EXPECT_TRUE(numbers->isVisible());
    EXPECT_TRUE(numbers->text().startsWith(first)) << numbers->text().toStdString();
    EXPECT_TRUE(numbers->text().contains(QStringLiteral("112")));
    EXPECT_GT(numbers->font().pointSizeF(), pane->font().pointSizeF() * 1.5);
    EXPECT_TRUE(child<QFrame>("levelBanner")->accessibleName().contains(first));
}

TEST_F(CrisisReferralPaneTest, TheTriggeringWordsAreShownWithTheirKind)
{
    assess(kAcute);
    auto* words = child<QLabel>("triggerWords");
    EXPECT_TRUE(words->isVisible());
    EXPECT_TRUE(words->text().contains(QStringLiteral("spolykala"))) << words->text().toStdString();
    EXPECT_TRUE(words->text().contains(QStringLiteral("an attempt happening now")))
        << words->text().toStdString();
}

TEST_F(CrisisReferralPaneTest, TheClassifiersFindingIsTheMessageAsAWhole)
{
    // The risk classifier names no words: its signal has an empty span.
    const QString text = QStringLiteral("Až všichni usnou, pustím plyn v kuchyni.");
    Analysis analysis;
    analysis.crisis.level = RiskLevel::Acute;
    analysis.crisis.signals.append(CrisisSignal{SignalKind::ResemblesAcute, TextSpan{}});
    pane->showAssessment(analysis, text);
    EXPECT_EQ(pane->level(), RiskLevel::Acute);
    EXPECT_TRUE(pane->plan().acute);
    auto* words = child<QLabel>("triggerWords");
    EXPECT_TRUE(words->isVisible());
    EXPECT_TRUE(words->text().contains(QStringLiteral("The message as a whole")))
        << words->text().toStdString();
    EXPECT_TRUE(words->text().contains(QStringLiteral("resembles messages about acute danger")))
        << words->text().toStdString();
    EXPECT_FALSE(words->text().contains(u'“')) << "no quoted words";
}

TEST_F(CrisisReferralPaneTest, EveryReferralShowsNumberHoursAudienceAndVerifiedDate)
{
    assess(kAcute);
    for (ReferralCard* card : cards()) {
        const Referral& referral = card->referral();
        if (!referral.entry)
            continue;
        EXPECT_EQ(card->phoneLabel()->text(), referral.entry->phone);
        // Plain text, never a tel: link: the pane does not dial.
        EXPECT_EQ(card->phoneLabel()->textFormat(), Qt::PlainText);
        EXPECT_FALSE(card->phoneLabel()->openExternalLinks());
        EXPECT_TRUE(card->phoneLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        ASSERT_NE(card->verifiedLabel(), nullptr);
        EXPECT_TRUE(card->verifiedLabel()->text().contains(
            QString::number(referral.entry->verified.year())));
        auto* hours = card->findChild<QLabel*>(QStringLiteral("referralHours"));
        ASSERT_NE(hours, nullptr);
        EXPECT_FALSE(hours->text().isEmpty());
        EXPECT_FALSE(card->accessibleName().isEmpty());
    }
    // A nonstop emergency number is open on a Wednesday morning, and the card says so.
    EXPECT_TRUE(cards().first()->openStateLabel()->text().contains(QStringLiteral("Open now")));
}

TEST_F(CrisisReferralPaneTest, ConcernRisesWithoutTheEmergencyBanner)
{
    assess(kConcern);
    EXPECT_EQ(pane->level(), RiskLevel::Concern);
    EXPECT_TRUE(pane->shouldRise());
    EXPECT_TRUE(child<QLabel>("levelTitle")->text().contains(QStringLiteral("Concern")));
    EXPECT_FALSE(child<QLabel>("emergencyNumbers")->isVisible());
    ASSERT_FALSE(cards().isEmpty());
    EXPECT_NE(cards().first()->referral().entry->kind, EntryKind::Emergency);
}

TEST_F(CrisisReferralPaneTest, NothingFoundDoesNotRiseButStillListsTheCrisisLines)
{
    assess(kNothing);
    EXPECT_EQ(pane->level(), RiskLevel::None);
    EXPECT_FALSE(pane->shouldRise());
    EXPECT_FALSE(child<QGroupBox>("triggersBox")->isVisible());
    EXPECT_FALSE(child<QLabel>("emergencyNumbers")->isVisible());
    // Opened with F2 on a worker's hunch: the lines are there, no emergency numbers first.
    ASSERT_FALSE(cards().isEmpty());
    EXPECT_NE(cards().first()->referral().entry->kind, EntryKind::Emergency);
}

TEST_F(CrisisReferralPaneTest, ClearGoesBackToNothingFound)
{
    assess(kAcute);
    pane->clear();
    EXPECT_EQ(pane->level(), RiskLevel::None);
    EXPECT_FALSE(pane->shouldRise());
    EXPECT_FALSE(child<QLabel>("emergencyNumbers")->isVisible());
    EXPECT_TRUE(child<QLabel>("triggerWords")->text().isEmpty())
        << "no client words stay on screen";
}

TEST_F(CrisisReferralPaneTest, InsertIntoReplyHandsOverTheScriptInTheChosenLanguage)
{
    assess(kAcute);
    QSignalSpy insert(pane.get(), &CrisisReferralPane::insertIntoReplyRequested);
    child<QRadioButton>("scriptCzech")->click();
    child<QPushButton>("insertScript")->click();
    ASSERT_EQ(insert.count(), 1);
    EXPECT_EQ(insert.at(0).at(0).toString(), pane->plan().script(ScriptLanguage::Czech));

    child<QRadioButton>("scriptEnglish")->click();
    EXPECT_EQ(child<QPlainTextEdit>("scriptText")->toPlainText(),
              pane->plan().script(ScriptLanguage::English));
    child<QPushButton>("insertScript")->click();
    ASSERT_EQ(insert.count(), 2);
    EXPECT_EQ(insert.at(1).at(0).toString(), pane->plan().script(ScriptLanguage::English));
    EXPECT_NE(insert.at(0).at(0).toString(), insert.at(1).at(0).toString());
}

TEST_F(CrisisReferralPaneTest, ScriptLanguageSwitchChangesTheShownScript)
{
    assess(kConcern);
    auto* script = child<QPlainTextEdit>("scriptText");
    child<QRadioButton>("scriptCzech")->click();
    EXPECT_EQ(script->toPlainText(), pane->plan().script(ScriptLanguage::Czech));
    EXPECT_TRUE(script->isReadOnly());
    child<QRadioButton>("scriptEnglish")->click();
    EXPECT_EQ(script->toPlainText(), pane->plan().script(ScriptLanguage::English));
    // The choice stays for the next assessment.
    assess(kAcute);
    EXPECT_EQ(script->toPlainText(), pane->plan().script(ScriptLanguage::English));
}

// Issue 12: the script follows the client's "ty" until the worker chooses otherwise.
TEST_F(CrisisReferralPaneTest, TheScriptFollowsTykaniUntilTheWorkerChooses)
{
    assess(kAcute);
    child<QRadioButton>("scriptCzech")->click();
    auto* script = child<QPlainTextEdit>("scriptText");
    pane->suggestForm(Register::Informal);
    EXPECT_EQ(script->toPlainText(),
              pane->plan().script(ScriptLanguage::Czech, Register::Informal));
    EXPECT_TRUE(script->toPlainText().contains(QString::fromUtf8("zavolej hned teď")));

    // The worker picks vykání: a later "ty" from the client no longer changes it.
    auto* form = child<QComboBox>("scriptForm");
    form->setFocus();
    QTest::keyClick(form, Qt::Key_Home);
    EXPECT_EQ(pane->form(), Register::Formal);
    pane->suggestForm(Register::Informal);
    EXPECT_EQ(pane->form(), Register::Formal);
    EXPECT_TRUE(script->toPlainText().contains(QString::fromUtf8("zavolejte hned teď")));

    // Another contact starts again from vykání and follows the client.
    pane->clear();
    EXPECT_EQ(pane->form(), Register::Formal);
    pane->suggestForm(Register::Informal);
    EXPECT_EQ(pane->form(), Register::Informal);
}

TEST_F(CrisisReferralPaneTest, CopyPutsTheScriptOnTheClipboard)
{
    assess(kAcute);
    child<QRadioButton>("scriptEnglish")->click();
    child<QPushButton>("copyScript")->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), pane->plan().script(ScriptLanguage::English));
    EXPECT_FALSE(child<QLabel>("scriptStatus")->text().isEmpty());
}

TEST_F(CrisisReferralPaneTest, ReferralGivenIsSignalledOnceWithTheLevel)
{
    assess(kAcute);
    QSignalSpy given(pane.get(), &CrisisReferralPane::referralGiven);
    auto* button = child<QPushButton>("referralGiven");
    ASSERT_TRUE(button->isEnabled());
    button->click();
    ASSERT_EQ(given.count(), 1);
    EXPECT_EQ(given.at(0).at(0).value<RiskLevel>(), RiskLevel::Acute);
    EXPECT_FALSE(button->isEnabled()) << "a second click would record it twice";
    EXPECT_FALSE(child<QLabel>("referralGivenStatus")->text().isEmpty());

    // The same situation analysed again (the worker kept typing) does not ask again…
    assess(kAcute);
    EXPECT_FALSE(button->isEnabled());
    // …a new level does.
    assess(kConcern);
    EXPECT_TRUE(button->isEnabled());
}

TEST_F(CrisisReferralPaneTest, WithoutARegionTheWorkerIsToldToSetOne)
{
    pane->setRegion(QString());
    assess(kConcern);
    auto* notes = child<QLabel>("workerNotes");
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(QStringLiteral("region")));
    // Setting the region plans again, with the regional crisis centre.
    pane->setRegion(QStringLiteral("CZ032"));
    const bool centre = std::ranges::any_of(pane->plan().referrals, [](const Referral& r) {
        return r.entry && r.entry->kind == EntryKind::CrisisCentre;
    });
    EXPECT_TRUE(centre);
}

TEST_F(CrisisReferralPaneTest, FitsALaptopScreenByScrolling)
{
    assess(kAcute);
    pane->resize(380, 600);
    auto* scroll = child<QScrollArea>("referralScroll");
    EXPECT_TRUE(scroll->widgetResizable());
    EXPECT_LE(pane->minimumSizeHint().height(), 600);
    EXPECT_LE(pane->minimumSizeHint().width(), 380);
}

TEST_F(CrisisReferralPaneTest, ControlsHaveAccessibleNamesOrText)
{
    assess(kAcute);
    for (QAbstractButton* button : pane->findChildren<QAbstractButton*>()) {
        if (button->isVisible()) {
            EXPECT_FALSE(button->text().isEmpty() && button->accessibleName().isEmpty());
        }
    }
    EXPECT_FALSE(child<QPlainTextEdit>("scriptText")->accessibleName().isEmpty());
    EXPECT_FALSE(pane->accessibleName().isEmpty());
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

// Pictures of the pane for people to look at (build/…/screenshots), in English and in
// Czech; the Czech ones must really be in Czech.
TEST_F(CrisisReferralPaneTest, ScreenshotsForReviewInBothLanguages)
{
    const QString folder = QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    for (const bool czech : {false, true}) {
        std::optional<test::CzechUi> language;
        if (czech) {
            language.emplace();
            ASSERT_TRUE(language->loaded());
        }
        pane = std::make_unique<CrisisReferralPane>(planner, QStringLiteral("CZ032"));
        pane->show();
        pane->resize(460, 1400);
        for (const auto& [name, text] :
             {std::pair{"referral-acute", kAcute}, std::pair{"referral-concern", kConcern},
              std::pair{"referral-none", kNothing}}) {
            assess(text);
            EXPECT_TRUE(pane->grab().save(folder + QLatin1Char('/') + QLatin1String(name) +
                                          (czech ? QStringLiteral("-cs") : QString()) +
                                          QStringLiteral(".png")));
        }
        EXPECT_EQ(child<QPushButton>("referralGiven")->text(),
                  czech ? QStringLiteral("Kontakt &předán") : QStringLiteral("Referral &given"));
        pane.reset();
    }
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

TEST_F(CrisisReferralPaneTest, TheSameSituationAssessedAgainKeepsTheCards)
{
    // The workspace analyses again while the worker types; the cards must not be rebuilt
    // (the worker may be reading or selecting a number in them).
    assess(kAcute);
    const QList<ReferralCard*> before = cards();
    ASSERT_FALSE(before.isEmpty());
    const QPointer<ReferralCard> first = before.first();
    assess(kAcute + QStringLiteral(" Opravdu."));
    EXPECT_FALSE(first.isNull());
    EXPECT_EQ(cards(), before);

    assess(kConcern);
    EXPECT_TRUE(first.isNull()) << "another plan, other cards";
}

TEST_F(CrisisReferralPaneTest, NothingFoundOffersTheLinesWithoutTheEmergencyWords)
{
    assess(kAcute);
    EXPECT_TRUE(pane->plan().script(ScriptLanguage::English).contains(u"Your safety"));
    pane->clear();
    // Opened on demand: the script offers the lines but does not speak of acute danger.
    EXPECT_TRUE(child<QGroupBox>("scriptBox")->isVisible());
    const QString script = pane->plan().script(ScriptLanguage::English);
    EXPECT_TRUE(script.contains(u"When you need to talk to someone")) << script.toStdString();
    EXPECT_FALSE(script.contains(u"Your safety")) << script.toStdString();
}

} // namespace
} // namespace kotva
