#include "core/supervision/SupervisionSchema.h"

namespace kotva {

storage::SchemaPart supervisionSchemaPart()
{
    storage::SchemaPart part;
    part.module = "supervision";
    part.migrations = {
        {1,
         "supervision notes",
         {
             // The worker's notes on their own practice; redacted, linked to a contact only
             // by its anonymous reference, never by its id.
             "CREATE TABLE supervision_notes (id INTEGER PRIMARY KEY, topic TEXT NOT NULL, "
             "sharing TEXT NOT NULL CHECK (sharing IN ('private', 'individual', 'team')), "
             "body TEXT NOT NULL, contact_reference TEXT NOT NULL DEFAULT '', "
             "updated_at INTEGER NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX supervision_notes_created ON supervision_notes(created_at)",
         }},
    };
    part.retainedTables = {{"supervision_notes", nullptr}};
    return part;
}

} // namespace kotva
