// The vault's schema before modules owned their tables (Kotva 0.1, schema versions 1–4),
// frozen: it is how vaults written by that release came to be, and older ones still get there
// before the hand-over to the modules' parts (Migrations.cpp). Never edit it; the tables named
// here belong to the session, schedule and supervision modules, whose parts now own them.

#include "core/storage/Migrations.h"

namespace kotva::storage {

namespace {

const std::vector<Migration>& history()
{
    static const std::vector<Migration> all = {
        {1,
         "settings, contacts, messages, findings, records",
         {
             "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
             "INSERT INTO settings (key, value) VALUES ('retention.message_days', '30'), "
             "('retention.record_months', '12')",
             // A contact is a session under a pseudonym; nothing identifying.
             "CREATE TABLE contacts (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL, "
             "channel TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE TABLE messages (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
             "author TEXT NOT NULL CHECK (author IN ('client', 'worker')), "
             "body TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX messages_contact ON messages(contact_id)",
             // What the analysis found, without the text it found it in.
             "CREATE TABLE findings (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE, "
             "kind TEXT NOT NULL, rule TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX findings_contact ON findings(contact_id)",
             // Anonymised operational records (for statistics); details is a JSON object.
             "CREATE TABLE records (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
             "details TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL)",
         }},
        {2,
         "indexes on created_at, so that a purge does not read whole tables",
         {
             "CREATE INDEX contacts_created ON contacts(created_at)",
             "CREATE INDEX messages_created ON messages(created_at)",
             "CREATE INDEX findings_created ON findings(created_at)",
             "CREATE INDEX records_created ON records(created_at)",
         }},
        {3,
         "group programme (schedule module): organisation, activities, cancellations, changes",
         {
             // Not personal data (first names of peers, the organisation's public contact).
             // event_end (Unix seconds, end of the last day concerned, Prague time) is what
             // expires: past events go 12 months after they ended; NULL = recurs without end.
             "CREATE TABLE schedule_programme (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "organisation TEXT NOT NULL, rota TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE TABLE schedule_activities (activity_id TEXT PRIMARY KEY NOT NULL, "
             "position INTEGER NOT NULL, definition TEXT NOT NULL, event_end INTEGER, "
             "created_at INTEGER NOT NULL)",
             "CREATE TABLE schedule_cancellations (id INTEGER PRIMARY KEY, "
             "activity_id TEXT NOT NULL, event_date TEXT NOT NULL, reason TEXT NOT NULL, "
             "event_end INTEGER NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE TABLE schedule_changes (id INTEGER PRIMARY KEY, activity_id TEXT NOT NULL, "
             "event_date TEXT NOT NULL, definition TEXT NOT NULL, event_end INTEGER NOT NULL, "
             "created_at INTEGER NOT NULL)",
             "CREATE INDEX schedule_activities_end ON schedule_activities(event_end)",
             "CREATE INDEX schedule_cancellations_end ON schedule_cancellations(event_end)",
             "CREATE INDEX schedule_changes_end ON schedule_changes(event_end)",
         }},
        {4,
         "the worker's workspace: contact state and reference, turns, contract changes, "
         "stopped topics, outcomes, supervision notes",
         {
             // reference: the anonymous code a supervision note may carry ("K-4F7Q"); rows
             // from before this version have none (NULLs do not collide in a UNIQUE index).
             // turn_count, highest_risk, had_boundary and last_activity are kept up to date
             // with every turn so the contact list does not aggregate over all turns.
             "ALTER TABLE contacts ADD COLUMN reference TEXT",
             "ALTER TABLE contacts ADD COLUMN state TEXT NOT NULL DEFAULT 'open' "
             "CHECK (state IN ('open', 'closed'))",
             "ALTER TABLE contacts ADD COLUMN closed_at INTEGER",
             "ALTER TABLE contacts ADD COLUMN last_activity INTEGER",
             "ALTER TABLE contacts ADD COLUMN referral_given INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE contacts ADD COLUMN turn_count INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE contacts ADD COLUMN highest_risk TEXT NOT NULL DEFAULT 'none'",
             "ALTER TABLE contacts ADD COLUMN had_boundary INTEGER NOT NULL DEFAULT 0",
             "UPDATE contacts SET last_activity = created_at",
             "CREATE UNIQUE INDEX contacts_reference ON contacts(reference)",
             "CREATE INDEX contacts_activity ON contacts(last_activity)",
             // The oldest text of a contact (when its text expires) without a scan.
             "CREATE INDEX messages_contact_created ON messages(contact_id, created_at)",
             // One row per turn; its text is the `messages` row with the same id, so the
             // message retention removes the text and the turn stays. Only kinds of
             // findings are kept (comma-separated stable names), never where or what words.
             "CREATE TABLE turns (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
             "author TEXT NOT NULL CHECK (author IN ('client', 'worker')), "
             "risk TEXT NOT NULL DEFAULT 'none', signals TEXT NOT NULL DEFAULT '', "
             "boundary TEXT NOT NULL DEFAULT '', redacted TEXT NOT NULL DEFAULT '', "
             "sent_despite_boundary INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
             "CREATE INDEX turns_contact ON turns(contact_id)",
             "CREATE INDEX turns_created ON turns(created_at)",
             "CREATE TABLE contact_contracts (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
             "wish TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX contact_contracts_contact ON contact_contracts(contact_id)",
             "CREATE INDEX contact_contracts_created ON contact_contracts(created_at)",
             // The label is redacted before it is stored.
             "CREATE TABLE contact_stops (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
             "label TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL)",
             "CREATE INDEX contact_stops_contact ON contact_stops(contact_id)",
             "CREATE INDEX contact_stops_created ON contact_stops(created_at)",
             // topics: a JSON array of the organisation's topic names.
             "CREATE TABLE contact_outcomes (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER NOT NULL UNIQUE REFERENCES contacts(id) ON DELETE CASCADE, "
             "topics TEXT NOT NULL DEFAULT '[]', referral_given INTEGER NOT NULL DEFAULT 0, "
             "bring_to_supervision INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
             "CREATE INDEX contact_outcomes_created ON contact_outcomes(created_at)",
             // The worker's notes on their own practice; redacted, linked to a contact only
             // by its anonymous reference, never by its id.
             "CREATE TABLE supervision_notes (id INTEGER PRIMARY KEY, topic TEXT NOT NULL, "
             "sharing TEXT NOT NULL CHECK (sharing IN ('private', 'individual', 'team')), "
             "body TEXT NOT NULL, contact_reference TEXT NOT NULL DEFAULT '', "
             "updated_at INTEGER NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX supervision_notes_created ON supervision_notes(created_at)",
         }},
    };
    return all;
}

} // namespace

std::span<const Migration> legacyMigrations()
{
    return history();
}

} // namespace kotva::storage
