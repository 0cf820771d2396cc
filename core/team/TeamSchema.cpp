#include "core/team/TeamSchema.h"

namespace kotva {

storage::SchemaPart teamSchemaPart()
{
    storage::SchemaPart part;
    part.module = "team";
    part.migrations = {
        {1,
         "the members of a team vault and their roles",
         {
             // A member as their key slot names them (member_id, the slot's UUID) and what they
             // may do: roles is a set of Role flags. The roles live here, inside the encrypted
             // vault, not in the members file beside it, so nobody can give themselves a role
             // by editing a file. A member's row goes when the member is removed; it is about
             // the team, never about a client, so no retention applies to it.
             "CREATE TABLE team_members (member_id TEXT PRIMARY KEY, label TEXT NOT NULL, "
             "roles INTEGER NOT NULL CHECK (roles BETWEEN 0 AND 7), added_at INTEGER NOT NULL)",
         }},
    };
    return part;
}

} // namespace kotva
