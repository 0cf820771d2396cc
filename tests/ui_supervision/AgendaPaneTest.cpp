// The team lead's monthly team supervision as a team lead meets it: the notes workers shared,
// by kind, ordered, marked discussed with what was agreed, and the agenda as a Czech PDF read
// back with pdftotext.

#include "ui/supervision/AgendaPane.h"

#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "ui/shell/InlineMessage.h"
#include "ui/supervision/SupervisionNotePane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <memory>

namespace kotva {
namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QString screenshotFolder()
{
    const QString folder = qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR")
                               ? qEnvironmentVariable("KOTVA_SCREENSHOT_DIR")
                               : QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    return folder;
}

class AgendaPaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QByteArray hex(64, 'a');
        auto created = Vault::create(dir.filePath(QStringLiteral("team.vault")),
                                     *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex)), clock);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        vault = std::move(*created);
        session = std::make_unique<VaultSession>(*vault, test::builtInAnalyzer(), clock);
    }
    void TearDown() override
    {
        pane.reset();
        session.reset();
        vault.reset();
    }

    void share(const QString& text, NoteTopic topic,
               SharingLevel sharing = SharingLevel::TeamSupervision, const QString& reference = {})
    {
        SupervisionNote note;
        note.text = text;
        note.topic = topic;
        note.sharing = sharing;
        note.contactReference = reference;
        ASSERT_TRUE(session->supervision().save(note));
    }

    /// Three workers' notes of November and one private one; two chats for the figures.
    void fillNovember()
    {
        share(QStringLiteral("Klientka po pokusu; nevím, jestli jsem ji měla víc vést ke krizové "
                             "lince."),
              NoteTopic::Difficult, SharingLevel::TeamSupervision, QStringLiteral("K-4F7Q"));
        share(QStringLiteral("Klient mě pozval na kafe, odmítla jsem, ale cítím se divně."),
              NoteTopic::BoundaryDilemma);
        share(QStringLiteral("Třetí noční směna v týdnu, jsem vyčerpaná."), NoteTopic::SelfCare);
        share(QStringLiteral("Soukromá poznámka jen pro mě."), NoteTopic::OwnFeelings,
              SharingLevel::Private);
        for (const QString& name : {QStringLiteral("Jana"), QStringLiteral("Petr")})
            ASSERT_TRUE(
                session->contacts().openContact({Channel::Chat, name, ContractWish::JustBeHeard}));
    }

    void openPane()
    {
        pane = std::make_unique<AgendaPane>(*session);
        pane->resize(1100, 700);
        pane->show();
    }

    /// The texts of the tree's items in the order shown.
    QStringList shown() const
    {
        QStringList texts;
        QTreeWidget* tree = pane->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                texts << tree->topLevelItem(g)->child(i)->text(0);
        return texts;
    }

    QTemporaryDir dir;
    FixedClock clock{Now};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<VaultSession> session;
    std::unique_ptr<AgendaPane> pane;
};

TEST_F(AgendaPaneTest, SharedNotesAppearByKindAndPrivateOnesNever)
{
    fillNovember();
    openPane();
    EXPECT_EQ(pane->monthChoice()->currentData().toDate(), QDate(2026, 11, 1));
    ASSERT_EQ(pane->tree()->topLevelItemCount(), 3) << "hard contact, boundary dilemma, self-care";
    EXPECT_EQ(shown().size(), 3);
    EXPECT_FALSE(shown().join(u'\n').contains(QStringLiteral("Soukromá")));
    EXPECT_EQ(pane->tree()->topLevelItem(0)->child(0)->text(2), QStringLiteral("K-4F7Q"));
    EXPECT_FALSE(pane->saveButton()->isEnabled()) << "nothing chosen yet";

    // A note shared while the pane is open joins when the pane is shown again.
    share(QStringLiteral("Konflikt v týmu kvůli rozpisu služeb."), NoteTopic::Conflict);
    pane->hide();
    pane->show();
    EXPECT_EQ(shown().size(), 4);

    // October has its own agenda, empty.
    pane->showMonth(QDate(2026, 10, 5));
    EXPECT_TRUE(shown().isEmpty());
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Information);
}

