#pragma once

#include "core/common/Error.h"

#include <QFlags>
#include <QString>
#include <QStringList>

namespace kotva {

/// What a member of a team vault does (issue 15). A person may hold several roles; the one
/// person of a vault that is not a team holds all of them.
enum class Role {
    PeerWorker = 0x1,  ///< talks with clients: contacts, e-mail counselling, own notes
    TeamLead = 0x2,    ///< prepares supervision, keeps the members, sees the team's figures
    Coordinator = 0x4, ///< plans the group programme, sees the figures
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

[[nodiscard]] constexpr Roles allRoles()
{
    return Roles(Role::PeerWorker) | Role::TeamLead | Role::Coordinator;
}

/// "peer worker", "team lead", "coordinator" in the UI language, in this order.
[[nodiscard]] QString roleLabel(Role role);
[[nodiscard]] QStringList roleLabels(Roles roles);

/// What the core services let a member do. Each service asks for the one it needs.
enum class Capability {
    ClientWork,    ///< contacts and their turns, the e-mail inbox
    OwnNotes,      ///< writing and reading one's own supervision notes
    ReadTeamNotes, ///< the month's notes shared for team supervision (the agenda)
    TeamAgenda,    ///< arranging the agenda, recording what was agreed, the access log
    Figures,       ///< the monthly figures
    EditProgramme, ///< changing the group programme (everyone may read it)
    ManageMembers, ///< adding, removing and resetting members, setting roles
    /// reading what members shared for individual supervision (each opening is logged)
    IndividualSupervision,
};

/// Whether `roles` allow `capability` (the table in the README, "Roles").
[[nodiscard]] bool rolesAllow(Roles roles, Capability capability);

} // namespace kotva
