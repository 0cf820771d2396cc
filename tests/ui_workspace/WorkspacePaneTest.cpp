#include "ui/workspace/WorkspacePane.h"

#include "core/session/SessionService.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/CzechUi.h"
#include "tests/ui_workspace/WorkspaceTestSupport.h"
#include "ui/referral/CrisisReferralPane.h"
#include "ui/shell/InlineMessage.h"
#include "ui/workspace/BoundaryNotice.h"
#include "ui/workspace/CloseContactDialog.h"
#include "ui/workspace/ComposerEdit.h"
#include "ui/workspace/ContactListModel.h"
#include "ui/workspace/ContactListPanel.h"
#include "ui/workspace/ConversationHeader.h"
#include "ui/workspace/ConversationView.h"
#include "ui/workspace/NewContactDialog.h"
#include "ui/workspace/OutcomeTopicsDialog.h"
#include "ui/workspace/TurnComposer.h"
#include "ui/workspace/TurnModel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>

#include <gtest/gtest.h>

namespace kotva {
namespace {

const QString Region = QStringLiteral("CZ010");

class WorkspacePaneTest : public test::VaultTest
{
protected:
    void SetUp() override
    {
        VaultTest::SetUp();
        makePane();
    }
    void TearDown() override
    {
        m_pane.reset();
        m_session.reset();
        VaultTest::TearDown();
    }

    void makePane()
    {
        m_pane.reset();
        m_session = std::make_unique<VaultSession>(*m_vault, test::analyzer(), m_clock);
        ASSERT_TRUE(m_session->setOrganisationRegion(Region).has_value());
        m_pane = std::make_unique<WorkspacePane>(*m_session, test::planner());
        m_pane->resize(1366, 768);
        m_pane->show();
        m_pane->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_pane.get()));
    }

    Contact startContact(const QString& pseudonym = QStringLiteral("Eva"))
    {
        const Result<Contact> opened =
            m_pane->openContact({Channel::Chat, pseudonym, ContractWish::JustBeHeard});
        EXPECT_TRUE(opened.has_value());
        return opened.value_or(Contact{});
    }

    TurnComposer* composer() const { return m_pane->conversation()->composer(); }
    ComposerEdit* editor() const { return composer()->editor(); }
    TurnModel* turns() const { return m_pane->conversation()->turnModel(); }

    /// Ctrl+Enter in the text field, as the worker saves.
    void pressSave() const { QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier); }

    [[nodiscard]] int recordCount(const QString& kind) const
    {
        QSqlQuery query(m_vault->database());
        query.prepare(QStringLiteral("SELECT count(*) FROM records WHERE kind = ?"));
        query.addBindValue(kind);
        EXPECT_TRUE(query.exec() && query.next());
        return query.value(0).toInt();
    }

    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<WorkspacePane> m_pane;
};

TEST_F(WorkspacePaneTest, ANewContactsPhoneNumberIsRemovedBeforeAnythingIsStored)
{
    QTest::keyClick(m_pane.get(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = m_pane->findChild<NewContactDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->pseudonymEdit(), QStringLiteral("Jana"));
    QTest::keyClick(dialog->pseudonymEdit(), Qt::Key_Return);
    ASSERT_EQ(m_pane->contactModel()->rowCount(), 1);
    const Contact contact = m_pane->contactModel()->contactAt(0);
    EXPECT_EQ(contact.pseudonym, QStringLiteral("Jana"));
    ASSERT_EQ(m_pane->conversation()->contact()->id, contact.id);
    // The dialog is gone and the composer has the focus (the offscreen platform has no
    // window manager to hand the activation back, so the test does).
    m_pane->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_pane.get()));
    EXPECT_EQ(QApplication::focusWidget(), editor());

    QTest::keyClicks(editor(), QStringLiteral("Zavolej mi prosim na 777 123 456, jsem doma."));
    pressSave();

    ASSERT_EQ(turns()->rowCount(), 1);
    EXPECT_FALSE(turns()->turnAt(0).text.contains(QStringLiteral("777")));
    EXPECT_TRUE(composer()->text().isEmpty());
    const QString said = m_pane->conversation()->messageText();
    EXPECT_TRUE(said.contains(QStringLiteral("Removed before saving: phone number")))
        << said.toStdString();

    // Read back through the repository and straight from the table.
    const Result<QList<Turn>> stored = m_pane->service().turns(contact.id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_FALSE(stored->first().text.contains(QStringLiteral("777 123 456")));
    EXPECT_TRUE(stored->first().text.contains(QStringLiteral("jsem doma")));
    EXPECT_EQ(stored->first().redactedKinds, QList<PiiKind>{PiiKind::Phone});
    const QStringList raw = rawMessageBodies(contact.id);
    ASSERT_EQ(raw.size(), 1);
    EXPECT_FALSE(raw.first().contains(QStringLiteral("777"))) << raw.first().toStdString();
}

