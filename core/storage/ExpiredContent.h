#pragma once

// The purge itself, on any connection of the KOTVA_SQLCIPHER driver. The Vault calls it
// with its key applied; tests also run it on an unkeyed file, where the raw bytes show
// whether secure_delete and the WAL truncation really removed the text.

#include "core/common/Error.h"
#include "core/storage/RetentionPolicy.h"
#include "core/storage/Vault.h"

#include <QSqlDatabase>

namespace kotva::storage {

/// What to do when the deletion committed but the WAL could not be truncated (e.g. the
/// disk is full, so the checkpoint cannot grow the main file).
enum class WipeFailure {
    IsAnError, ///< report it: the caller retries (Purger, `vault purge`)
    IsLogged,  ///< only log it: opening a vault on a full disk must still work
};

/// Deletes, by the tables Schema::current() names, message text older than the message
/// retention, everything about contacts older than the record retention and the rows of
/// dated tables whose event ended
/// before the record cutoff (counted in recordsRemoved), in one transaction, then
/// checkpoints the WAL with TRUNCATE so that the removed content is in neither file any more.
Result<PurgeReport> purgeExpired(QSqlDatabase db, const RetentionPolicy& policy,
                                 const QDateTime& nowUtc,
                                 WipeFailure onWipeFailure = WipeFailure::IsAnError);

/// The retention stored in the settings table (clamped to the bounds: a tampered value
/// never raises the ceiling).
Result<RetentionPolicy> loadRetention(QSqlDatabase db);
Status storeRetention(QSqlDatabase db, const RetentionPolicy& policy);

} // namespace kotva::storage