TEST_F(AgendaPaneTest, ThePaneSaysWhenTheTeamMeetsOrThatNoDateIsPlanned)
{
    openPane();
    EXPECT_TRUE(pane->dateNote()->text().contains(QStringLiteral("no team supervision")))
        << qPrintable(pane->dateNote()->text());

    Programme programme;
    programme.organisation.name = QStringLiteral("Spolek Kotva");
    Activity supervision;
    supervision.id = QStringLiteral("team-supervision");
    supervision.title = QStringLiteral("Týmová supervize");
    supervision.start = QTime(15, 0);
    supervision.end = QTime(17, 0);
    supervision.rules = {RecurrenceRule::once(QDate(2026, 11, 26))};
    supervision.supervision = SupervisionKind::Team;
    programme.activities << supervision;
    ASSERT_TRUE(session->programme().replace(programme));
    pane->reload();
    EXPECT_TRUE(pane->dateNote()->text().startsWith(QStringLiteral("Team supervision: 26. 11.")))
        << qPrintable(pane->dateNote()->text());
    pane->showMonth(QDate(2026, 10, 1));
    EXPECT_TRUE(pane->dateNote()->text().contains(QStringLiteral("no team supervision")));
}

TEST_F(AgendaPaneTest, TheTeamLeadMarksAnItemDiscussedWithWhatWasAgreed)
{
    fillNovember();
    openPane();
    QTreeWidgetItem* first = pane->tree()->topLevelItem(0)->child(0);
    pane->tree()->setCurrentItem(first);
    ASSERT_TRUE(pane->saveButton()->isEnabled());
    EXPECT_FALSE(pane->removeButton()->isEnabled()) << "a shared note cannot be removed";
    pane->discussedBox()->setChecked(true);
    pane->agreedEdit()->setPlainText(
        QStringLiteral("Příště nabídnout linku 116 123 dřív; Petra Svobodová zjistí kontakty."));
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Success);
    EXPECT_EQ(pane->tree()->topLevelItem(0)->child(0)->text(3), QStringLiteral("yes"));

    // Stored, and redacted before it was.
    const Result<SupervisionAgendaMonth> stored = session->agenda().month(Now.date());
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->items.constFirst().discussed);
    EXPECT_TRUE(stored->items.constFirst().agreed.contains(QStringLiteral("116 123")));
    EXPECT_FALSE(stored->items.constFirst().agreed.contains(QStringLiteral("Svobodová")));
}

TEST_F(AgendaPaneTest, ItemsAreAddedMovedAndRemovedWithinTheirKind)
{
    fillNovember();
    openPane();
    pane->newItemTopic()->setCurrentIndex(
        pane->newItemTopic()->findData(int(NoteTopic::Difficult)));
    pane->newItemText()->setText(QStringLiteral("Jak se ptát přímo na sebevraždu"));
    QTest::mouseClick(pane->addButton(), Qt::LeftButton);
    EXPECT_TRUE(pane->newItemText()->text().isEmpty());
    ASSERT_EQ(pane->tree()->topLevelItem(0)->childCount(), 2);
    EXPECT_EQ(pane->tree()->currentItem()->text(0),
              QStringLiteral("Jak se ptát přímo na sebevraždu"))
        << "the new item is chosen";
    EXPECT_TRUE(pane->removeButton()->isEnabled());

    QTest::mouseClick(pane->upButton(), Qt::LeftButton);
    EXPECT_EQ(pane->tree()->topLevelItem(0)->child(0)->text(0),
              QStringLiteral("Jak se ptát přímo na sebevraždu"));
    QTest::mouseClick(pane->upButton(), Qt::LeftButton); // already first: nothing moves
    EXPECT_EQ(pane->tree()->topLevelItem(0)->child(0)->text(0),
              QStringLiteral("Jak se ptát přímo na sebevraždu"));
    QTest::mouseClick(pane->downButton(), Qt::LeftButton);
    EXPECT_EQ(pane->tree()->topLevelItem(0)->child(1)->text(0),
              QStringLiteral("Jak se ptát přímo na sebevraždu"));

    QTest::mouseClick(pane->removeButton(), Qt::LeftButton);
    EXPECT_EQ(shown().size(), 3);

    // Nothing typed: refused with a message, nothing added.
    QTest::mouseClick(pane->addButton(), Qt::LeftButton);
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_EQ(shown().size(), 3);
}