TEST_F(WorkspacePaneTest, AnAcuteClientMessageRaisesTheCrisisPaneWithEmergencyNumbersFirst)
{
    startContact();
    EXPECT_FALSE(m_pane->isCrisisPaneShown());
    test::typeText(editor(), QStringLiteral("Už jsem spolykala celou krabičku léků."));
    // While typing: the pane rises after the pause, before anything is saved.
    QSignalSpy analysed(composer(), &TurnComposer::analysed);
    ASSERT_TRUE(analysed.wait(5000));
    EXPECT_TRUE(m_pane->isCrisisPaneShown());
    EXPECT_EQ(m_pane->crisisPane()->level(), RiskLevel::Acute);
    ASSERT_FALSE(m_pane->crisisPane()->plan().referrals.isEmpty());
    const QString first = m_pane->crisisPane()->plan().referrals.first().phone();
    EXPECT_TRUE(first == QStringLiteral("112") || first == QStringLiteral("155"))
        << first.toStdString();

    pressSave();
    ASSERT_EQ(turns()->rowCount(), 1);
    EXPECT_EQ(turns()->turnAt(0).risk, RiskLevel::Acute);
    // The composer is empty now; the acute assessment stays on screen.
    composer()->analyseNow();
    EXPECT_TRUE(m_pane->isCrisisPaneShown());
    EXPECT_EQ(m_pane->crisisPane()->level(), RiskLevel::Acute);

    // "Referral given" is recorded for the contact, anonymously.
    Q_EMIT m_pane->crisisPane()->referralGiven(RiskLevel::Acute);
    EXPECT_TRUE(m_pane->conversation()->contact()->referralGiven);
    EXPECT_EQ(recordCount(QStringLiteral("referral_given")), 1);
    // The script goes into my reply.
    Q_EMIT m_pane->crisisPane()->insertIntoReplyRequested(QStringLiteral("Zavolej 155."));
    EXPECT_EQ(composer()->author(), Author::Worker);
    EXPECT_TRUE(composer()->text().contains(QStringLiteral("Zavolej 155.")));
}

TEST_F(WorkspacePaneTest, ComingBackToAnAcuteContactRaisesTheCrisisPaneAgain)
{
    const Contact acute = startContact(QStringLiteral("Eva"));
    test::typeText(editor(), QStringLiteral("Už jsem spolykala celou krabičku léků."));
    pressSave();
    ASSERT_EQ(turns()->rowCount(), 1);
    startContact(QStringLiteral("Adam"));
    EXPECT_FALSE(m_pane->isCrisisPaneShown()) << "another contact, nothing found there";

    ASSERT_TRUE(m_pane->selectContact(acute.id));
    EXPECT_TRUE(m_pane->isCrisisPaneShown());
    EXPECT_EQ(m_pane->crisisPane()->level(), RiskLevel::Acute);
    ASSERT_FALSE(m_pane->crisisPane()->plan().referrals.isEmpty());
    const QString first = m_pane->crisisPane()->plan().referrals.first().phone();
    EXPECT_TRUE(first == QStringLiteral("112") || first == QStringLiteral("155"))
        << first.toStdString();
}

