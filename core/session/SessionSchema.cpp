#include "core/session/SessionSchema.h"

namespace kotva {

storage::SchemaPart sessionSchemaPart()
{
    storage::SchemaPart part;
    part.module = "session";
    part.migrations = {
        {1,
         "contacts, message text, turns, contract changes, stopped topics, outcomes, "
         "findings, anonymised records",
         {
             // A contact is a session under a pseudonym; nothing identifying. reference: the
             // anonymous code a supervision note may carry ("K-4F7Q"). turn_count,
             // highest_risk, had_boundary and last_activity are kept up to date with every
             // turn so the contact list does not aggregate over all turns. The columns are in
             // the order Kotva 0.1's migrations left them, so both kinds of vault are alike.
             "CREATE TABLE contacts (id INTEGER PRIMARY KEY, pseudonym TEXT NOT NULL, "
             "channel TEXT NOT NULL, created_at INTEGER NOT NULL, reference TEXT, "
             "state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')), "
             "closed_at INTEGER, last_activity INTEGER, "
             "referral_given INTEGER NOT NULL DEFAULT 0, turn_count INTEGER NOT NULL DEFAULT 0, "
             "highest_risk TEXT NOT NULL DEFAULT 'none', "
             "had_boundary INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX contacts_created ON contacts(created_at)",
             "CREATE UNIQUE INDEX contacts_reference ON contacts(reference)",
             "CREATE INDEX contacts_activity ON contacts(last_activity)",
             // One row per turn's text; it expires with the short message retention, the turn
             // (below, same id) stays.
             "CREATE TABLE messages (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, "
             "author TEXT NOT NULL CHECK (author IN ('client', 'worker')), "
             "body TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX messages_contact ON messages(contact_id)",
             "CREATE INDEX messages_created ON messages(created_at)",
             "CREATE INDEX messages_contact_created ON messages(contact_id, created_at)",
             // What the analysis found, without the text it found it in.
             "CREATE TABLE findings (id INTEGER PRIMARY KEY, "
             "contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE, "
             "kind TEXT NOT NULL, rule TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE INDEX findings_contact ON findings(contact_id)",
             "CREATE INDEX findings_created ON findings(created_at)",
             // Anonymised operational records (for statistics); details is a JSON object.
             "CREATE TABLE records (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
             "details TEXT NOT NULL DEFAULT '{}', created_at INTEGER NOT NULL)",
             "CREATE INDEX records_created ON records(created_at)",
             // Only kinds of findings are kept (comma-separated stable names), never where or
             // what words.
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
         }},
        {2,
         "how the client is addressed (tykání or vykání), once the worker has chosen it",
         {
             // 'ty' or 'vy'; NULL while the worker has not chosen (a suggestion from the
             // client's words is used meanwhile, never stored). Not personal data.
             "ALTER TABLE contacts ADD COLUMN address_form TEXT "
             "CHECK (address_form IS NULL OR address_form IN ('ty', 'vy'))",
         }},
        {3,
         "whose a contact is in a team vault",
         {
             // The team vault's member who opened the conversation; empty for a vault of one
             // person and for e-mail, which the team's inbox shares among its peer workers.
             "ALTER TABLE contacts ADD COLUMN member TEXT NOT NULL DEFAULT ''",
         }},
    };
    part.subjectTable = "contacts";
    part.messageTables = {{"messages", "contact_id"}};
    // The pseudonym is kept as briefly as the text: after that the contact is its reference.
    part.messageColumns = {{"contacts", "pseudonym", "last_activity"}};
    part.retainedTables = {
        {"findings", "contact_id"},      {"records", nullptr},
        {"turns", "contact_id"},         {"contact_contracts", "contact_id"},
        {"contact_stops", "contact_id"}, {"contact_outcomes", "contact_id"},
    };
    return part;
}

} // namespace kotva
