#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/schedule/Programme.h"

#include <QSqlDatabase>

namespace kotva {

class Vault;

/// Saves and loads the programme in the vault (tables schedule_*, the schedule module's
/// schema part, ScheduleSchema.cpp). A save replaces the stored programme in one transaction.
///
/// Expiry: the programme is not personal data, but past events expire after 12 months.
/// Every row that concerns dated events carries `event_end` (INTEGER, Unix seconds: the
/// end of the last day it concerns, Europe/Prague): cancellations and changes always,
/// activities when all their rules end (single dated events, rules with `until`); NULL
/// for activities that recur without end. The rule "DELETE ... WHERE event_end < record
/// cutoff" removes exactly the past events older than the retention. The storage module
/// owns that rule (the schedule part lists these tables as dated): Vault::purge(), hence the
/// vault's opening purge and the hourly Purger, applies it with the other deletes.
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

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
};

} // namespace kotva