TEST_F(AgendaPaneTest, TheCzechAgendaPdfHasTheItemsByKindAndTheMonthsFigures)
{
    const test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    fillNovember();
    openPane();
    pane->tree()->setCurrentItem(pane->tree()->topLevelItem(0)->child(0));
    pane->discussedBox()->setChecked(true);
    pane->agreedEdit()->setPlainText(QStringLiteral("Nabídnout krizovou linku dřív."));
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QTest::qWait(50);
    EXPECT_TRUE(pane->grab().save(screenshotFolder() + QStringLiteral("/agenda-cs.png")));
    const QStringList problems = test::layoutProblems(pane.get(), QSize(1366, 768));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();

    const QString path = dir.filePath(QStringLiteral("supervize.pdf"));
    ASSERT_TRUE(pane->exportPdf(path));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    for (const QString& expected :
         {QStringLiteral("Týmová supervize · listopad 2026"), QStringLiteral("Co bylo těžké"),
          QStringLiteral("1. Klientka po pokusu"), QStringLiteral("kontakt K-4F7Q"),
          QStringLiteral("Probráno"), QStringLiteral("Dohodnuto: Nabídnout krizovou linku dřív."),
          QStringLiteral("K probrání"), QStringLiteral("Čísla měsíce"),
          QStringLiteral("Kontakty podle kanálu"), QStringLiteral("Chat < 3")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << "\n" << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("Soukromá")));
    EXPECT_FALSE(text.contains(QStringLiteral("Chat 2"))) << "a two left the vault";
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                       screenshotFolder() + QStringLiteral("/agenda-pdf")});

    // The access log says that the agenda was opened once and saved, and nothing of it.
    const Result<QList<AccessEntry>> log = session->accessLog().entries();
    ASSERT_TRUE(log);
    QList<AccessAction> actions;
    for (const AccessEntry& entry : *log) {
        actions << entry.action;
        EXPECT_TRUE(entry.detail.isEmpty() || entry.detail == QStringLiteral("2026-11"));
    }
    EXPECT_EQ(actions,
              (QList<AccessAction>{AccessAction::SavedTeamAgenda, AccessAction::OpenedTeamAgenda}));
}

TEST_F(AgendaPaneTest, AWorkerPrintsTheNotesSharedForIndividualSupervision)
{
    const test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    share(QStringLiteral("Chci probrat, jak odmítat soukromé zprávy."), NoteTopic::BoundaryDilemma,
          SharingLevel::IndividualSupervision, QStringLiteral("K-7H2M"));
    clock.set(Now.addDays(2));
    share(QStringLiteral("Po rozhovoru o sebevraždě jsem nemohla spát."), NoteTopic::OwnFeelings,
          SharingLevel::IndividualSupervision);
    share(QStringLiteral("Tohle je pro tým."), NoteTopic::Conflict);
    share(QStringLiteral("Tohle jen pro mě."), NoteTopic::SelfCare, SharingLevel::Private);

    SupervisionNotePane notes(*session);
    notes.show();
    ASSERT_TRUE(notes.individualListButton()->isVisible());
    const QString path = dir.filePath(QStringLiteral("individualni.pdf"));
    ASSERT_TRUE(notes.exportIndividualList(path));
    const Result<QList<AccessEntry>> log = session->accessLog().entries();
    ASSERT_TRUE(log);
    ASSERT_FALSE(log->isEmpty());
    EXPECT_EQ(log->constFirst().action, AccessAction::SavedIndividualList);

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    const qsizetype first = text.indexOf(QStringLiteral("1. Dilema hranic"));
    const qsizetype second = text.indexOf(QStringLiteral("2. Moje vlastní pocity"));
    EXPECT_GE(first, 0) << qPrintable(text);
    EXPECT_GT(second, first) << "oldest first" << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("kontakt K-7H2M")));
    EXPECT_TRUE(text.contains(QStringLiteral("jak odmítat soukromé zprávy")));
    EXPECT_FALSE(text.contains(QStringLiteral("pro tým")));
    EXPECT_FALSE(text.contains(QStringLiteral("jen pro mě")));
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                       screenshotFolder() + QStringLiteral("/individual-pdf")});
}

} // namespace
} // namespace kotva