TEST_F(WorkspacePaneTest, AfterAPurgeExpiredTextLeavesTheScreenAndTheDraftStays)
{
    // The turn was written 40 days ago; message text is kept 30 days.
    m_clock.set(QDateTime::currentDateTimeUtc().addDays(-40));
    startContact();
    test::typeText(editor(), QStringLiteral("Dnes jsem byla poprvé na skupině."));
    pressSave();
    ASSERT_EQ(turns()->rowCount(), 1);
    ASSERT_FALSE(turns()->turnAt(0).textExpired);
    test::typeText(editor(), QStringLiteral("Rozepsaná odpověď"));

    const Result<PurgeReport> purged = m_vault->purge();
    ASSERT_TRUE(purged.has_value());
    ASSERT_EQ(purged->messagesRemoved, 1);
    m_pane->reload(); // what the main window does when the hourly purge removed something

    ASSERT_EQ(turns()->rowCount(), 1);
    EXPECT_TRUE(turns()->turnAt(0).textExpired);
    EXPECT_TRUE(turns()->turnAt(0).text.isEmpty());
    EXPECT_EQ(composer()->text(), QStringLiteral("Rozepsaná odpověď"));
}

TEST_F(WorkspacePaneTest, F2TogglesTheCrisisPane)
{
    startContact();
    EXPECT_FALSE(m_pane->isCrisisPaneShown());
    editor()->setFocus();
    QTest::keyClick(editor(), Qt::Key_F2);
    EXPECT_TRUE(m_pane->isCrisisPaneShown());
    QWidget* inside = QApplication::focusWidget();
    ASSERT_NE(inside, nullptr);
    EXPECT_TRUE(m_pane->crisisPane()->isAncestorOf(inside) || inside == m_pane->crisisPane());
    QTest::keyClick(inside, Qt::Key_F2);
    EXPECT_FALSE(m_pane->isCrisisPaneShown());
    EXPECT_EQ(QApplication::focusWidget(), editor()); // back to writing
}

TEST_F(WorkspacePaneTest, AWorkerDiagnosisIsStoppedWithTheRuleAndSendAnywayRecordsIt)
{
    const Contact contact = startContact();
    QTest::mouseClick(composer()->workerButton(), Qt::LeftButton);
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("mate urcite depresi"));
    pressSave();

    BoundaryNotice* notice = m_pane->conversation()->boundaryNotice();
    ASSERT_EQ(notice->mode(), BoundaryNotice::Mode::WorkerDraft);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("diagnosis")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("You could write instead")));
    EXPECT_EQ(turns()->rowCount(), 0); // nothing saved yet

    // "Edit" goes back to the draft, which is still there.
    QTest::mouseClick(notice->editButton(), Qt::LeftButton);
    EXPECT_FALSE(notice->isVisible());
    EXPECT_EQ(composer()->text(), QStringLiteral("mate urcite depresi"));
    EXPECT_EQ(QApplication::focusWidget(), editor());

    pressSave();
    ASSERT_TRUE(notice->isVisible());
    QTest::mouseClick(notice->sendAnywayButton(), Qt::LeftButton);
    ASSERT_EQ(turns()->rowCount(), 1);
    EXPECT_TRUE(turns()->turnAt(0).sentDespiteBoundary);
    const Result<QList<Turn>> stored = m_pane->service().turns(contact.id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_TRUE(stored->first().sentDespiteBoundary);
    EXPECT_EQ(recordCount(QStringLiteral("boundary_override")), 1);
}

TEST_F(WorkspacePaneTest, ADraftTheBoundaryClassifierFlagsIsStoppedWithTheRuleAndNoUnderline)
{
    startContact();
    QTest::mouseClick(composer()->workerButton(), Qt::LeftButton);
    // No lexicon phrase decides this one (BoundaryClassifierTest): the worker's classifier does.
    test::typeText(editor(), QStringLiteral("Kupte si v lékárně třezalku místo těch "
                                            "antidepresiv, je přírodní a funguje úplně stejně."));
    pressSave();

    BoundaryNotice* notice = m_pane->conversation()->boundaryNotice();
    ASSERT_EQ(notice->mode(), BoundaryNotice::Mode::WorkerDraft);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("medication")))
        << notice->text().toStdString();
    EXPECT_TRUE(notice->text().contains(QStringLiteral("as a whole")))
        << "the notice says no single phrase decided it: " << notice->text().toStdString();
    EXPECT_EQ(turns()->rowCount(), 0);
    // Nothing in the draft is underlined as a boundary: no words decided it.
    const QTextLayout* layout = editor()->document()->firstBlock().layout();
    ASSERT_NE(layout, nullptr);
    for (const QTextLayout::FormatRange& range : layout->formats())
        EXPECT_NE(range.format.underlineStyle(), QTextCharFormat::WaveUnderline);
}

