// Workers on other PCs (issue 15) as the two people meet it: the team lead of a team vault
// saves the team card, a worker with Kotva on their own PC (a second, ordinary vault) accepts
// it and saves their member card, the team lead accepts that card for the member, the worker
// saves the file for the team lead and the team lead imports it. Real vaults (SQLCipher, key
// slots with Argon2id at libsodium's floor), the dialogs offscreen; the file dialogs answered
// through the dialog's chooser, the files written to a temporary folder.

#include "ui/shell/ExchangeDialog.h"

#include "core/exchange/ExchangeCard.h"
#include "core/storage/Vault.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "tests/team/TeamTestSupport.h"
#include "tests/ui/ScriptedPrompter.h"
#include "tests/ui/Typing.h"
#include "ui/shell/ExchangeLeadPage.h"
#include "ui/shell/ExchangeWorkerPage.h"
#include "ui/shell/InlineMessage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <deque>
#include <memory>
#include <vector>

namespace kotva::test {
namespace {

const char* const kJanaFirst = "a first passphrase for Jana";

class ExchangeDialogTest : public TeamVault
{
protected:
    void SetUp() override
    {
        TeamVault::SetUp();
        jana = addMember("JN", Role::PeerWorker, kJanaFirst);
        ASSERT_TRUE(files.isValid());
        auto created = Vault::create(files.filePath(QStringLiteral("jana.vault")),
                                     VaultKey::generateRaw(), janaClock);
        ASSERT_TRUE(created.has_value()) << created.error().toString().toStdString();
        janaVault = std::move(*created);
        janaSession = std::make_unique<VaultSession>(*janaVault, builtInAnalyzer(), janaClock);
    }
    void TearDown() override
    {
        leadDialog.reset();
        workerDialog.reset();
        janaSession.reset();
        janaVault.reset();
        TeamVault::TearDown();
    }

    /// The dialogs as Settings opens them, their file dialogs answered from `answers`.
    void openDialogs()
    {
        leadDialog = std::make_unique<ExchangeDialog>(*session, prompter);
        workerDialog = std::make_unique<ExchangeDialog>(*janaSession, prompter);
        for (ExchangeDialog* dialog : {leadDialog.get(), workerDialog.get()}) {
            dialog->setFileChooser([this](QWidget*, const ExchangeFiles::Question& question) {
                asked.push_back(question);
                if (answers.empty())
                    return QString();
                const QString path = answers.front();
                answers.pop_front();
                return path;
            });
            dialog->show();
        }
    }

    ExchangeLeadPage* lead() const { return leadDialog->leadPage(); }
    ExchangeWorkerPage* worker() const { return workerDialog->workerPage(); }
    QString file(const char* name) const { return files.filePath(QString::fromUtf8(name)); }
    static QString fingerprintOf(const QString& path, ExchangeCard::Kind kind)
    {
        QFile saved(path);
        EXPECT_TRUE(saved.open(QIODevice::ReadOnly)) << path.toStdString();
        const Result<ExchangeCard> card = ExchangeCard::fromFile(saved.readAll(), kind);
        EXPECT_TRUE(card.has_value()) << card.error().toString().toStdString();
        return card ? card->fingerprint() : QString();
    }

    /// Jana shares a note for team supervision on her own PC, as the note pane stores it.
    void janaSharesANote(const QString& text)
    {
        SupervisionNote note;
        note.topic = NoteTopic::BoundaryDilemma;
        note.sharing = SharingLevel::TeamSupervision;
        note.text = text;
        const auto saved = janaSession->supervision().save(note);
        ASSERT_TRUE(saved.has_value()) << saved.error().toString().toStdString();
    }

