// Roles are enforced in the core services (issue 15): each member of a team of three asks
// every service for everything, and gets the data or NotPermitted as the role table says.

#include "TeamTestSupport.h"
#include "core/schedule/ProgrammeJson.h"
#include "tests/support/TestPaths.h"

namespace kotva::test {
namespace {

/// What one member tried, and whether the service let them.
struct Asked
{
    bool contacts = false;
    bool openContact = false;
    bool ownNotes = false;
    bool teamNotes = false;
    bool arrangeAgenda = false;
    bool accessLog = false;
    bool individualSupervision = false;
    bool figures = false;
    bool editProgramme = false;
    bool inbox = false;
};

bool allowed(const Status& status)
{
    EXPECT_TRUE(status || status.error().code == ErrorCode::NotPermitted)
        << status.error().toString().toStdString();
    if (!status) {
        EXPECT_FALSE(status.error().message.isEmpty());
    }
    return status.has_value();
}

template <typename T> bool allowed(const Result<T>& result)
{
    return allowed(result ? Status() : Status(std::unexpected(result.error())));
}

class TeamRoles : public TeamVault
{
protected:
    void SetUp() override
    {
        TeamVault::SetUp();
        const auto example = ProgrammeJson::loadFile(
            sourceDir() + QStringLiteral("/resources/programmes/example.json"));
        ASSERT_TRUE(example.has_value());
        m_programme = example->programme;
        ASSERT_TRUE(session->programme().replace(m_programme));
        peer = addMember("JN", Role::PeerWorker, "a first passphrase for Jana");
        coordinator = addMember("PD", Role::Coordinator, "a first passphrase for Petr");
    }

    Asked askEverything()
    {
        Asked asked;
        VaultSession& s = *session;
        asked.contacts = allowed(s.contacts().contacts());
        asked.openContact =
            allowed(s.contacts().openContact({Channel::Chat, QStringLiteral("Eva"), {}}));
        SupervisionNote note;
        note.text = QStringLiteral("Těžký rozhovor, chci ho probrat na týmové supervizi.");
        note.sharing = SharingLevel::TeamSupervision;
        asked.ownNotes = allowed(s.supervision().save(note)) && allowed(s.supervision().notes());
        asked.teamNotes = allowed(s.agenda().month(QDate(2026, 12, 1)));
        asked.arrangeAgenda = allowed(
            s.agenda().addItem(QDate(2026, 12, 1), NoteTopic::Other, QStringLiteral("Téma")));
        asked.accessLog = allowed(s.accessLog().entries());
        asked.individualSupervision = allowed(s.individualSupervision().sharedNotes());
        asked.figures = allowed(s.monthlyFigures());
        asked.editProgramme = allowed(s.programme().edit(m_programme));
        asked.inbox = allowed(s.mail().inbox());
        return asked;
    }

    QString peer;
    QString coordinator;

private:
    Programme m_programme;
};

TEST_F(TeamRoles, ALeadWithEveryRoleMayDoEverything)
{
    const Asked asked = askEverything();
    EXPECT_TRUE(asked.contacts && asked.openContact && asked.ownNotes && asked.teamNotes &&
                asked.arrangeAgenda && asked.accessLog && asked.individualSupervision &&
                asked.figures && asked.editProgramme && asked.inbox);
}

TEST_F(TeamRoles, APeerWorkerWorksWithClientsAndReadsTheTeamsNotesButNotTheFigures)
{
    unlockAs(peer, "a first passphrase for Jana");
    const Asked asked = askEverything();
    EXPECT_TRUE(asked.contacts);
    EXPECT_TRUE(asked.openContact);
    EXPECT_TRUE(asked.ownNotes);
    EXPECT_TRUE(asked.teamNotes);
    EXPECT_TRUE(asked.inbox);
    EXPECT_FALSE(asked.arrangeAgenda);
    EXPECT_FALSE(asked.accessLog);
    EXPECT_FALSE(asked.individualSupervision);
    EXPECT_FALSE(asked.figures);
    EXPECT_FALSE(asked.editProgramme);
    EXPECT_FALSE(session->team().members().has_value());
    // Everyone reads the programme.
    EXPECT_TRUE(session->programme().hasProgramme());
}

TEST_F(TeamRoles, ACoordinatorPlansTheProgrammeAndSeesTheFiguresButNoClientOrNote)
{
    unlockAs(coordinator, "a first passphrase for Petr");
    const Asked asked = askEverything();
    EXPECT_TRUE(asked.editProgramme);
    EXPECT_TRUE(asked.figures);
    EXPECT_FALSE(asked.contacts);
    EXPECT_FALSE(asked.openContact);
    EXPECT_FALSE(asked.ownNotes);
    EXPECT_FALSE(asked.teamNotes);
    EXPECT_FALSE(asked.arrangeAgenda);
    EXPECT_FALSE(asked.accessLog);
    EXPECT_FALSE(asked.individualSupervision);
    EXPECT_FALSE(asked.inbox);
}

TEST_F(TeamRoles, ALeadWhoIsOnlyALeadPreparesSupervisionButMeetsNoClients)
{
    ASSERT_TRUE(session->team().setRoles(leadId, Role::TeamLead));
    unlockAs(leadId, leadPassphrase);
    const Asked asked = askEverything();
    EXPECT_TRUE(asked.teamNotes);
    EXPECT_TRUE(asked.arrangeAgenda);
    EXPECT_TRUE(asked.accessLog);
    EXPECT_TRUE(asked.individualSupervision);
    EXPECT_TRUE(asked.figures);
    EXPECT_FALSE(asked.contacts);
    EXPECT_FALSE(asked.ownNotes);
    EXPECT_FALSE(asked.editProgramme);
    EXPECT_FALSE(asked.inbox);
}

TEST_F(TeamRoles, TheAccessLogNamesTheMemberWhoUnlocked)
{
    unlockAs(peer, "a first passphrase for Jana");
    session->start();
    unlockAs(leadId, leadPassphrase);
    const auto log = session->accessLog().entries();
    ASSERT_TRUE(log.has_value());
    ASSERT_FALSE(log->isEmpty());
    EXPECT_EQ(log->first().member, QStringLiteral("JN"));
}

TEST_F(TeamRoles, APeerWorkerSeesTheirOwnConversationsAndTheTeamsEmail)
{
    unlockAs(peer, "a first passphrase for Jana");
    const auto chat = session->contacts().openContact({Channel::Chat, QStringLiteral("Eva"), {}});
    ASSERT_TRUE(chat.has_value());
    const auto mail = session->contacts().openContact({Channel::Email, QStringLiteral("Petr"), {}});
    ASSERT_TRUE(mail.has_value());

    // The lead meets clients too (every role), but Jana's conversation is hers.
    unlockAs(leadId, leadPassphrase);
    const auto seen = session->contacts().contacts();
    ASSERT_TRUE(seen.has_value());
    ASSERT_EQ(seen->size(), 1);
    EXPECT_EQ(seen->first().id, mail->id);
    EXPECT_EQ(session->contacts().contact(chat->id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(session->contacts().turns(chat->id).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(
        session->contacts().addTurn(chat->id, Author::Worker, QStringLiteral("Ahoj")).has_value());
    EXPECT_EQ(session->contacts().deleteContact(chat->id).error().code, ErrorCode::NotFound);

    unlockAs(peer, "a first passphrase for Jana");
    const auto mine = session->contacts().contacts();
    ASSERT_TRUE(mine.has_value());
    EXPECT_EQ(mine->size(), 2);
    EXPECT_TRUE(session->contacts().contact(chat->id).has_value());
}

} // namespace
} // namespace kotva::test