TEST_F(WorkspacePaneTest, AClientRequestOutsideTheScopeOffersAnAnswerForTheReply)
{
    startContact();
    test::typeText(editor(), QStringLiteral("Mám si zvýšit dávku léků?"));
    composer()->saveButton()->setFocus(); // saved with the button this time
    QTest::keyClick(composer()->saveButton(), Qt::Key_Space);
    BoundaryNotice* notice = m_pane->conversation()->boundaryNotice();
    ASSERT_EQ(notice->mode(), BoundaryNotice::Mode::ClientRequest);
    const QString suggestion = notice->suggestion();
    ASSERT_FALSE(suggestion.isEmpty());
    // Typing on goes into the reply, not onto the notice's buttons.
    EXPECT_EQ(QApplication::focusWidget(), editor());
    QTest::mouseClick(notice->insertButton(), Qt::LeftButton);
    EXPECT_EQ(composer()->author(), Author::Worker);
    EXPECT_TRUE(composer()->text().contains(suggestion));
}

// Issue 12: a contact addressed with "ty" gets the answer with "ty", whether the worker
// chose it when opening the contact or later in the crisis pane; the choice is kept.
TEST_F(WorkspacePaneTest, TheAnswerAndTheScriptFollowTheContactsTykani)
{
    test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    makePane();
    const Result<Contact> opened = m_pane->openContact(
        {Channel::Chat, QStringLiteral("Eva"), ContractWish::JustBeHeard}, Register::Informal);
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(m_session->contacts().contact(opened->id)->addressForm, Register::Informal);
    // The client writes formally, but the worker chose tykání: the answer keeps it.
    test::typeText(editor(), QStringLiteral("Dobrý den, mám si zvýšit dávku léků?"));
    pressSave();
    BoundaryNotice* notice = m_pane->conversation()->boundaryNotice();
    ASSERT_EQ(notice->mode(), BoundaryNotice::Mode::ClientRequest);
    EXPECT_TRUE(notice->suggestion().contains(QStringLiteral("Zeptej se")))
        << notice->suggestion().toStdString();

    // Another contact, switched to vykání in the crisis pane: kept with the contact.
    const Result<Contact> second =
        m_pane->openContact({Channel::Chat, QStringLiteral("Karel"), ContractWish::JustBeHeard});
    ASSERT_TRUE(second.has_value());
    EXPECT_FALSE(m_session->contacts().contact(second->id)->addressForm.has_value());
    auto* form = m_pane->findChild<QComboBox*>(QStringLiteral("scriptForm"));
    ASSERT_NE(form, nullptr);
    form->setCurrentIndex(form->findData(int(Register::Formal)));
    Q_EMIT form->activated(form->currentIndex());
    EXPECT_EQ(m_session->contacts().contact(second->id)->addressForm, Register::Formal);

    // Back to the first contact: the crisis pane's script speaks with "ty" again.
    ASSERT_TRUE(m_pane->selectContact(opened->id));
    EXPECT_EQ(form->currentData().toInt(), int(Register::Informal));
}

TEST_F(WorkspacePaneTest, StopMarksTheTopicWithOneClickAndThePaneShowsIt)
{
    const Contact contact = startContact();
    ConversationHeader* header = m_pane->conversation()->header();
    EXPECT_TRUE(header->stoppedTopicsText().isEmpty());
    QTest::keyClicks(header->stopLabelEdit(), QStringLiteral("rodina"));
    QTest::mouseClick(header->stopButton(), Qt::LeftButton);
    EXPECT_TRUE(header->stoppedTopicsText().contains(QStringLiteral("rodina")));
    EXPECT_TRUE(header->stopLabelEdit()->text().isEmpty());
    // A second STOP without a label.
    QTest::mouseClick(header->stopButton(), Qt::LeftButton);
    const Result<Contact> stored = m_pane->service().contact(contact.id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->stoppedTopics.size(), 2);
    EXPECT_EQ(stored->stoppedTopics.first().label, QStringLiteral("rodina"));
}

