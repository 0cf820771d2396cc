// A worker on their own PC sends the team lead their notes shared for team supervision and
// their figures; the team lead imports the file into the team vault (issue 15).

#include "core/exchange/ExchangeService.h"

#include "core/exchange/SharePayload.h"
#include "core/keys/slots/ShareEnvelope.h"
#include "tests/team/TeamTestSupport.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva::test {
namespace {

/// A worker's own Kotva on their own PC: a vault of one person.
struct WorkerPc
{
    explicit WorkerPc(const Clock& clock)
    {
        EXPECT_TRUE(dir.isValid());
        auto created = Vault::create(dir.filePath(QStringLiteral("mine.vault")),
                                     VaultKey::generateRaw(), clock);
        EXPECT_TRUE(created.has_value());
        vault = std::move(*created);
        session = std::make_unique<VaultSession>(*vault, builtInAnalyzer(), clock);
    }
    ~WorkerPc()
    {
        session.reset();
        vault.reset();
    }

    SupervisionNote note(const char* text, SharingLevel sharing)
    {
        SupervisionNote note;
        note.topic = NoteTopic::BoundaryDilemma;
        note.sharing = sharing;
        note.text = QString::fromUtf8(text);
        note.contactReference = QStringLiteral("K-4F7Q");
        auto saved = session->supervision().save(note);
        EXPECT_TRUE(saved.has_value()) << saved.error().toString().toStdString();
        return saved.value_or(SupervisionNote{});
    }

    QByteArray fileForTeamLead()
    {
        auto file = session->shareFileForTeamLead();
        EXPECT_TRUE(file.has_value()) << file.error().toString().toStdString();
        return file.value_or(QByteArray());
    }

    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<VaultSession> session;
};

class ExchangeTest : public TeamVault
{
protected:
    void SetUp() override
    {
        TeamVault::SetUp();
        memberId = addMember("JN", Roles(Role::PeerWorker), "a first passphrase for JN");
        // The cards, once: the team's to the worker, the worker's to the team lead.
        auto teamFile = session->exchange().teamCardFile(QStringLiteral("Kotva Brno"));
        ASSERT_TRUE(teamFile.has_value()) << teamFile.error().toString().toStdString();
        auto teamCard = ExchangeCard::fromFile(*teamFile, ExchangeCard::Kind::Team);
        ASSERT_TRUE(teamCard.has_value());
        ASSERT_TRUE(worker.session->exchange().acceptTeamCard(*teamCard).has_value());
        auto memberFile = worker.session->exchange().memberCardFile(QStringLiteral("JN"));
        ASSERT_TRUE(memberFile.has_value());
        auto memberCard = ExchangeCard::fromFile(*memberFile, ExchangeCard::Kind::Member);
        ASSERT_TRUE(memberCard.has_value());
        ASSERT_TRUE(session->exchange().acceptMemberCard(memberId, *memberCard).has_value());
    }

    /// The texts on this month's team supervision agenda, with their authors.
    QStringList agenda()
    {
        auto month = session->agenda().month(QDate(2026, 12, 1));
        EXPECT_TRUE(month.has_value()) << month.error().toString().toStdString();
        QStringList lines;
        for (const AgendaItem& item : month.value_or(SupervisionAgendaMonth{}).items)
            lines << item.author + QStringLiteral(": ") + item.text;
        return lines;
    }

    Result<ShareImport> import(const QByteArray& file)
    {
        return session->exchange().importShare(file);
    }

    QString memberId;
    WorkerPc worker{m_clock};
};

TEST_F(ExchangeTest, SharedNotesJoinTheTeamAgendaUnderTheirAuthor)
{
    worker.note("Klient chtěl můj Instagram a nevěděla jsem, jak odmítnout.",
                SharingLevel::TeamSupervision);
    worker.note("Jen pro mě: dnes jsem byla unavená.", SharingLevel::Private);
    worker.note("Pro individuální supervizi.", SharingLevel::IndividualSupervision);

    const auto imported = import(worker.fileForTeamLead());
    ASSERT_TRUE(imported.has_value()) << imported.error().toString().toStdString();
    EXPECT_EQ(imported->memberLabel, QStringLiteral("JN"));
    EXPECT_EQ(imported->notesAdded, 1);
    EXPECT_EQ(agenda(), QStringList{QStringLiteral(
                            "JN: Klient chtěl můj Instagram a nevěděla jsem, jak odmítnout.")});
}

TEST_F(ExchangeTest, TheWorkersFiguresAddToTheTeamsOwn)
{
    ASSERT_TRUE(session->contacts().openContact({Channel::Chat, QStringLiteral("Eva"), {}}));
    ASSERT_TRUE(
        worker.session->contacts().openContact({Channel::Chat, QStringLiteral("Petr"), {}}));
    ASSERT_TRUE(
        worker.session->contacts().openContact({Channel::Phone, QStringLiteral("Jana"), {}}));

    ASSERT_TRUE(import(worker.fileForTeamLead()).has_value());
    const auto figures = session->monthlyFigures(3);
    ASSERT_TRUE(figures.has_value());
    EXPECT_EQ(figures->count(FigureGroup::ContactsByChannel, QStringLiteral("chat"), 2), 2);
    EXPECT_EQ(figures->count(FigureGroup::ContactsByChannel, QStringLiteral("phone"), 2), 1);

    // A later file replaces the month's figures instead of adding them again.
    ASSERT_TRUE(import(worker.fileForTeamLead()).has_value());
    const auto again = session->monthlyFigures(3);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->count(FigureGroup::ContactsByChannel, QStringLiteral("chat"), 2), 2);
}

