#include "core/exchange/ExchangeSchema.h"

namespace kotva {

storage::SchemaPart exchangeSchemaPart()
{
    storage::SchemaPart part;
    part.module = "exchange";
    part.migrations = {
        {1,
         "the exchange with workers on other PCs: keys, cards and imported figures",
         {
             // A team vault's X25519 pair that workers' files are sealed to. The secret half
             // never leaves the vault (the vault's own encryption keeps it). About the team,
             // never about a client: no retention.
             "CREATE TABLE exchange_team (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "name TEXT NOT NULL, public_key BLOB NOT NULL, secret_key BLOB NOT NULL, "
             "created_at INTEGER NOT NULL)",
             // The member cards the team lead accepted: a member's Ed25519 key, and the last
             // file imported from them (its number and digest refuse an older one).
             "CREATE TABLE exchange_member_cards (member_id TEXT PRIMARY KEY REFERENCES "
             "team_members(member_id) ON DELETE CASCADE, signing_key BLOB NOT NULL UNIQUE, "
             "last_sequence INTEGER, last_digest BLOB, last_import_at INTEGER, "
             "created_at INTEGER NOT NULL)",
             // A worker's own Ed25519 pair, the number of their next file, and the team card
             // they were given (NULL until then).
             "CREATE TABLE exchange_own (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "signing_public BLOB NOT NULL, signing_secret BLOB NOT NULL, "
             "next_sequence INTEGER NOT NULL, team_name TEXT, team_key BLOB, "
             "created_at INTEGER NOT NULL)",
             // Counts only, by member and month ('yyyy-MM'). created_at is the month's first
             // day, so a month's figures expire with the record retention like the team's own.
             "CREATE TABLE exchange_figures (member_id TEXT NOT NULL, month TEXT NOT NULL, "
             "grp TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL, "
             "created_at INTEGER NOT NULL, PRIMARY KEY (member_id, month, grp, key))",
             "CREATE INDEX exchange_figures_created ON exchange_figures(created_at)",
         }},
    };
    part.retainedTables = {{"exchange_figures", nullptr}};
    return part;
}

} // namespace kotva
