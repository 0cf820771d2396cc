// Supervision in a team vault as its members meet it (issue 15): a peer worker shares a note
// for team supervision without their name and reads the agenda, but none of the team lead's
// tools are there for them; the team lead sees who shared what, and reads a note shared for
// individual supervision only by opening it, which the access log records. Real team vault
// (SQLCipher, key slots with real Argon2id at libsodium's floor), the panes offscreen.

#include "tests/support/CzechUi.h"
#include "tests/team/TeamTestSupport.h"
#include "ui/shell/InlineMessage.h"
#include "ui/supervision/AgendaPane.h"
#include "ui/supervision/IndividualSupervisionPane.h"
#include "ui/supervision/NoteEditor.h"
#include "ui/supervision/SupervisionNotePane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

namespace kotva::test {
namespace {

const char* const kJanaFirst = "a first passphrase for Jana";

class TeamSupervisionPanes : public TeamVault
{
protected:
    void SetUp() override
    {
        TeamVault::SetUp();
        jana = addMember("JN", Role::PeerWorker, kJanaFirst);
    }

    /// Writes a note in the note pane as the member at the keyboard does.
    void writeNote(const QString& text, SharingLevel sharing, bool anonymous = false)
    {
        SupervisionNotePane pane(*session);
        pane.show();
        pane.newNoteButton()->click();
        NoteEditor* editor = pane.editor();
        editor->sharingCombo()->setCurrentIndex(editor->sharingCombo()->findData(int(sharing)));
        if (anonymous) {
            ASSERT_TRUE(editor->anonymousBox()->isVisible()) << "a team member may stay unnamed";
            ASSERT_TRUE(editor->anonymousBox()->isEnabled());
            editor->anonymousBox()->setChecked(true);
        }
        editor->textEdit()->setPlainText(text);
        editor->saveButton()->click();
        ASSERT_FALSE(editor->message()->kind() == InlineMessage::Kind::Error)
            << editor->message()->text().toStdString();
    }

    /// The agenda row whose item starts with `text`.
    static QTreeWidgetItem* row(QTreeWidget* tree, const QString& text)
    {
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                if (tree->topLevelItem(g)->child(i)->text(0).startsWith(text))
                    return tree->topLevelItem(g)->child(i);
        return nullptr;
    }

    int openingsLogged()
    {
        const auto log = session->accessLog().entries();
        EXPECT_TRUE(log.has_value());
        return int(std::count_if(log->cbegin(), log->cend(), [](const AccessEntry& entry) {
            return entry.action == AccessAction::OpenedSharedNote;
        }));
    }