TEST_F(ExchangeTest, TheSameFileTwiceChangesNothing)
{
    worker.note("Těžký kontakt v noci.", SharingLevel::TeamSupervision);
    const QByteArray file = worker.fileForTeamLead();
    ASSERT_TRUE(import(file).has_value());
    const auto twice = import(file);
    ASSERT_TRUE(twice.has_value()) << twice.error().toString().toStdString();
    EXPECT_TRUE(twice->alreadyImported);
    EXPECT_EQ(agenda().size(), 1);
}

TEST_F(ExchangeTest, ANewerFileUpdatesAndRemovesWhatTheWorkerChanged)
{
    SupervisionNote kept = worker.note("Těžký kontakt v noci.", SharingLevel::TeamSupervision);
    SupervisionNote unshared = worker.note("Konflikt v týmu.", SharingLevel::TeamSupervision);
    ASSERT_TRUE(import(worker.fileForTeamLead()).has_value());

    kept.text = QStringLiteral("Těžký kontakt v noci, klientka se nakonec ozvala.");
    ASSERT_TRUE(worker.session->supervision().save(kept).has_value());
    unshared.sharing = SharingLevel::Private;
    ASSERT_TRUE(worker.session->supervision().save(unshared).has_value());
    const auto second = import(worker.fileForTeamLead());
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->notesAdded, 0);
    EXPECT_EQ(second->notesUpdated, 1);
    EXPECT_EQ(second->notesRemoved, 1);
    EXPECT_EQ(agenda(),
              QStringList{QStringLiteral("JN: Těžký kontakt v noci, klientka se nakonec ozvala.")});
}

TEST_F(ExchangeTest, AnOlderFileSentAgainIsRefused)
{
    worker.note("První verze.", SharingLevel::TeamSupervision);
    const QByteArray older = worker.fileForTeamLead();
    const QByteArray newer = worker.fileForTeamLead();
    ASSERT_TRUE(import(newer).has_value());
    const auto replayed = import(older);
    ASSERT_FALSE(replayed.has_value());
    EXPECT_TRUE(replayed.error().message.contains(QStringLiteral("older")));
}

TEST_F(ExchangeTest, AnAlteredFileIsRefusedAndChangesNothing)
{
    worker.note("Těžký kontakt v noci.", SharingLevel::TeamSupervision);
    QByteArray file = worker.fileForTeamLead();
    file[file.size() - 10] = char(file[file.size() - 10] ^ 0x01);
    const auto altered = import(file);
    ASSERT_FALSE(altered.has_value());
    EXPECT_EQ(altered.error().code, ErrorCode::WrongKey);
    EXPECT_TRUE(agenda().isEmpty());
}

TEST_F(ExchangeTest, AFileFromSomeoneWhoseCardWasNotAcceptedIsRefused)
{
    WorkerPc stranger{m_clock};
    auto teamFile = session->exchange().teamCardFile(QStringLiteral("Kotva Brno"));
    ASSERT_TRUE(teamFile.has_value());
    ASSERT_TRUE(stranger.session->exchange()
                    .acceptTeamCard(*ExchangeCard::fromFile(*teamFile, ExchangeCard::Kind::Team))
                    .has_value());
    stranger.note("Podvržená poznámka.", SharingLevel::TeamSupervision);
    const auto forged = import(stranger.fileForTeamLead());
    ASSERT_FALSE(forged.has_value());
    EXPECT_EQ(forged.error().code, ErrorCode::NotPermitted);
    EXPECT_TRUE(agenda().isEmpty());
}