    /// Everything up to the file for the team lead, checked on the way.
    void exchangeCards()
    {
        openDialogs();
        ASSERT_NE(leadDialog->leadPage(), nullptr);
        EXPECT_EQ(workerDialog->leadPage(), nullptr) << "Jana's vault is not a team";
        ASSERT_NE(workerDialog->workerPage(), nullptr);
        EXPECT_FALSE(worker()->saveShareButton()->isEnabled())
            << "nothing can be sealed before the team card is accepted";

        // The team lead saves the team card.
        ASSERT_EQ(leadDialog->tabs()->count(), 1) << "in a team vault the lead's part alone";
        EXPECT_FALSE(lead()->saveTeamCardButton()->isEnabled()) << "a team card has a name";
        typeText(lead()->teamNameEdit(), QStringLiteral("Peer tým Brno"));
        answers.push_back(file("brno.kotva-team"));
        lead()->saveTeamCardButton()->click();
        ASSERT_EQ(asked.size(), 1u);
        EXPECT_TRUE(asked.back().save);
        EXPECT_TRUE(
            asked.back().suggestedPath.endsWith(QStringLiteral("/Peer tým Brno.kotva-team")))
            << asked.back().suggestedPath.toStdString();
        ASSERT_EQ(lead()->message()->kind(), InlineMessage::Kind::Success)
            << lead()->message()->text().toStdString();
        teamFingerprint = fingerprintOf(file("brno.kotva-team"), ExchangeCard::Kind::Team);
        EXPECT_TRUE(lead()->teamFingerprintLabel()->text().contains(teamFingerprint));

        // Jana accepts it after comparing the fingerprint.
        answers.push_back(file("brno.kotva-team"));
        prompter.answers.push_back(true);
        worker()->openTeamCardButton()->click();
        ASSERT_EQ(prompter.asked.size(), 1);
        EXPECT_TRUE(prompter.asked.back().title.contains(QStringLiteral("Peer tým Brno")));
        EXPECT_TRUE(prompter.asked.back().text.contains(teamFingerprint));
        ASSERT_EQ(worker()->message()->kind(), InlineMessage::Kind::Success)
            << worker()->message()->text().toStdString();
        EXPECT_TRUE(worker()->joinedTeamLabel()->text().contains(QStringLiteral("Peer tým Brno")));
        EXPECT_TRUE(worker()->joinedTeamLabel()->text().contains(teamFingerprint));
        EXPECT_TRUE(worker()->saveShareButton()->isEnabled());

        // Jana saves her member card (her vault has no member label: she types her initials).
        EXPECT_FALSE(worker()->saveMemberCardButton()->isEnabled());
        typeText(worker()->memberLabelEdit(), QStringLiteral("JN"));
        answers.push_back(file("jn.kotva-member"));
        worker()->saveMemberCardButton()->click();
        EXPECT_TRUE(asked.back().suggestedPath.endsWith(QStringLiteral("/JN.kotva-member")));
        ASSERT_EQ(worker()->message()->kind(), InlineMessage::Kind::Success)
            << worker()->message()->text().toStdString();
        memberFingerprint = fingerprintOf(file("jn.kotva-member"), ExchangeCard::Kind::Member);
        EXPECT_TRUE(worker()->memberFingerprintLabel()->text().contains(memberFingerprint));

        // The team lead opens it, sees whose it is and its fingerprint, and ties it to Jana.
        EXPECT_FALSE(lead()->pendingCardFrame()->isVisible());
        answers.push_back(file("jn.kotva-member"));
        lead()->openMemberCardButton()->click();
        EXPECT_FALSE(asked.back().save);
        ASSERT_TRUE(lead()->pendingCardFrame()->isVisible())
            << lead()->message()->text().toStdString();
        EXPECT_TRUE(lead()->pendingCardLabel()->text().contains(QStringLiteral("JN")));
        EXPECT_TRUE(lead()->pendingCardLabel()->text().contains(memberFingerprint));
        ASSERT_EQ(lead()->memberCombo()->count(), 2) << "EK and JN";
        EXPECT_EQ(lead()->memberCombo()->currentText(), QStringLiteral("JN"));
        EXPECT_EQ(lead()->memberCombo()->currentData().toString(), jana);
        lead()->acceptMemberCardButton()->click();
        ASSERT_EQ(lead()->message()->kind(), InlineMessage::Kind::Success)
            << lead()->message()->text().toStdString();
        EXPECT_FALSE(lead()->pendingCardFrame()->isVisible());
        QTableWidget* cards = lead()->memberCardsTable();
        ASSERT_EQ(cards->rowCount(), 1);
        EXPECT_EQ(cards->item(0, 0)->text(), QStringLiteral("JN"));
        EXPECT_EQ(cards->item(0, 1)->text(), memberFingerprint);
        lastFileBefore = cards->item(0, 2)->text();

        // Jana saves the file for the team lead.
        janaSharesANote(QStringLiteral("Klientka chtěla, abych jí zavolala domů."));
        answers.push_back(file("jana.kotva-share"));
        worker()->saveShareButton()->click();
        EXPECT_TRUE(
            asked.back().suggestedPath.endsWith(QStringLiteral("/kotva-2026-12-01.kotva-share")))
            << asked.back().suggestedPath.toStdString();
        ASSERT_EQ(worker()->message()->kind(), InlineMessage::Kind::Success)
            << worker()->message()->text().toStdString();
        ASSERT_TRUE(QFile::exists(file("jana.kotva-share")));
    }

    void importJanasFile()
    {
        answers.push_back(file("jana.kotva-share"));
        lead()->importShareButton()->click();
    }

