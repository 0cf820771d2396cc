#include "core/mail/intake/MailSchema.h"

namespace kotva {

storage::SchemaPart mailSchemaPart()
{
    storage::SchemaPart part;
    part.module = "mail";
    part.migrations = {
        {1,
         "e-mail counselling intake",
         {
             // How far a folder was read: UIDs are only valid with their UIDVALIDITY, so a
             // change of it starts the folder again (rows below stop the repeats).
             "CREATE TABLE mail_folders (folder TEXT PRIMARY KEY, uid_validity INTEGER NOT NULL, "
             "next_uid INTEGER NOT NULL, created_at INTEGER NOT NULL)",
             // One row per message Kotva has taken in, written in the same transaction as its
             // contact and turn, so a message is either wholly taken in or fetched again.
             // The original is not kept; the address and message ids only until
             // address_expires_at (the answer plus a grace period).
             "CREATE TABLE mail_messages (id INTEGER PRIMARY KEY, folder TEXT NOT NULL, "
             "uid_validity INTEGER NOT NULL, uid INTEGER NOT NULL, "
             "contact_id INTEGER REFERENCES contacts(id) ON DELETE CASCADE, "
             "automated INTEGER NOT NULL DEFAULT 0, "
             "received_at INTEGER NOT NULL, due_at INTEGER NOT NULL, "
             "client_address TEXT, client_subject TEXT, client_message_id TEXT, client_references "
             "TEXT, "
             "address_expires_at INTEGER, attachment_count INTEGER NOT NULL DEFAULT 0, "
             "out_of_scope INTEGER NOT NULL DEFAULT 0, "
             "ack_state TEXT NOT NULL DEFAULT 'none' CHECK (ack_state IN ('none', 'pending', "
             "'sending', 'sent', 'uncertain', 'failed', 'not_needed')), "
             "ack_at INTEGER, "
             "answer_state TEXT NOT NULL DEFAULT 'none' CHECK (answer_state IN ('none', "
             "'sending', 'sent', 'uncertain')), "
             "answered_at INTEGER, "
             "server_state TEXT NOT NULL DEFAULT 'inbox' CHECK (server_state IN ('inbox', "
             "'archived', 'deleted')), "
             "created_at INTEGER NOT NULL, UNIQUE (folder, uid_validity, uid))",
             "CREATE INDEX mail_messages_contact ON mail_messages(contact_id)",
             "CREATE INDEX mail_messages_created ON mail_messages(created_at)",
             // Recognising mail that came back under new UIDs, once per fetched message.
             "CREATE INDEX mail_messages_message_id ON mail_messages(folder, client_message_id)",
         }},
    };
    part.retainedTables = {{"mail_folders", nullptr}, {"mail_messages", "contact_id"}};
    part.selfExpiringColumns = {
        {"mail_messages",
         "address_expires_at",
         {"client_address", "client_subject", "client_message_id", "client_references"}}};
    return part;
}

} // namespace kotva
