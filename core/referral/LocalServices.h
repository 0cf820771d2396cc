#pragma once

#include "core/common/Error.h"
#include "core/referral/ReferralDirectory.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

/// The organisation's own services: the local crisis help, counselling and support its
/// workers refer to, added and confirmed with a date by a coordinator. They are kept in one
/// file in the organisation's data folder, in the referral directory's format, and are added
/// after the directory's entries for the planner. Every change is written at once, whole
/// (a failed write changes nothing, in memory or on disk), and validated as the directory's
/// own files are. The list is exported and imported as such a file, so one organisation
/// can share it with another.
class LocalServices final
{
public:
    /// What an import did.
    struct ImportResult
    {
        int added = 0;   ///< services that were not in the list
        int updated = 0; ///< services in the list whose imported copy was confirmed later
        int skipped = 0; ///< already in the directory, emergency numbers, or older copies
    };

    /// The usual place of the file: "referrals/local-services.json" in the user's data folder.
    static QString defaultPath();

    LocalServices(const ReferralDirectory& base, QString filePath);

    /// Reads the file; a missing file is an empty list. On an error the list stays empty and
    /// every change is refused until the file reads again, so nothing in it is overwritten.
    Status load();

    [[nodiscard]] const QList<ReferralEntry>& entries() const { return m_entries; }
    [[nodiscard]] const ReferralEntry* find(const QString& id) const;
    /// The base directory with these services. The same object throughout (replaced in
    /// place), so a planner holding a reference to it sees every change at once.
    [[nodiscard]] const ReferralDirectory& directory() const { return m_directory; }
    [[nodiscard]] const QString& filePath() const { return m_filePath; }

    /// An id for a new service, from its name, that nothing else uses ("local-krizova-linka").
    [[nodiscard]] QString newId(const QString& name) const;
    /// Adds the service, or replaces the one with its id.
    Status put(const ReferralEntry& entry);
    Status remove(const QString& id);
    /// Marks a service as confirmed on the given day (a coordinator checked it still holds).
    Status confirm(const QString& id, QDate day);

    Status exportTo(const QString& path) const;
    Result<ImportResult> importFrom(const QString& path);

private:
    Status commit(const QList<ReferralEntry>& next);
    [[nodiscard]] QByteArray fileContents(const QList<ReferralEntry>& entries) const;

    ReferralDirectory m_base;
    QString m_filePath;
    QList<ReferralEntry> m_entries;
    ReferralDirectory m_directory;
    std::optional<Error> m_unreadable; ///< why the file did not load; changes are refused
};

} // namespace kotva