// Issue 12: STOP holds. A reply that goes back to the stopped topic, in another form of
// the word, is held with the topic named; "Send anyway" saves it knowingly.
TEST_F(WorkspacePaneTest, AReplyThatReturnsToAStoppedTopicIsHeldFirst)
{
    const Contact contact = startContact();
    ConversationHeader* header = m_pane->conversation()->header();
    QTest::keyClicks(header->stopLabelEdit(), QStringLiteral("rodina"));
    QTest::mouseClick(header->stopButton(), Qt::LeftButton);

    composer()->setAuthor(Author::Worker);
    QTest::mouseClick(editor()->viewport(), Qt::LeftButton); // back into the reply
    test::typeText(editor(), QStringLiteral("A jak je to teď u vás v rodině?"));
    pressSave();
    BoundaryNotice* notice = m_pane->conversation()->boundaryNotice();
    ASSERT_EQ(notice->mode(), BoundaryNotice::Mode::StoppedTopic);
    EXPECT_TRUE(notice->text().contains(QStringLiteral("rodina"))) << notice->text().toStdString();
    ASSERT_TRUE(m_pane->service().turns(contact.id)->isEmpty()) << "nothing saved yet";

    QTest::mouseClick(notice->sendAnywayButton(), Qt::LeftButton);
    const auto turns = m_pane->service().turns(contact.id);
    ASSERT_TRUE(turns.has_value());
    ASSERT_EQ(turns->size(), 1);
    EXPECT_FALSE(turns->first().sentDespiteBoundary) << "a stopped topic is not a boundary";

    // Another topic passes without a word.
    test::typeText(editor(), QStringLiteral("Jak se vám dnes spalo?"));
    pressSave();
    EXPECT_EQ(m_pane->service().turns(contact.id)->size(), 2);
}

// Issue 12: the history gets the room. The reply starts at a few lines, a notice takes what
// it needs, and once it is gone the history has its room back.
TEST_F(WorkspacePaneTest, TheHistoryGetsTheRoomAndANoticeGivesItBack)
{
    startContact();
    QListView* history = m_pane->conversation()->historyView();
    QTest::qWait(20);
    const int roomBefore = history->height();
    EXPECT_GT(roomBefore, 2 * editor()->height()) << roomBefore << " vs " << editor()->height();

    composer()->setAuthor(Author::Worker);
    QTest::mouseClick(editor()->viewport(), Qt::LeftButton);
    test::typeText(editor(), QStringLiteral("Tohle zní jako bipolární porucha, zkuste lithium."));
    pressSave();
    BoundaryNotice* notice = m_pane->conversation()->boundaryNotice();
    ASSERT_EQ(notice->mode(), BoundaryNotice::Mode::WorkerDraft);
    QTest::qWait(20);
    EXPECT_GT(notice->sendAnywayButton()->height(), 10) << "the notice is not clipped";
    QTest::mouseClick(notice->editButton(), Qt::LeftButton);
    QTest::qWait(20);
    EXPECT_GE(history->height(), roomBefore - 5);
}

// Issue 12: the contact list's last column was cut off beside the conversation. At the
// two screen widths offices have, in Czech, every column the list shows fits with its
// header, and the list never scrolls sideways.
TEST_F(WorkspacePaneTest, TheContactListShowsEveryColumnWholeOnSmallScreens)
{
    test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    makePane();
    startContact(QStringLiteral("Eva"));
    startContact(QStringLiteral("Maxmilián z Opavy"));
    QTableView* view = m_pane->contactList()->view();
    for (const int width : {1366, 1024}) {
        m_pane->resize(width, 768);
        QTest::qWait(30);
        int used = 0;
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            if (view->isColumnHidden(column))
                continue;
            used += view->columnWidth(column);
            if (column == ContactListModel::PseudonymColumn)
                continue; // the one that gives way, elided
            const QString header =
                view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            EXPECT_GT(view->columnWidth(column),
                      view->horizontalHeader()->fontMetrics().horizontalAdvance(header))
                << header.toStdString() << " at " << width;
        }
        EXPECT_LE(used, view->viewport()->width()) << width;
        EXPECT_FALSE(view->horizontalScrollBar()->isVisible()) << width;
    }
}

