#include "core/team/TeamService.h"

#include "core/keys/slots/TeamKeys.h"

#include <QCoreApplication>
#include <QHash>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::TeamService)
};

} // namespace

TeamService::TeamService(TeamRoster& roster, AccessGate& gate, TeamKeys* keys)
    : m_roster(roster)
    , m_gate(gate)
    , m_keys(keys)
{}

Status TeamService::requireTeam() const
{
    if (m_keys)
        return {};
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("This vault belongs to one person. Make it a team vault first (Settings)."));
}

bool TeamService::mustChangePassphrase() const
{
    return m_keys && m_keys->mustChangePassphrase();
}

Status TeamService::identify()
{
    if (!m_keys) {
        m_gate.setActor(Actor::soleUser());
        return {};
    }
    auto everyone = m_roster.members();
    if (!everyone)
        return std::unexpected(everyone.error());
    // The member who made the vault a team is its first team lead, with every role the
    // one person of the vault had.
    if (everyone->isEmpty()) {
        if (Status founded =
                m_roster.addFounder(TeamMember{m_keys->memberId(), m_keys->label(), allRoles()});
            !founded)
            return founded;
    }
    auto found = m_roster.find(m_keys->memberId());
    if (!found)
        return std::unexpected(found.error());
    const Roles roles = found->has_value() ? (*found)->roles : Roles();
    m_gate.setActor(Actor{m_keys->memberId(), m_keys->label(), roles});
    if (roles == Roles())
        return fail(ErrorCode::NotPermitted,
                    Tr::tr("Your key opens the vault, but the team has given you no role yet. Ask "
                           "the team lead to set your roles."));
    return {};
}

Result<QList<TeamMemberStatus>> TeamService::members() const
{
    if (Status team = requireTeam(); !team)
        return std::unexpected(team.error());
    if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
        return std::unexpected(allowed.error());
    const auto roster = m_roster.members();
    if (!roster)
        return std::unexpected(roster.error());
    const auto slots = m_keys->members();
    if (!slots)
        return std::unexpected(slots.error());
    QHash<QString, bool> mustChange;
    for (const MemberSlotInfo& slot : *slots)
        mustChange.insert(slot.memberId, slot.mustChangePassphrase);
    QList<TeamMemberStatus> list;
    for (const TeamMember& member : *roster)
        list << TeamMemberStatus{member, mustChange.contains(member.memberId),
                                 mustChange.value(member.memberId, false)};
    return list;
}

Result<QString> TeamService::addMember(const QString& label, Roles roles,
                                       const SecureBuffer& firstPassphrase)
{
    if (Status team = requireTeam(); !team)
        return std::unexpected(team.error());
    if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
        return std::unexpected(allowed.error());
    if (roles == Roles())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A member needs at least one role."));
    auto added = m_keys->addMember(label, firstPassphrase);
    if (!added)
        return added;
    if (Status stored = m_roster.add(TeamMember{*added, label.trimmed(), roles}); !stored) {
        // Without roles the key would open a vault its holder can do nothing in.
        (void)m_keys->removeMember(*added);
        return std::unexpected(stored.error());
    }
    return added;
}

Status TeamService::removeMember(const QString& memberId)
{
    if (Status team = requireTeam(); !team)
        return team;
    if (memberId == m_keys->memberId())
        return m_keys->removeMember(memberId); // refused with the reason
    const auto found = m_roster.find(memberId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value()) { // a key whose roles were never stored: only the key goes
        if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
            return allowed;
        return m_keys->removeMember(memberId);
    }
    // The roster first: it refuses what must not happen (no role, the last team lead).
    if (Status removed = m_roster.remove(memberId); !removed)
        return removed;
    if (Status wiped = m_keys->removeMember(memberId); !wiped) {
        (void)m_roster.add(**found); // the key is still there: so are the roles
        return wiped;
    }
    return {};
}

Status TeamService::setRoles(const QString& memberId, Roles roles)
{
    if (Status team = requireTeam(); !team)
        return team;
    if (Status changed = m_roster.setRoles(memberId, roles); !changed)
        return changed;
    if (memberId == m_keys->memberId())
        m_gate.setActor(Actor{memberId, m_keys->label(), roles});
    return {};
}

Status TeamService::resetPassphrase(const QString& memberId, const SecureBuffer& firstPassphrase)
{
    if (Status team = requireTeam(); !team)
        return team;
    if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
        return allowed;
    return m_keys->resetPassphrase(memberId, firstPassphrase);
}

Status TeamService::changeOwnPassphrase(const SecureBuffer& newPassphrase)
{
    if (Status team = requireTeam(); !team)
        return team;
    return m_keys->changeOwnPassphrase(newPassphrase);
}

} // namespace kotva
