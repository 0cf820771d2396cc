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
        {2,
         "the team supervision agenda: its order, what was discussed and agreed",
         {
             // One item of a month's team supervision ('yyyy-MM'): a note shared for team
             // supervision (note_id; its text, topic and reference are read from the note, so a
             // note the worker stops sharing leaves the agenda with it), or an item the team
             // lead added (body, topic). agreed: a short record of what the team agreed,
             // redacted like a note; it expires with the item, at the record retention.
             "CREATE TABLE agenda_items (id INTEGER PRIMARY KEY, month TEXT NOT NULL, "
             "note_id INTEGER UNIQUE REFERENCES supervision_notes(id) ON DELETE CASCADE, "
             "topic TEXT NOT NULL, body TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL, "
             "discussed INTEGER NOT NULL DEFAULT 0, agreed TEXT NOT NULL DEFAULT '', "
             "created_at INTEGER NOT NULL)",
             "CREATE INDEX agenda_items_month ON agenda_items(month, position)",
             "CREATE INDEX agenda_items_created ON agenda_items(created_at)",
         }},
        {3,
         "the access log: unlocks and who opened what was shared for supervision",
         {
             // member, action and time, never content: detail holds a month ('yyyy-MM') or
             // the initials of the member whose shared note was opened, at most. member is empty in
             // a vault of one person. Expires with the records.
             "CREATE TABLE access_log (id INTEGER PRIMARY KEY, member TEXT NOT NULL DEFAULT '', "
             "action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL)",
             "CREATE INDEX access_log_created ON access_log(created_at)",
         }},
        {4,
         "whose a note is, and a team member's private notes sealed with their own key",
         {
             // author: the team vault's member who wrote the note (empty in a vault of one
             // person). sealed: a team member's private note, sealed with a key only their key
             // slot gives (PrivateNoteKey); body is then empty. Another member, the team lead
             // included, reads neither.
             "ALTER TABLE supervision_notes ADD COLUMN author TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE supervision_notes ADD COLUMN sealed BLOB",
         }},
        {5,
         "a note shared for team supervision may leave its author's name off the agenda",
         {
             "ALTER TABLE supervision_notes ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0",
         }},
        {6,
         "a note a worker on another PC sent is found again by its id there",
         {
             // remote_id: the note's id on the PC of the worker who sent it (issue 15, "Workers
             // on other PCs"); NULL for a note written in this vault. A file sent again
             // updates the note it sent before instead of adding it twice.
             "ALTER TABLE supervision_notes ADD COLUMN remote_id TEXT",
             "CREATE UNIQUE INDEX supervision_notes_remote ON supervision_notes(author, "
             "remote_id) WHERE remote_id IS NOT NULL",
         }},
    };
    part.retainedTables = {{"supervision_notes", nullptr}, {"agenda_items", nullptr}};
    // The access log is about the vault, not about a contact: it expires by its time like a
    // dated event, and the overview's "oldest record" leaves it out.
    part.datedTables = {{"access_log", "created_at"}};
    return part;
}

} // namespace kotva