TEST_F(WorkspacePaneTest, TheContractCanChangeAndItsHistoryIsKept)
{
    const Contact contact = startContact();
    QComboBox* combo = m_pane->conversation()->header()->contractCombo();
    combo->setFocus();
    // Chosen from the open list: the contract changes once, to what the client said.
    QTest::keyClick(combo, Qt::Key_F4);
    QAbstractItemView* list = combo->view();
    ASSERT_TRUE(list->isVisible());
    const int target = combo->findData(int(ContractWish::FindSolution));
    while (list->currentIndex().row() != target)
        QTest::keyClick(list, list->currentIndex().row() < target ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    const Result<Contact> stored = m_pane->service().contact(contact.id);
    ASSERT_TRUE(stored.has_value());
    ASSERT_EQ(stored->contract.size(), 2);
    EXPECT_EQ(stored->currentWish(), ContractWish::FindSolution);
    const QString history = combo->toolTip();
    EXPECT_TRUE(history.contains(contractWishLabel(ContractWish::JustBeHeard)));
    EXPECT_TRUE(history.contains(contractWishLabel(ContractWish::FindSolution)));
}

TEST_F(WorkspacePaneTest, ClosingAContactKeepsTheOutcomeAndSuggestsASupervisionNote)
{
    const Contact contact = startContact();
    test::typeText(editor(), QStringLiteral("Už jsem spolykala celou krabičku léků."));
    pressSave();
    QSignalSpy suggested(m_session.get(), &VaultSession::noteSuggested);

    QTest::mouseClick(m_pane->conversation()->header()->closeButton(), Qt::LeftButton);
    auto* dialog = m_pane->findChild<CloseContactDialog*>();
    ASSERT_NE(dialog, nullptr);
    const Result<QStringList> topics = m_pane->service().outcomeTopics();
    ASSERT_TRUE(topics.has_value());
    ASSERT_FALSE(topics->isEmpty());
    ASSERT_EQ(dialog->topicList()->count(), topics->size());
    ASSERT_TRUE(dialog->setTopicChecked(topics->first(), true));
    // Issue 12: after signs of danger the box starts ticked and the dialog says why.
    EXPECT_TRUE(dialog->supervisionBox()->isChecked());
    EXPECT_TRUE(dialog->supervisionReason()->isVisibleTo(dialog));
    EXPECT_FALSE(dialog->supervisionReason()->text().isEmpty());
    QTest::keyClick(dialog, Qt::Key_Return);

    ASSERT_EQ(suggested.count(), 1);
    const auto suggestion = suggested.first().first().value<NoteSuggestion>();
    EXPECT_TRUE(suggestion.crisis);
    EXPECT_TRUE(suggestion.requested);
    EXPECT_EQ(suggestion.contactReference, contact.reference);

    const Result<Contact> stored = m_pane->service().contact(contact.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, ContactState::Closed);
    ASSERT_TRUE(stored->outcome.has_value());
    EXPECT_EQ(stored->outcome->topics, QStringList{topics->first()});
    EXPECT_TRUE(stored->outcome->bringToSupervision);
    // A closed contact takes no more turns; the list says it is closed.
    EXPECT_FALSE(composer()->isEnabled());
    EXPECT_EQ(m_pane->contactModel()
                  ->index(m_pane->contactModel()->rowOf(contact.id), ContactListModel::StateColumn)
                  .data()
                  .toString(),
              contactStateLabel(ContactState::Closed));
}

TEST_F(WorkspacePaneTest, TheOrganisationsTopicListCanBeEditedWhileClosing)
{
    startContact();
    QTest::mouseClick(m_pane->conversation()->header()->closeButton(), Qt::LeftButton);
    auto* dialog = m_pane->findChild<CloseContactDialog*>();
    ASSERT_NE(dialog, nullptr);
    const QString kept = dialog->topicList()->item(0)->text();
    ASSERT_TRUE(dialog->setTopicChecked(kept, true));

    QTest::mouseClick(dialog->editTopicsButton(), Qt::LeftButton);
    auto* editor = dialog->findChild<OutcomeTopicsDialog*>();
    ASSERT_NE(editor, nullptr);
    // Too long a topic: the error is shown, nothing is stored, the dialog stays.
    editor->editor()->setPlainText(kept + u'\n' + QString(500, u'x'));
    QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    EXPECT_TRUE(editor->isVisible());
    EXPECT_FALSE(editor->message()->text().isEmpty());
    EXPECT_NE(m_pane->service().outcomeTopics()->size(), 2);

    editor->editor()->setPlainText(kept + QStringLiteral("\n  Bydlení \nBydlení\n\n"));
    QTest::mouseClick(editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    const QStringList expected{kept, QStringLiteral("Bydlení")};
    EXPECT_EQ(*m_pane->service().outcomeTopics(), expected);
    ASSERT_EQ(dialog->topicList()->count(), 2);
    EXPECT_EQ(dialog->outcome().topics, QStringList{kept}) << "the tick stays on a kept topic";
    EXPECT_EQ(dialog->topicList()->item(1)->text(), QStringLiteral("Bydlení"));
}

TEST_F(WorkspacePaneTest, AnOlderContactThatGetsATurnMovesToTheTopAndStaysOpen)
{
    const Contact older = startContact(QStringLiteral("Modrá"));
    const Contact newer = startContact(QStringLiteral("Petr"));
    ASSERT_EQ(m_pane->contactModel()->contactAt(0).id, newer.id);
    ASSERT_TRUE(m_pane->selectContact(older.id));
    m_clock.advanceSeconds(60);
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("Jeste jsem tady"));
    pressSave();
    EXPECT_EQ(m_pane->contactModel()->contactAt(0).id, older.id)
        << m_pane->contactModel()->contactAt(0).lastActivityUtc.toString().toStdString() << " "
        << m_pane->contactModel()->contactAt(1).lastActivityUtc.toString().toStdString();
    EXPECT_EQ(m_pane->contactList()->selectedContactId(), older.id);
    ASSERT_TRUE(m_pane->conversation()->contact().has_value());
    EXPECT_EQ(m_pane->conversation()->contact()->id, older.id);
    EXPECT_EQ(turns()->rowCount(), 1);
}

TEST_F(WorkspacePaneTest, AnErrorFromCoreIsShownInlineAndNothingBreaks)
{
    const Contact contact = startContact();
    // Closed behind the pane's back (another window); saving must fail gracefully.
    ASSERT_TRUE(m_pane->service().closeContact(contact.id, {}).has_value());
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("Ahoj"));
    pressSave();
    EXPECT_EQ(turns()->rowCount(), 0);
    EXPECT_FALSE(m_pane->conversation()->messageText().isEmpty());
    EXPECT_EQ(composer()->text(), QStringLiteral("Ahoj")); // the draft is not lost
    EXPECT_FALSE(m_pane->window()->windowTitle().contains(QStringLiteral("Ahoj")));
}

