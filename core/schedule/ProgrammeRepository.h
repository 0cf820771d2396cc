#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/schedule/Programme.h"

#include <QSqlDatabase>

namespace kotva {

class Vault;

/// Saves and loads the programme in the vault (tables schedule_* created by migration 3 of
/// the storage registry). A save replaces the stored programme in one transaction.
///
/// Expiry: the programme is not personal data, but past events expire after 12 months.
/// Every row that concerns dated events carries `event_end` (INTEGER, Unix seconds: the
/// end of the last day it concerns, Europe/Prague): cancellations and changes always,
/// activities when all their rules end (single dated events, rules with `until`); NULL
/// for activities that recur without end. The rule "DELETE ... WHERE event_end < record
/// cutoff" removes exactly the past events older than the retention (purgeExpired()).
/// `created_at` (Unix seconds) is when the row was stored, as everywhere in the vault.
class ProgrammeRepository final
{
public:
    explicit ProgrammeRepository(QSqlDatabase database, const Clock& clock = Clock::system());
    /// Uses the vault's connection and clock.
    explicit ProgrammeRepository(Vault& vault);

    [[nodiscard]] Status save(const Programme& programme);
    /// NotFound when nothing was saved yet.
    [[nodiscard]] Result<Programme> load() const;
    /// Deletes rows whose event_end is before `cutoffUtc` (RetentionPolicy::recordCutoff).
    /// Returns the number of rows removed. Vault::purge should run the same rule (see the
    /// report of the schedule module); until it does, callers run this after Vault::purge.
    [[nodiscard]] Result<qint64> purgeExpired(const QDateTime& cutoffUtc);

    /// The tables with `event_end`, for the storage purge's generic rule.
    static constexpr const char* DatedTables[] = {"schedule_activities", "schedule_cancellations",
                                                  "schedule_changes"};

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
};

} // namespace kotva
