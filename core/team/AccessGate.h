#pragma once

#include "core/common/Error.h"
#include "core/team/Roles.h"

#include <QString>

namespace kotva {

/// Who is at the keyboard of an open vault: a team vault's member with their roles, or the
/// one person of a vault that is not a team (every role, no member id).
struct Actor
{
    QString memberId; ///< empty outside a team vault
    QString label;    ///< the member's initials or name, as on their key slot
    Roles roles = allRoles();

    [[nodiscard]] bool isTeamMember() const { return !memberId.isEmpty(); }
    [[nodiscard]] static Actor soleUser() { return Actor{}; }
};

/// The role check every core service asks before it reads or changes anything (issue 15,
/// "Roles are enforced in core services"): a pane that asks for more than the member's roles
/// allow gets a NotPermitted error with words for them, never the data. One gate per open
/// vault, shared by its services, so a change of roles applies to all of them at once.
class AccessGate final
{
public:
    explicit AccessGate(Actor actor = Actor::soleUser());

    /// The gate of a vault that is not a team: its one person may do everything. What a
    /// service checks until VaultSession gives it the open vault's gate (the CLI, tests).
    [[nodiscard]] static const AccessGate& soleUser();

    [[nodiscard]] const Actor& actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }

    [[nodiscard]] bool allows(Capability capability) const;
    /// Ok, or NotPermitted saying which role the action needs.
    [[nodiscard]] Status require(Capability capability) const;

private:
    Actor m_actor;
};

} // namespace kotva