TEST_F(WorkspacePaneTest, AfterARestartTheSavedContactsAreListedNewestFirst)
{
    const Contact older = startContact(QStringLiteral("Modrá"));
    QTest::keyClicks(editor(), QStringLiteral("Dobry den"));
    pressSave();
    const Contact newer = startContact(QStringLiteral("Petr"));
    QTest::keyClicks(editor(), QStringLiteral("Ahoj"));
    pressSave();

    m_pane.reset();
    reopenVault();
    makePane();

    ASSERT_EQ(m_pane->contactModel()->rowCount(), 2);
    EXPECT_EQ(m_pane->contactModel()->contactAt(0).id, newer.id);
    EXPECT_EQ(m_pane->contactModel()->contactAt(1).id, older.id);
    ASSERT_TRUE(m_pane->selectContact(older.id));
    ASSERT_EQ(turns()->rowCount(), 1);
    EXPECT_EQ(turns()->turnAt(0).text, QStringLiteral("Dobry den"));

    // The filters narrow the list.
    m_pane->contactList()->setFilter({Channel::Phone, std::nullopt});
    EXPECT_EQ(m_pane->contactList()->view()->model()->rowCount(), 0);
    m_pane->contactList()->setFilter({Channel::Chat, ContactState::Open});
    EXPECT_EQ(m_pane->contactList()->view()->model()->rowCount(), 2);
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

// Not an assertion: pictures of the pane at 1366×768 for people to look at
// (build/…/screenshots/workspace-{en,cs}-*.png). Czech uses the shipped catalogue plus the
// helpers' translation files beside the repository when they are there.
class WorkspaceScreenshots : public WorkspacePaneTest, public ::testing::WithParamInterface<bool>
{
protected:
    void SetUp() override
    {
        if (GetParam()) {
            m_previousLocale = QLocale();
            QLocale::setDefault(QLocale(QLocale::Czech, QLocale::CzechRepublic));
            if (m_catalogue.load(QStringLiteral(":/i18n/kotva_cs.qm")))
                QCoreApplication::installTranslator(&m_catalogue);
        }
        WorkspacePaneTest::SetUp();
    }
    void TearDown() override
    {
        WorkspacePaneTest::TearDown();
        if (GetParam()) {
            QCoreApplication::removeTranslator(&m_catalogue);
            QLocale::setDefault(m_previousLocale);
        }
    }

    QLocale m_previousLocale;
    QTranslator m_catalogue;
};

TEST_P(WorkspaceScreenshots, ForReview)
{
    const QString folder = QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    const QString language = GetParam() ? QStringLiteral("cs") : QStringLiteral("en");
    const auto save = [&](const char* name) {
        QTest::qWait(100); // let the layouts settle before the picture
        EXPECT_TRUE(m_pane->grab().save(folder + QStringLiteral("/workspace-") + language + u'-' +
                                        QLatin1String(name) + QStringLiteral(".png")));
    };
    startContact(QStringLiteral("Petr"));
    startContact(QStringLiteral("Modrá"));
    test::typeText(editor(), QStringLiteral("Ahoj, je mi dnes hrozně. Zavolej mi na 777 123 456."));
    pressSave();
    test::typeText(editor(), QStringLiteral("Jsem tady a poslouchám. Co se dnes stalo?"));
    pressSave();
    m_pane->conversation()->stopTopic(QStringLiteral("rodina"));
    test::typeText(editor(), QStringLiteral("Mám si zvýšit dávku léků? Už to nechci dál snášet."));
    pressSave();
    save("client-request");

    m_pane->conversation()->boundaryNotice()->dismiss();
    composer()->setAuthor(Author::Client);
    test::typeText(editor(), QStringLiteral("Už jsem spolykala celou krabičku léků, volejte "
                                            "777 123 456."));
    composer()->analyseNow();
    save("acute-draft");

    composer()->clear();
    composer()->setAuthor(Author::Worker);
    test::typeText(editor(), QStringLiteral("Tohle zní jako bipolární porucha."));
    pressSave();
    save("worker-boundary");

    // The dialogs, at their own size.
    m_pane->showNewContactDialog();
    auto* dialog = m_pane->findChild<NewContactDialog*>();
    ASSERT_NE(dialog, nullptr);
    test::typeText(dialog->pseudonymEdit(), QStringLiteral("Jana Nováková"));
    QTest::qWait(100);
    EXPECT_TRUE(dialog->grab().save(folder + QStringLiteral("/workspace-") + language +
                                    QStringLiteral("-new-contact.png")));
    dialog->reject();
}

INSTANTIATE_TEST_SUITE_P(Languages, WorkspaceScreenshots, ::testing::Values(false, true),
                         [](const auto& language) { return language.param ? "Czech" : "English"; });

} // namespace
} // namespace kotva