    QTemporaryDir files;
    FixedClock janaClock{QDateTime(QDate(2026, 12, 1), QTime(8, 30), QTimeZone::utc())};
    std::unique_ptr<Vault> janaVault;
    std::unique_ptr<VaultSession> janaSession;
    ScriptedPrompter prompter;
    std::deque<QString> answers;
    std::vector<ExchangeFiles::Question> asked;
    std::unique_ptr<ExchangeDialog> leadDialog;
    std::unique_ptr<ExchangeDialog> workerDialog;
    QString jana;
    QString teamFingerprint;
    QString memberFingerprint;
    QString lastFileBefore;
};

TEST_F(ExchangeDialogTest, AWorkerOnAnotherPcBringsTheTeamLeadTheirNotesAndFigures)
{
    exchangeCards();

    importJanasFile();
    InlineMessage* message = lead()->message();
    ASSERT_EQ(message->kind(), InlineMessage::Kind::Success) << message->text().toStdString();
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Imported the file from JN made on ")))
        << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("1 new note")))
        << message->text().toStdString();
    EXPECT_NE(lead()->memberCardsTable()->item(0, 2)->text(), lastFileBefore)
        << "the table says when the last file came";

    // The same file again changes nothing, and says so.
    importJanasFile();
    EXPECT_EQ(message->kind(), InlineMessage::Kind::Information) << message->text().toStdString();
    EXPECT_TRUE(message->text().contains(QStringLiteral("nothing changed")))
        << message->text().toStdString();

    // A member card is not a worker's file: refused in words, and nothing imported.
    answers.push_back(file("jn.kotva-member"));
    lead()->importShareButton()->click();
    EXPECT_EQ(message->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(message->text().contains(QStringLiteral("Nothing was imported")))
        << message->text().toStdString();
}

TEST_F(ExchangeDialogTest, AWorkerWhoDoesNotConfirmTheFingerprintJoinsNoTeam)
{
    openDialogs();
    typeText(lead()->teamNameEdit(), QStringLiteral("Peer tým Brno"));
    answers.push_back(file("brno.kotva-team"));
    lead()->saveTeamCardButton()->click();

    answers.push_back(file("brno.kotva-team"));
    prompter.answers.push_back(false);
    worker()->openTeamCardButton()->click();
    EXPECT_EQ(prompter.asked.size(), 1);
    EXPECT_FALSE(worker()->saveShareButton()->isEnabled());
    const auto joined = janaSession->exchange().joinedTeam();
    ASSERT_TRUE(joined.has_value());
    EXPECT_FALSE(joined->has_value());

    // The team card is not a member card: the team lead is told, and nothing is pending.
    answers.push_back(file("brno.kotva-team"));
    lead()->openMemberCardButton()->click();
    EXPECT_EQ(lead()->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_FALSE(lead()->pendingCardFrame()->isVisible());

    // Reopened, the team lead's dialog remembers the team's name.
    leadDialog = std::make_unique<ExchangeDialog>(*session, prompter);
    EXPECT_EQ(lead()->teamNameEdit()->text(), QStringLiteral("Peer tým Brno"));
}

// Issue 12's quality bar, in Czech: both parts fit a 1024×768 screen with every label and
// button whole, after a whole exchange. Pictures for people to look at go to
// build/…/screenshots/exchange-*.png (or KOTVA_SCREENSHOT_DIR).
TEST_F(ExchangeDialogTest, FitsASmallScreenInCzech)
{
    CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    exchangeCards();
    importJanasFile();
    EXPECT_EQ(lead()->message()->kind(), InlineMessage::Kind::Success);
    EXPECT_TRUE(lead()->message()->text().contains(QStringLiteral("1 nová poznámka")))
        << lead()->message()->text().toStdString();

    const QString dir = qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR")
                            ? qEnvironmentVariable("KOTVA_SCREENSHOT_DIR")
                            : QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    const auto check = [&](ExchangeDialog* dialog, int tab, const char* name) {
        dialog->tabs()->setCurrentIndex(tab);
        QTest::qWait(50); // let the layouts settle
        EXPECT_TRUE(dialog->grab().save(
            QStringLiteral("%1/exchange-%2.png").arg(dir, QLatin1String(name))));
        const QStringList problems = layoutProblems(dialog, QSize(1024, 768));
        EXPECT_TRUE(problems.isEmpty()) << name << ":\n" << problems.join(u'\n').toStdString();
    };
    ASSERT_TRUE(QTest::qWaitForWindowExposed(leadDialog.get()));
    check(leadDialog.get(), 0, "lead");
    check(workerDialog.get(), 0, "worker");

    // A member card opened and not yet accepted, as the team lead compares the fingerprint.
    leadDialog->tabs()->setCurrentIndex(0);
    answers.push_back(file("jn.kotva-member"));
    lead()->openMemberCardButton()->click();
    ASSERT_TRUE(lead()->pendingCardFrame()->isVisible());
    check(leadDialog.get(), 0, "lead-pending-card");
}

} // namespace
} // namespace kotva::test
