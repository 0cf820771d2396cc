#include "core/team/TeamRoster.h"

#include "core/storage/SqlStatements.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva {

using sql::run;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::TeamRoster)
};

std::unexpected<Error> rosterError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The team's members could not be read or written in the vault."),
                error.text());
}

std::unexpected<Error> noSuchMember()
{
    return fail(ErrorCode::NotFound, Tr::tr("This member is not in the team."));
}

std::unexpected<Error> lastTeamLead()
{
    return fail(ErrorCode::InvalidArgument,
                Tr::tr("The team needs a team lead: give the role to another member first."));
}

} // namespace

TeamRoster::TeamRoster(Vault& vault, const AccessGate& gate, const Clock& clock)
    : m_vault(vault)
    , m_gate(gate)
    , m_clock(clock)
{}

Result<QList<TeamMember>> TeamRoster::members() const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT member_id, label, roles FROM team_members ORDER BY "
                                   "label COLLATE NOCASE, member_id")))
        return rosterError(query.lastError());
    QList<TeamMember> list;
    while (query.next())
        list << TeamMember{query.value(0).toString(), query.value(1).toString(),
                           Roles::fromInt(query.value(2).toInt())};
    return list;
}

Result<std::optional<TeamMember>> TeamRoster::find(const QString& memberId) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("SELECT member_id, label, roles FROM team_members WHERE member_id = ?"),
             {memberId}))
        return rosterError(query.lastError());
    if (!query.next())
        return std::optional<TeamMember>{};
    return std::optional<TeamMember>{TeamMember{query.value(0).toString(),
                                                query.value(1).toString(),
                                                Roles::fromInt(query.value(2).toInt())}};
}

Status TeamRoster::insert(const TeamMember& member)
{
    if (member.memberId.isEmpty() || member.label.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A member needs initials or a name."));
    if (member.roles == Roles())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A member needs at least one role."));
    const auto existing = find(member.memberId);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return fail(ErrorCode::AlreadyExists, Tr::tr("This member is in the team already."));
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO team_members (member_id, label, roles, added_at) VALUES "
                            "(?, ?, ?, ?)"),
             {member.memberId, member.label.trimmed(), member.roles.toInt(),
              sql::toSecs(sql::wholeSeconds(m_clock.nowUtc()))}))
        return rosterError(query.lastError());
    return {};
}

Status TeamRoster::addFounder(const TeamMember& member)
{
    const auto list = members();
    if (!list)
        return std::unexpected(list.error());
    if (!list->isEmpty())
        return fail(ErrorCode::AlreadyExists, Tr::tr("This team has its members already."));
    if (!member.roles.testFlag(Role::TeamLead))
        return lastTeamLead();
    return insert(member);
}

Status TeamRoster::add(const TeamMember& member)
{
    if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
        return allowed;
    return insert(member);
}

Result<int> TeamRoster::teamLeadsOtherThan(const QString& memberId) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("SELECT count(*) FROM team_members WHERE member_id <> ? AND "
                            "(roles & ?) <> 0"),
             {memberId, int(Role::TeamLead)}) ||
        !query.next())
        return rosterError(query.lastError());
    return query.value(0).toInt();
}

Status TeamRoster::setRoles(const QString& memberId, Roles roles)
{
    if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
        return allowed;
    if (roles == Roles())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A member needs at least one role."));
    const auto existing = find(memberId);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->has_value())
        return noSuchMember();
    if (!roles.testFlag(Role::TeamLead)) {
        const auto others = teamLeadsOtherThan(memberId);
        if (!others)
            return std::unexpected(others.error());
        if (*others == 0)
            return lastTeamLead();
    }
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("UPDATE team_members SET roles = ? WHERE member_id = ?"),
             {roles.toInt(), memberId}))
        return rosterError(query.lastError());
    return {};
}

Status TeamRoster::remove(const QString& memberId)
{
    if (Status allowed = m_gate.require(Capability::ManageMembers); !allowed)
        return allowed;
    const auto existing = find(memberId);
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->has_value())
        return noSuchMember();
    const auto others = teamLeadsOtherThan(memberId);
    if (!others)
        return std::unexpected(others.error());
    if ((*existing)->roles.testFlag(Role::TeamLead) && *others == 0)
        return lastTeamLead();
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("DELETE FROM team_members WHERE member_id = ?"), {memberId}))
        return rosterError(query.lastError());
    return {};
}

} // namespace kotva
