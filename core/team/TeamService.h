#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/team/AccessGate.h"
#include "core/team/TeamRoster.h"

#include <QList>
#include <QString>

#include <optional>

namespace kotva {

class TeamKeys;

/// A member as the team lead's members dialog lists them.
struct TeamMemberStatus
{
    TeamMember member;
    bool hasKey = true;                ///< a slot in the members file
    bool mustChangePassphrase = false; ///< a first passphrase the member has not changed yet
};

/// The members of a team vault for the member who unlocked it (issue 15): their key slots
/// (TeamKeys) and their roles (TeamRoster) changed together, so a member never has a key
/// without roles or roles without a key. Who may do what is the gate's rule: the team lead
/// adds, removes and resets members and sets roles; everyone changes their own passphrase.
/// In a vault that is not a team there are no keys, and everything but isTeam() refuses.
class TeamService final
{
public:
    /// `keys`: the unlocked member's slots (VaultAccess::teamKeys()), or nullptr.
    TeamService(TeamRoster& roster, AccessGate& gate, TeamKeys* keys);

    [[nodiscard]] bool isTeam() const { return m_keys != nullptr; }
    [[nodiscard]] const Actor& me() const { return m_gate.actor(); }
    /// Whether the member unlocked with a first passphrase they must change now.
    [[nodiscard]] bool mustChangePassphrase() const;

    /// The vault became a team vault while open (VaultAccess::convertToTeam()): the founder's
    /// keys from now on; identify() again.
    void setKeys(TeamKeys* keys) { m_keys = keys; }
    /// Joins the members file and the vault: makes the first member the team lead of a new
    /// team vault, and reads who is at the keyboard into the gate. A member with a key but
    /// no roles can do nothing but change their passphrase: NotPermitted says so.
    Status identify();

    [[nodiscard]] Result<QList<TeamMemberStatus>> members() const;
    Result<QString> addMember(const QString& label, Roles roles,
                              const SecureBuffer& firstPassphrase);
    Status removeMember(const QString& memberId);
    Status setRoles(const QString& memberId, Roles roles);
    /// A lost passphrase: the member's sealed private notes are lost with it.
    Status resetPassphrase(const QString& memberId, const SecureBuffer& firstPassphrase);
    Status changeOwnPassphrase(const SecureBuffer& newPassphrase);

private:
    [[nodiscard]] Status requireTeam() const;

    TeamRoster& m_roster;
    AccessGate& m_gate;
    TeamKeys* m_keys = nullptr;
};

} // namespace kotva