    QString jana;
};

TEST_F(TeamSupervisionPanes, APeerWorkerReadsTheAgendaWithoutTheTeamLeadsTools)
{
    unlockAs(jana, kJanaFirst);
    writeNote(QStringLiteral("Klientka mi píše i o víkendu."), SharingLevel::TeamSupervision);
    writeNote(QStringLiteral("Nevím si rady s vlastním smutkem."), SharingLevel::TeamSupervision,
              true);

    auto pane = std::make_unique<AgendaPane>(*session);
    pane->resize(1100, 700);
    pane->show();
    EXPECT_FALSE(pane->arranges());
    ASSERT_NE(row(pane->tree(), QStringLiteral("Klientka")), nullptr);
    pane->tree()->setCurrentItem(row(pane->tree(), QStringLiteral("Klientka")));
    for (QPushButton* button : {pane->upButton(), pane->downButton(), pane->removeButton(),
                                pane->saveButton(), pane->addButton(), pane->accessLogButton()})
        EXPECT_FALSE(button->isVisible()) << button->objectName().toStdString();
    EXPECT_FALSE(pane->discussedBox()->isEnabled());
    EXPECT_TRUE(pane->agreedEdit()->isReadOnly());

    pane.reset(); // a pane lives only as long as the session it shows
    unlockAs(leadId, leadPassphrase);
    pane = std::make_unique<AgendaPane>(*session);
    pane->resize(1100, 700);
    pane->show();
    EXPECT_TRUE(pane->arranges());
    QTreeWidgetItem* named = row(pane->tree(), QStringLiteral("Klientka"));
    QTreeWidgetItem* unnamed = row(pane->tree(), QStringLiteral("Nevím"));
    ASSERT_TRUE(named && unnamed);
    EXPECT_EQ(named->text(1), QStringLiteral("JN"));
    EXPECT_FALSE(unnamed->text(1).isEmpty());
    EXPECT_NE(unnamed->text(1), QStringLiteral("JN")) << "the author chose to stay unnamed";
    pane->tree()->setCurrentItem(named);
    for (QPushButton* button : {pane->upButton(), pane->downButton(), pane->saveButton(),
                                pane->addButton(), pane->accessLogButton()})
        EXPECT_TRUE(button->isVisible()) << button->objectName().toStdString();
    EXPECT_TRUE(pane->discussedBox()->isEnabled());
}

TEST_F(TeamSupervisionPanes, TheTeamLeadReadsANoteSharedForIndividualSupervisionByOpeningIt)
{
    unlockAs(jana, kJanaFirst);
    const QString words = QStringLiteral("Po rozhovoru s klientem K-4F7Q jsem nemohla spát.");
    writeNote(words, SharingLevel::IndividualSupervision);
    writeNote(QStringLiteral("Jen pro mě: jsem unavená."), SharingLevel::Private);

    unlockAs(leadId, leadPassphrase);
    IndividualSupervisionPane pane(*session);
    pane.resize(1000, 650);
    pane.show();
    ASSERT_EQ(pane.tree()->topLevelItemCount(), 1);
    QTreeWidgetItem* member = pane.tree()->topLevelItem(0);
    EXPECT_EQ(member->text(0), QStringLiteral("JN"));
    ASSERT_EQ(member->childCount(), 1) << "the private note is not shared";

    // Choosing the note in the list shows none of its words, and nothing is logged.
    pane.tree()->setCurrentItem(member->child(0));
    EXPECT_TRUE(pane.noteText()->text().isEmpty());
    EXPECT_EQ(openingsLogged(), 0);

    pane.openButton()->click();
    EXPECT_EQ(pane.noteText()->text(), words);
    EXPECT_EQ(openingsLogged(), 1);
}

TEST_F(TeamSupervisionPanes, InCzechTheLeadSeesWhoSharedWhatAndWhatIsTheirsToRead)
{
    unlockAs(jana, kJanaFirst);
    writeNote(QStringLiteral("Klientka mi píše i o víkendu, nevím, jak to ukončit."),
              SharingLevel::TeamSupervision);
    writeNote(QStringLiteral("Nevím si rady s vlastním smutkem po rozhovoru."),
              SharingLevel::TeamSupervision, true);
    writeNote(QStringLiteral("Po rozhovoru s klientem K-4F7Q jsem nemohla spát."),
              SharingLevel::IndividualSupervision);

    unlockAs(leadId, leadPassphrase);
    const CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    const QString folder = QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);

    AgendaPane agenda(*session);
    agenda.resize(1200, 640);
    agenda.show();
    QTreeWidgetItem* unnamed = row(agenda.tree(), QStringLiteral("Nevím"));
    ASSERT_NE(unnamed, nullptr);
    EXPECT_EQ(unnamed->text(1), QStringLiteral("anonymně"));
    agenda.tree()->setCurrentItem(row(agenda.tree(), QStringLiteral("Klientka")));
    EXPECT_TRUE(agenda.grab().save(folder + QStringLiteral("/agenda-team-cs.png")));
    // The printed agenda names the author the same way (read back with pdftotext).
    const QString pdf = folder + QStringLiteral("/agenda-team.pdf");
    ASSERT_TRUE(agenda.exportPdf(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(printed.contains(QStringLiteral("sdílel/a JN"))) << qPrintable(printed);
    EXPECT_TRUE(printed.contains(QStringLiteral("sdíleno anonymně"))) << qPrintable(printed);

    IndividualSupervisionPane individual(*session);
    individual.resize(1200, 640);
    individual.show();
    ASSERT_EQ(individual.tree()->topLevelItemCount(), 1);
    individual.tree()->setCurrentItem(individual.tree()->topLevelItem(0)->child(0));
    EXPECT_EQ(individual.openButton()->text(), QStringLiteral("&Přečíst poznámku"));
    individual.openButton()->click();
    EXPECT_TRUE(individual.grab().save(folder + QStringLiteral("/individual-supervision-cs.png")));
}

} // namespace
} // namespace kotva::test
