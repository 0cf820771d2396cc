#include "ui/supervision/SupervisionNotePane.h"

#include "core/analysis/Analyzer.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "tests/ui/ScriptedPrompter.h"
#include "ui/shell/InlineMessage.h"
#include "ui/supervision/NoteEditor.h"
#include "ui/supervision/SupervisionNoteModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>
#include <memory>
#include <vector>

namespace kotva {
namespace {

const Analyzer& analyzer()
{
    return test::builtInAnalyzer();
}

/// A pane on a fresh vault; the clock stands at 23 Nov 2026 09:00 UTC.
class SupervisionNotePaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        Result<std::unique_ptr<Vault>> created = Vault::create(path, key.clone(), clock);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        vault = std::move(*created);
        openPane();
    }
    void TearDown() override
    {
        tester.reset();
        pane.reset();
        session.reset();
        vault.reset();
    }
    void openPane()
    {
        tester.reset();
        pane.reset();
        session = std::make_unique<VaultSession>(*vault, analyzer(), clock);
        pane = std::make_unique<SupervisionNotePane>(*session);
        pane->setPrompter(prompter);
        pane->resize(900, 640);
        pane->show();
        tester = std::make_unique<QAbstractItemModelTester>(
            pane->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    NoteEditor* editor() const { return pane->editor(); }
    SupervisionNoteModel* model() const { return pane->model(); }
    void write(const QString& text, NoteTopic topic = NoteTopic::Difficult,
               SharingLevel sharing = SharingLevel::Private, const QString& reference = {})
    {
        pane->newNoteButton()->click();
        editor()->topicCombo()->setCurrentIndex(editor()->topicCombo()->findData(int(topic)));
        editor()->sharingCombo()->setCurrentIndex(editor()->sharingCombo()->findData(int(sharing)));
        editor()->referenceEdit()->setText(reference);
        editor()->textEdit()->setPlainText(text);
        ASSERT_TRUE(editor()->saveButton()->isEnabled());
        editor()->saveButton()->click();
    }
    QString cell(int row, int column) const
    {
        return model()->index(row, column).data().toString();
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("kotva.vault"));
    VaultKey key = VaultKey::generateRaw();
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    test::ScriptedPrompter prompter;
    std::unique_ptr<VaultSession> session;
    std::unique_ptr<SupervisionNotePane> pane;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(SupervisionNotePaneTest, ANoteIsWrittenEditedAndDeletedAfterConfirmation)
{
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_FALSE(editor()->saveButton()->isEnabled()) << "an empty note cannot be saved";

    write(QStringLiteral("Bylo těžké nechat ji odejít bez řešení."), NoteTopic::Difficult,
          SharingLevel::IndividualSupervision);
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(cell(0, SupervisionNoteModel::TopicColumn), noteTopicLabel(NoteTopic::Difficult));
    EXPECT_EQ(cell(0, SupervisionNoteModel::SharingColumn),
              sharingLevelLabel(SharingLevel::IndividualSupervision));
    EXPECT_TRUE(cell(0, SupervisionNoteModel::TextColumn).startsWith(QStringLiteral("Bylo")));
    EXPECT_FALSE(editor()->isNew()) << "the saved note stays in the editor";
    EXPECT_EQ(editor()->message()->kind(), InlineMessage::Kind::Success);

    // Edit: pick the row, change topic and text, save; still one note.
    pane->table()->selectRow(0);
    editor()->topicCombo()->setCurrentIndex(
        editor()->topicCombo()->findData(int(NoteTopic::OwnFeelings)));
    editor()->textEdit()->setPlainText(QStringLiteral("Vyvolalo to ve mně vlastní smutek."));
    editor()->saveButton()->click();
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(cell(0, SupervisionNoteModel::TopicColumn), noteTopicLabel(NoteTopic::OwnFeelings));
    EXPECT_EQ(model()->index(0, 0).data(SupervisionNoteModel::TextRole).toString(),
              QStringLiteral("Vyvolalo to ve mně vlastní smutek."));

    // Delete: "no" keeps it, "yes" removes it.
    pane->table()->selectRow(0);
    ASSERT_TRUE(editor()->deleteButton()->isVisible());
    prompter.answers = {false};
    editor()->deleteButton()->click();
    ASSERT_EQ(prompter.asked.size(), 1);
    EXPECT_TRUE(prompter.asked.front().destructive);
    EXPECT_EQ(model()->rowCount(), 1);
    prompter.answers = {true};
    editor()->deleteButton()->click();
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_TRUE(editor()->isNew());
    const Result<QList<SupervisionNote>> left = SupervisionService(*vault, analyzer()).notes();
    ASSERT_TRUE(left);
    EXPECT_TRUE(left->isEmpty());
}

TEST_F(SupervisionNotePaneTest, APhoneNumberIsRemovedBeforeSavingAndTheWorkerIsTold)
{
    write(QStringLiteral("Klientka mi nadiktovala číslo 777 123 456, ať jí zavolám."));
    ASSERT_EQ(model()->rowCount(), 1);
    const QString stored = model()->index(0, 0).data(SupervisionNoteModel::TextRole).toString();
    EXPECT_FALSE(stored.contains(QStringLiteral("777"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(QStringLiteral("123 456")));
    EXPECT_EQ(editor()->textEdit()->toPlainText(), stored) << "the editor shows what was stored";

    InlineMessage* message = editor()->message();
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->kind(), InlineMessage::Kind::Warning);
    EXPECT_TRUE(message->text().contains(QStringLiteral("phone number")))
        << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("777 123 456")));

    // And in the vault itself, read by a fresh service.
    const Result<QList<SupervisionNote>> notes = SupervisionService(*vault, analyzer()).notes();
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1);
    EXPECT_FALSE(notes->first().text.contains(QStringLiteral("777")));
}

TEST_F(SupervisionNotePaneTest, TheListIsFilteredBySharingLevel)
{
    write(QStringLiteral("Jen pro mě."), NoteTopic::SelfCare, SharingLevel::Private);
    write(QStringLiteral("Na individuální supervizi."), NoteTopic::Difficult,
          SharingLevel::IndividualSupervision);
    write(QStringLiteral("Na týmovou supervizi."), NoteTopic::Conflict,
          SharingLevel::TeamSupervision);
    write(QStringLiteral("Ještě na týmovou."), NoteTopic::Other, SharingLevel::TeamSupervision);
    EXPECT_EQ(model()->rowCount(), 4);

    QComboBox* filter = pane->sharingFilter();
    filter->setCurrentIndex(filter->findData(int(SharingLevel::TeamSupervision)));
    ASSERT_EQ(model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        EXPECT_EQ(model()->index(row, 0).data(SupervisionNoteModel::SharingRole).toInt(),
                  int(SharingLevel::TeamSupervision));
    filter->setCurrentIndex(filter->findData(int(SharingLevel::Private)));
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(cell(0, SupervisionNoteModel::TopicColumn), noteTopicLabel(NoteTopic::SelfCare));

    // A note saved with another level leaves the filtered list.
    pane->table()->selectRow(0);
    editor()->sharingCombo()->setCurrentIndex(
        editor()->sharingCombo()->findData(int(SharingLevel::TeamSupervision)));
    editor()->saveButton()->click();
    EXPECT_EQ(model()->rowCount(), 0);
    filter->setCurrentIndex(0);
    EXPECT_EQ(model()->rowCount(), 4);
}

TEST_F(SupervisionNotePaneTest, EachNoteShowsWhenItExpires)
{
    write(QStringLiteral("Poznámka."));
    const QDateTime expires =
        model()->index(0, 0).data(SupervisionNoteModel::ExpiresRole).toDateTime();
    ASSERT_TRUE(expires.isValid());
    EXPECT_EQ(expires.date(), QDate(2027, 11, 23));
    EXPECT_EQ(cell(0, SupervisionNoteModel::ExpiresColumn), noteDate(expires));
    EXPECT_TRUE(editor()->expiryLabel()->text().contains(noteDate(expires)));
}

TEST_F(SupervisionNotePaneTest, ASuggestionOffersANotePrefilledForTheContact)
{
    QFrame* banner = pane->suggestionBanner();
    EXPECT_FALSE(banner->isVisible());
    pane->suggest(NoteSuggestion{});
    EXPECT_FALSE(banner->isVisible()) << "no reason, no banner";

    NoteSuggestion crisis;
    crisis.crisis = true;
    crisis.contactReference = QStringLiteral("K-4F7Q");
    pane->suggest(crisis);
    ASSERT_TRUE(banner->isVisible());
    auto* text = banner->findChild<QLabel*>(QStringLiteral("suggestionText"));
    EXPECT_TRUE(text->text().startsWith(QStringLiteral("Consider a supervision note: ")));
    EXPECT_TRUE(text->text().contains(crisis.reason()));

    banner->findChild<QPushButton*>(QStringLiteral("writeSuggestedNote"))->click();
    EXPECT_FALSE(banner->isVisible());
    EXPECT_TRUE(editor()->isNew());
    EXPECT_EQ(editor()->referenceEdit()->text(), QStringLiteral("K-4F7Q"));
    EXPECT_EQ(editor()->note().topic, NoteTopic::Difficult);

    editor()->textEdit()->setPlainText(QStringLiteral("Krizový kontakt, potřebuju to probrat."));
    editor()->saveButton()->click();
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(cell(0, SupervisionNoteModel::ContactColumn), QStringLiteral("K-4F7Q"));

    NoteSuggestion boundary;
    boundary.boundary = true;
    boundary.requested = true;
    boundary.contactReference = QStringLiteral("K-9ZZ2");
    pane->suggest(boundary);
    banner->findChild<QPushButton*>(QStringLiteral("writeSuggestedNote"))->click();
    EXPECT_EQ(editor()->note().topic, NoteTopic::BoundaryDilemma);
    EXPECT_EQ(editor()->note().sharing, SharingLevel::IndividualSupervision);

    pane->suggest(crisis);
    banner->findChild<QPushButton*>(QStringLiteral("dismissSuggestion"))->click();
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(SupervisionNotePaneTest, OnlyAnAnonymousReferenceLinksANote)
{
    write(QStringLiteral("Poznámka ke kontaktu."), NoteTopic::Difficult, SharingLevel::Private,
          QStringLiteral("Jana Nováková"));
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_EQ(editor()->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(editor()->message()->isVisible());
}

TEST_F(SupervisionNotePaneTest, NotesAreThereForANewPaneAndAfterTheVaultReopens)
{
    write(QStringLiteral("První."), NoteTopic::Difficult, SharingLevel::TeamSupervision);
    clock.advanceSeconds(60);
    write(QStringLiteral("Druhá."), NoteTopic::SelfCare, SharingLevel::Private);

    openPane();
    ASSERT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(cell(0, SupervisionNoteModel::TextColumn), QStringLiteral("Druhá."))
        << "newest first";

    pane.reset();
    tester.reset();
    vault.reset();
    Result<std::unique_ptr<Vault>> opened = Vault::open(path, key.clone(), clock);
    ASSERT_TRUE(opened);
    vault = std::move(*opened);
    openPane();
    ASSERT_EQ(model()->rowCount(), 2);
    EXPECT_EQ(cell(1, SupervisionNoteModel::TextColumn), QStringLiteral("První."));
    EXPECT_EQ(cell(1, SupervisionNoteModel::SharingColumn),
              sharingLevelLabel(SharingLevel::TeamSupervision));
}

TEST_F(SupervisionNotePaneTest, ControlsAreReachableAndNamed)
{
    EXPECT_FALSE(pane->accessibleName().isEmpty());
    EXPECT_FALSE(pane->table()->accessibleName().isEmpty());
    EXPECT_FALSE(editor()->textEdit()->accessibleName().isEmpty());
    EXPECT_TRUE(editor()->textEdit()->tabChangesFocus());
    EXPECT_LE(pane->minimumSizeHint().height(), 700);
}

// A picture of the pane in Czech for people to look at (build/…/screenshots); it must
// really be in Czech.
// Issue 12's quality bar: with notes in the table and the suggestion shown, the pane in
// Czech beside the navigation of a 1024 px window shows every label, button and column
// header whole and nothing outside it.
TEST_F(SupervisionNotePaneTest, FitsASmallScreenInCzech)
{
    const test::CzechUi language;
    ASSERT_TRUE(language.loaded());
    openPane();
    write(QStringLiteral("Klientka chtěla moje číslo, nevěděla jsem, jak odmítnout."),
          NoteTopic::BoundaryDilemma, SharingLevel::TeamSupervision, QStringLiteral("K-4F7Q"));
    write(QStringLiteral("Dlouhý rozhovor o ztrátě, potřebuju si to srovnat."),
          NoteTopic::OwnFeelings, SharingLevel::IndividualSupervision);
    NoteSuggestion crisis;
    crisis.crisis = true;
    crisis.contactReference = QStringLiteral("K-8H2M");
    pane->suggest(crisis);
    pane->resize(1024 - 230, 700);
    pane->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(pane.get()));
    const QStringList problems = test::layoutProblems(pane.get(), QSize(1024, 768));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    tester.reset();
    pane.reset();
}

TEST_F(SupervisionNotePaneTest, ScreenshotForReviewInCzech)
{
    const test::CzechUi language;
    ASSERT_TRUE(language.loaded());
    openPane();
    write(QStringLiteral("Klientka chtěla moje číslo 777 123 456, nevěděla jsem, jak odmítnout."),
          NoteTopic::BoundaryDilemma, SharingLevel::IndividualSupervision,
          QStringLiteral("K-4F7Q"));
    NoteSuggestion crisis;
    crisis.crisis = true;
    crisis.contactReference = QStringLiteral("K-8H2M");
    pane->suggest(crisis);
    const QString folder = QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    pane->resize(1000, 680);
    EXPECT_TRUE(pane->grab().save(folder + QStringLiteral("/supervision-notes-cs.png")));
    EXPECT_TRUE(pane->suggestionBanner()->isVisible());
    EXPECT_EQ(pane->newNoteButton()->text(), QStringLiteral("&Nová poznámka"));
    tester.reset();
    pane.reset();
}

} // namespace
} // namespace kotva

namespace kotva {
namespace {

TEST_F(SupervisionNotePaneTest, UnsavedTextIsNotLostWithoutAsking)
{
    write(QStringLiteral("Uložená poznámka."));
    pane->newNoteButton()->click();
    editor()->textEdit()->setPlainText(QStringLiteral("Rozepsaná poznámka."));

    // Picking another note asks; "no" keeps the draft.
    prompter.answers = {false};
    pane->table()->selectRow(0);
    QCoreApplication::processEvents();
    ASSERT_EQ(prompter.asked.size(), 1);
    EXPECT_TRUE(editor()->isNew());
    EXPECT_EQ(editor()->textEdit()->toPlainText(), QStringLiteral("Rozepsaná poznámka."));
    EXPECT_FALSE(pane->table()->selectionModel()->hasSelection());

    // "New note" asks too; "yes" discards.
    prompter.answers = {true};
    pane->newNoteButton()->click();
    ASSERT_EQ(prompter.asked.size(), 2);
    EXPECT_TRUE(editor()->textEdit()->toPlainText().isEmpty());

    // Nothing typed: nothing to ask.
    pane->table()->selectRow(0);
    EXPECT_EQ(prompter.asked.size(), 2);
    EXPECT_EQ(editor()->textEdit()->toPlainText(), QStringLiteral("Uložená poznámka."));
}

} // namespace
} // namespace kotva
