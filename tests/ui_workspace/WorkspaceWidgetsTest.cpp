#include "core/session/SessionService.h"
#include "tests/ui_workspace/WorkspaceTestSupport.h"
#include "ui/workspace/AnalysisHighlighter.h"
#include "ui/workspace/CloseContactDialog.h"
#include "ui/workspace/ComposerEdit.h"
#include "ui/workspace/NewContactDialog.h"
#include "ui/workspace/TurnComposer.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class WorkspaceWidgets : public test::VaultTest
{};

TEST(AnalysisHighlighterTest, ASignalWithoutWordsUnderlinesNothing)
{
    // The risk classifier's finding has an empty span: no mark, no tooltip, the rules' marks
    // as before.
    QTextDocument document(QStringLiteral("Nechci už žít, dneska."));
    AnalysisHighlighter highlighter(&document);
    Analysis analysis;
    analysis.crisis.level = RiskLevel::Acute;
    analysis.crisis.signals = {CrisisSignal{SignalKind::SuicidalThoughts, TextSpan{0, 13}},
                               CrisisSignal{SignalKind::ResemblesAcute, TextSpan{}}};
    highlighter.setAnalysis(analysis);
    ASSERT_EQ(highlighter.marks().size(), 1);
    EXPECT_EQ(highlighter.marks().constFirst().span, (TextSpan{0, 13}));
    EXPECT_FALSE(highlighter.toolTipAt(0).contains(QStringLiteral("resembles")));
}

TEST_F(WorkspaceWidgets, NewContactWarnsWhileAFullNameIsTypedAndShowsWhatWouldBeStored)
{
    SessionService service(*m_vault, test::analyzer());
    NewContactDialog dialog(service);
    dialog.show();
    QLineEdit* pseudonym = dialog.pseudonymEdit();
    QTest::keyClicks(pseudonym, QStringLiteral("Jana"));
    EXPECT_TRUE(dialog.warningText().isEmpty());
    EXPECT_TRUE(dialog.canAccept());
    test::typeText(pseudonym, QStringLiteral(" Nováková"));
    const QString warning = dialog.warningText();
    EXPECT_TRUE(warning.contains(QStringLiteral("full name"))) << warning.toStdString();
    EXPECT_TRUE(warning.contains(QStringLiteral("Jana"))) << warning.toStdString();
    EXPECT_FALSE(warning.contains(QStringLiteral("Nováková"))) << warning.toStdString();

    // Channel and contract chosen with the keyboard like a person would.
    dialog.channelCombo()->setFocus();
    dialog.channelCombo()->setCurrentIndex(dialog.channelCombo()->findData(int(Channel::Phone)));
    dialog.contractGroup()->button(int(ContractWish::FindSolution))->click();
    const NewContact contact = dialog.newContact();
    EXPECT_EQ(contact.channel, Channel::Phone);
    EXPECT_EQ(contact.wish, ContractWish::FindSolution);
    // Every contract wish is offered with its explanation in plain words.
    EXPECT_EQ(dialog.contractGroup()->buttons().size(), 6);
    for (ContractWish wish : allContractWishes())
        EXPECT_FALSE(NewContactDialog::explanation(wish).isEmpty());
}

