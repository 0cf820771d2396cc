#pragma once

#include "core/common/Error.h"
#include "core/schedule/Programme.h"

#include <QSqlDatabase>

namespace kotva {

class Vault;

/// Saves and loads the programme in the vault (tables schedule_* created by the storage
/// migration registry). A save replaces the stored programme in one transaction.
///
/// Expiry: the programme is not personal data, but past dated rows expire after 12 months.
/// Every dated row (cancellations, changes, and the Once rules of single events) carries
/// `event_date` (ISO yyyy-MM-dd) and `created_at` (UTC ISO-8601); the vault's purge removes
/// rows whose event_date is older than the record cutoff (see purgeExpired()).
class ProgrammeRepository final
{
public:
    explicit ProgrammeRepository(QSqlDatabase database);
    explicit ProgrammeRepository(Vault& vault);

    [[nodiscard]] Status save(const Programme& programme);
    /// NotFound when nothing was saved yet.
    [[nodiscard]] Result<Programme> load() const;
    /// Deletes dated rows whose event date is before `cutoffUtc`'s date (and activities
    /// left without any rule). Returns the number of rows removed. The storage purge may
    /// call this or run the equivalent generic rule on `event_date`.
    [[nodiscard]] Result<qint64> purgeExpired(const QDateTime& cutoffUtc);

private:
    QSqlDatabase m_db;
};

} // namespace kotva
