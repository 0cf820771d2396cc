// The team lead keeps the members of a team vault: keys and roles change together.

#include "TeamTestSupport.h"
#include "core/keys/slots/KeySlotFile.h"

namespace kotva::test {
namespace {

using TeamService_ = TeamVault;

TEST_F(TeamService_, TheMemberWhoMadeTheTeamIsItsLeadWithEveryRole)
{
    const Actor& me = session->access().actor();
    EXPECT_EQ(me.memberId, leadId);
    EXPECT_EQ(me.label, QStringLiteral("EK"));
    EXPECT_EQ(me.roles, allRoles());
    EXPECT_FALSE(session->identityError().has_value());
    const auto members = session->team().members();
    ASSERT_TRUE(members.has_value());
    ASSERT_EQ(members->size(), 1);
    EXPECT_TRUE(members->first().hasKey);
}

TEST_F(TeamService_, ANewMemberUnlocksWithTheFirstPassphraseAndMustChangeIt)
{
    const QString jana = addMember("JN", Role::PeerWorker, "a first passphrase for Jana");
    unlockAs(jana, "a first passphrase for Jana");
    EXPECT_TRUE(session->team().mustChangePassphrase());
    EXPECT_EQ(session->access().actor().roles, Roles(Role::PeerWorker));

    ASSERT_TRUE(session->team().changeOwnPassphrase(text("Jana's very own passphrase")));
    EXPECT_FALSE(session->team().mustChangePassphrase());
    unlockAs(jana, "Jana's very own passphrase");
    EXPECT_FALSE(session->team().mustChangePassphrase());
    EXPECT_FALSE(KeySlots(path(), PassphraseKdf::minimum())
                     .unlock(jana, text("a first passphrase for Jana"))
                     .has_value());
}

TEST_F(TeamService_, ARemovedMemberHasNoKeyAndNoRolesAnyMore)
{
    const QString jana = addMember("JN", Role::PeerWorker, "a first passphrase for Jana");
    ASSERT_TRUE(session->team().removeMember(jana));
    EXPECT_EQ(KeySlots(path(), PassphraseKdf::minimum())
                  .unlock(jana, text("a first passphrase for Jana"))
                  .error()
                  .code,
              ErrorCode::NotFound);
    const auto members = session->team().members();
    ASSERT_TRUE(members.has_value());
    EXPECT_EQ(members->size(), 1);
}

TEST_F(TeamService_, TheTeamAlwaysKeepsALead)
{
    EXPECT_EQ(session->team().setRoles(leadId, Role::PeerWorker).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(session->team().removeMember(leadId).error().code, ErrorCode::InvalidArgument);
    // With a second lead, the first may become a peer worker only.
    const QString second = addMember("MS", Role::TeamLead, "a first passphrase for Monika");
    ASSERT_TRUE(session->team().setRoles(leadId, Role::PeerWorker));
    EXPECT_EQ(session->access().actor().roles, Roles(Role::PeerWorker));
    // …and from then on cannot manage members.
    EXPECT_EQ(session->team().removeMember(second).error().code, ErrorCode::NotPermitted);
}

TEST_F(TeamService_, AResetGivesAFirstPassphraseAgainAndANewMemberSecret)
{
    const QString jana = addMember("JN", Role::PeerWorker, "a first passphrase for Jana");
    unlockAs(jana, "a first passphrase for Jana");
    auto before = KeySlots(path(), PassphraseKdf::minimum())
                      .unlock(jana, text("a first passphrase for Jana"));
    ASSERT_TRUE(before.has_value());

    unlockAs(leadId, leadPassphrase);
    ASSERT_TRUE(session->team().resetPassphrase(jana, text("a new first one for Jana")));
    auto after =
        KeySlots(path(), PassphraseKdf::minimum()).unlock(jana, text("a new first one for Jana"));
    ASSERT_TRUE(after.has_value());
    EXPECT_TRUE(after->mustChangePassphrase);
    // The private notes sealed with the old secret cannot be opened any more.
    EXPECT_FALSE(after->memberSecret.equals(before->memberSecret));
    EXPECT_TRUE(after->vaultKey.equals(before->vaultKey));
}

TEST_F(TeamService_, AMemberWhoseRolesAreMissingCanDoNothingButIsToldWhy)
{
    // A key added beside the vault without roles (a members file edited by hand).
    const QString stray =
        *KeySlots(path(), PassphraseKdf::minimum())
             .addMember(
                 *KeySlots(path(), PassphraseKdf::minimum()).unlock(leadId, text(leadPassphrase)),
                 QStringLiteral("XX"), text("a stray member's key"));
    unlockAs(stray, "a stray member's key");
    ASSERT_TRUE(session->identityError().has_value());
    EXPECT_EQ(session->identityError()->code, ErrorCode::NotPermitted);
    EXPECT_EQ(session->contacts().contacts().error().code, ErrorCode::NotPermitted);
    EXPECT_EQ(session->monthlyFigures().error().code, ErrorCode::NotPermitted);
}

TEST_F(TeamService_, AVaultOfOnePersonHasNoMembers)
{
    lock();
    QTemporaryDir dir;
    const VaultKey key = VaultKey::generateRaw();
    auto vault = Vault::create(dir.filePath(QStringLiteral("one.vault")), key, m_clock);
    ASSERT_TRUE(vault.has_value());
    VaultSession one(**vault, builtInAnalyzer(), m_clock);
    EXPECT_FALSE(one.team().isTeam());
    EXPECT_EQ(one.access().actor().roles, allRoles());
    EXPECT_FALSE(one.team().members().has_value());
}

} // namespace
} // namespace kotva::test