namespace kotva {
namespace {

TEST_F(WorkspacePaneTest, TabReachesEveryControlInReadingOrder)
{
    startContact();
    m_pane->contactList()->newContactButton()->setFocus();
    QList<QWidget*> visited;
    for (int i = 0; i < 40; ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (visited.contains(focus))
            break;
        visited << focus;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    ContactListPanel* list = m_pane->contactList();
    ConversationHeader* header = m_pane->conversation()->header();
    const QList<QWidget*> expected{list->newContactButton(),
                                   list->channelCombo(),
                                   list->stateCombo(),
                                   list->view(),
                                   header->contractCombo(),
                                   header->stopLabelEdit(),
                                   header->stopButton(),
                                   header->closeButton(),
                                   m_pane->conversation()->turnView(),
                                   composer()->clientButton(),
                                   editor(),
                                   composer()->saveButton()};
    qsizetype last = -1;
    for (QWidget* widget : expected) {
        const qsizetype at = visited.indexOf(widget);
        EXPECT_GT(at, last) << widget->metaObject()->className() << " "
                            << widget->accessibleName().toStdString();
        last = at;
        EXPECT_FALSE(widget->accessibleName().isEmpty() &&
                     widget->property("text").toString().isEmpty())
            << widget->metaObject()->className();
    }
}

} // namespace
} // namespace kotva