TEST_F(ExchangeTest, AFileSealedForAnotherTeamIsRefused)
{
    auto otherTeam = ExchangeKeys::generateTeamKeys();
    ASSERT_TRUE(otherTeam.has_value());
    ASSERT_TRUE(worker.session->exchange()
                    .acceptTeamCard(ExchangeCard{ExchangeCard::Kind::Team,
                                                 QStringLiteral("Jiný tým"), otherTeam->publicKey})
                    .has_value());
    worker.note("Pro jiný tým.", SharingLevel::TeamSupervision);
    const auto refused = import(worker.fileForTeamLead());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::WrongKey);
}

TEST_F(ExchangeTest, PersonalDataInANoteFromAnotherPcIsRedactedBeforeItIsStored)
{
    // Another PC's Kotva (an older one, or one changed by hand) sends a note with a phone
    // number and an e-mail in it: this vault redacts before storing.
    auto keys = ExchangeKeys::generateSigningKeys();
    ASSERT_TRUE(keys.has_value());
    const QString other = addMember("PK", Roles(Role::PeerWorker), "a first passphrase for PK");
    ASSERT_TRUE(session->exchange()
                    .acceptMemberCard(other, ExchangeCard{ExchangeCard::Kind::Member,
                                                          QStringLiteral("PK"), keys->publicKey})
                    .has_value());
    auto team = session->exchange().teamCard();
    ASSERT_TRUE(team.has_value() && team->has_value());
    SharePayload payload;
    payload.notes << SharedNote{QStringLiteral("1"),
                                NoteTopic::Difficult,
                                QStringLiteral("Klientka volala z 777 123 456, pište na "
                                               "jana.novakova@seznam.cz"),
                                QString(),
                                false,
                                m_clock.nowUtc(),
                                m_clock.nowUtc()};
    auto file =
        ShareEnvelope::seal(payload.encode(), 1, m_clock.nowUtc(), *keys, (*team)->publicKey);
    ASSERT_TRUE(file.has_value());
    ASSERT_TRUE(import(*file).has_value());
    const QStringList lines = agenda();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_FALSE(lines.first().contains(QStringLiteral("777"))) << lines.first().toStdString();
    EXPECT_FALSE(lines.first().contains(QStringLiteral("seznam"))) << lines.first().toStdString();
}

TEST_F(ExchangeTest, OnlyTheTeamLeadImportsAndAcceptsCards)
{
    worker.note("Těžký kontakt v noci.", SharingLevel::TeamSupervision);
    const QByteArray file = worker.fileForTeamLead();
    unlockAs(memberId, "a first passphrase for JN");
    const auto imported = import(file);
    ASSERT_FALSE(imported.has_value());
    EXPECT_EQ(imported.error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(session->exchange().teamCardFile(QStringLiteral("Kotva")).error().code,
              ErrorCode::NotPermitted);
    EXPECT_EQ(session->exchange().memberCards().error().code, ErrorCode::NotPermitted);
}

TEST_F(ExchangeTest, NoFileBeforeTheTeamCard)
{
    WorkerPc alone{m_clock};
    const auto file = alone.session->shareFileForTeamLead();
    ASSERT_FALSE(file.has_value());
    EXPECT_EQ(file.error().code, ErrorCode::NotFound);
}

TEST_F(ExchangeTest, TheTeamLeadSeesWhoseCardsAreAcceptedAndWhenTheyLastSent)
{
    auto before = session->exchange().memberCards();
    ASSERT_TRUE(before.has_value());
    ASSERT_EQ(before->size(), 1);
    EXPECT_EQ(before->first().label, QStringLiteral("JN"));
    EXPECT_FALSE(before->first().lastImportUtc.has_value());
    ASSERT_TRUE(import(worker.fileForTeamLead()).has_value());
    auto after = session->exchange().memberCards();
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->first().lastImportUtc, m_clock.nowUtc());
}

TEST_F(ExchangeTest, ImportedNotesAndFiguresExpireLikeTheTeamsOwn)
{
    worker.note("Těžký kontakt v noci.", SharingLevel::TeamSupervision);
    ASSERT_TRUE(
        worker.session->contacts().openContact({Channel::Chat, QStringLiteral("Petr"), {}}));
    ASSERT_TRUE(import(worker.fileForTeamLead()).has_value());

    m_clock.advanceDays(400);
    ASSERT_TRUE(vault()->purge().has_value());
    const auto figures = session->monthlyFigures(QDate(2026, 12, 1), 1);
    ASSERT_TRUE(figures.has_value());
    EXPECT_EQ(figures->count(FigureGroup::ContactsByChannel, QStringLiteral("chat"), 0), 0);
    QSqlQuery query(vault()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM supervision_notes) + "
                                          "(SELECT count(*) FROM exchange_figures)")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

} // namespace
} // namespace kotva::test
