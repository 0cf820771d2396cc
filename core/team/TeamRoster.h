#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/team/AccessGate.h"
#include "core/team/Roles.h"

#include <QList>
#include <QString>

#include <optional>

namespace kotva {

class Vault;

/// A member of the team as the vault knows them.
struct TeamMember
{
    QString memberId;
    QString label;
    Roles roles;

    friend bool operator==(const TeamMember&, const TeamMember&) = default;
};

/// The members of a team vault and their roles (issue 15), inside the vault. Changes need
/// the team lead's role (the gate); a team always keeps at least one team lead, so the
/// members can always be managed.
class TeamRoster final
{
public:
    TeamRoster(Vault& vault, const AccessGate& gate, const Clock& clock = Clock::system());

    /// Every member, by label.
    [[nodiscard]] Result<QList<TeamMember>> members() const;
    [[nodiscard]] Result<std::optional<TeamMember>> find(const QString& memberId) const;

    /// The first member of a new team (the team lead who converted or created it): allowed
    /// only while the roster is empty, so it needs no role.
    Status addFounder(const TeamMember& member);
    /// A new member (ManageMembers). AlreadyExists for a member id that is there.
    Status add(const TeamMember& member);
    /// ManageMembers; refused when it would leave no team lead, or no role at all.
    Status setRoles(const QString& memberId, Roles roles);
    /// ManageMembers; refused for the last team lead.
    Status remove(const QString& memberId);

private:
    Status insert(const TeamMember& member);
    [[nodiscard]] Result<int> teamLeadsOtherThan(const QString& memberId) const;

    Vault& m_vault;
    const AccessGate& m_gate;
    const Clock& m_clock;
};

} // namespace kotva