TEST_F(WorkspaceWidgets, ComposerMarksPersonalDataDangerAndBoundariesWithDistinctUnderlines)
{
    TurnComposer composer(test::analyzer());
    composer.show();
    const QString text =
        QStringLiteral("Už jsem spolykala celou krabičku léků, volejte 777 123 456.");
    test::typeText(composer.editor(), text);
    // Analysis waits until typing pauses, then runs once.
    EXPECT_TRUE(composer.analysisPending());
    QSignalSpy analysed(&composer, &TurnComposer::analysed);
    ASSERT_TRUE(analysed.wait(5000));
    EXPECT_EQ(analysed.count(), 1);
    EXPECT_EQ(composer.lastAnalysis().crisis.level, RiskLevel::Acute);

    const auto& marks = composer.editor()->highlighter()->marks();
    bool pii = false, danger = false;
    for (const auto& mark : marks) {
        pii |= mark.kind == AnalysisHighlighter::MarkKind::PersonalData;
        danger |= mark.kind == AnalysisHighlighter::MarkKind::DangerSignal;
    }
    EXPECT_TRUE(pii);
    EXPECT_TRUE(danger);
    const qsizetype phone = text.indexOf(QStringLiteral("777"));
    const QString tip = composer.editor()->highlighter()->toolTipAt(phone + 1);
    EXPECT_TRUE(tip.contains(QStringLiteral("Personal data: phone number"))) << tip.toStdString();

    // Hovering over the number says why it is marked.
    QTextCursor at(composer.editor()->document());
    at.setPosition(phone + 2);
    const QPoint inside = composer.editor()->cursorRect(at).center();
    QHelpEvent hover(QEvent::ToolTip, inside, composer.editor()->viewport()->mapToGlobal(inside));
    QApplication::sendEvent(composer.editor()->viewport(), &hover);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("phone number")))
        << QToolTip::text().toStdString();
    QToolTip::hideText();

    // The layout carries the marks: the phone number has the dotted underline.
    const QTextBlock block = composer.editor()->document()->firstBlock();
    bool dotted = false;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.start <= phone && phone < range.start + range.length)
            dotted |= range.format.underlineStyle() == QTextCharFormat::DotLine;
    }
    EXPECT_TRUE(dotted);
    // Three kinds, three underline styles: not colour alone.
    using K = AnalysisHighlighter::MarkKind;
    EXPECT_NE(AnalysisHighlighter::formatFor(K::PersonalData).underlineStyle(),
              AnalysisHighlighter::formatFor(K::DangerSignal).underlineStyle());
    EXPECT_NE(AnalysisHighlighter::formatFor(K::Boundary).underlineStyle(),
              AnalysisHighlighter::formatFor(K::DangerSignal).underlineStyle());
    EXPECT_NE(AnalysisHighlighter::formatFor(K::Boundary).underlineStyle(),
              AnalysisHighlighter::formatFor(K::PersonalData).underlineStyle());

    // Typing in front of the phone number moves its mark with it.
    QTextCursor cursor(composer.editor()->document());
    cursor.insertText(QStringLiteral("Ahoj. "));
    EXPECT_TRUE(composer.editor()->highlighter()->toolTipAt(phone + 7).contains(
        QStringLiteral("phone number")));
}

TEST_F(WorkspaceWidgets, AWorkersDiagnosisIsMarkedAsABoundaryWithTheReason)
{
    TurnComposer composer(test::analyzer());
    composer.show();
    QTest::mouseClick(composer.workerButton(), Qt::LeftButton);
    ASSERT_EQ(composer.author(), Author::Worker);
    QTest::keyClicks(composer.editor(), QStringLiteral("mate urcite depresi"));
    composer.analyseNow();
    ASSERT_FALSE(composer.lastAnalysis().boundaries.isEmpty());
    const QString tip = composer.editor()->highlighter()->toolTipAt(
        composer.lastAnalysis().boundaries.first().span.start);
    EXPECT_TRUE(tip.startsWith(QStringLiteral("Boundary: diagnosis"))) << tip.toStdString();
    EXPECT_GT(tip.size(), QStringLiteral("Boundary: diagnosis").size());
}

TEST_F(WorkspaceWidgets, VeryLongPastedTextIsNotAnalysedWhileTyping)
{
    TurnComposer composer(test::analyzer());
    composer.setText(QString(TurnComposer::LiveLimit + 10, u'a'));
    EXPECT_FALSE(composer.analysisPending());
    composer.clear();
    composer.setText(QStringLiteral("Ahoj"));
    EXPECT_TRUE(composer.analysisPending());
}

TEST_F(WorkspaceWidgets, CloseDialogOffersTheTopicsAndTicksAGivenReferral)
{
    Contact contact;
    contact.id = 7;
    contact.referralGiven = true;
    CloseContactDialog dialog(contact, {QStringLiteral("Samota"), QStringLiteral("Práce")});
    EXPECT_TRUE(dialog.referralBox()->isChecked());
    EXPECT_FALSE(dialog.supervisionBox()->isChecked());
    ASSERT_EQ(dialog.topicList()->count(), 2);
    ASSERT_TRUE(dialog.setTopicChecked(QStringLiteral("Práce"), true));
    dialog.supervisionBox()->click();
    const ContactOutcome outcome = dialog.outcome();
    EXPECT_EQ(outcome.topics, QStringList{QStringLiteral("Práce")});
    EXPECT_TRUE(outcome.referralGiven);
    EXPECT_TRUE(outcome.bringToSupervision);
    EXPECT_EQ(dialog.contactId(), 7);
}

TEST_F(WorkspaceWidgets, CloseDialogStartsTickedAfterABoundaryFindingAndSaysWhy)
{
    Contact contact;
    contact.id = 8;
    contact.hadBoundaryFinding = true;
    CloseContactDialog dialog(contact, {QStringLiteral("Samota")});
    EXPECT_TRUE(dialog.supervisionBox()->isChecked());
    EXPECT_FALSE(dialog.supervisionReason()->text().isEmpty());
    EXPECT_TRUE(dialog.supervisionReason()->isVisibleTo(&dialog));
    // The worker may still decide otherwise.
    dialog.supervisionBox()->click();
    EXPECT_FALSE(dialog.outcome().bringToSupervision);
}

} // namespace
} // namespace kotva
