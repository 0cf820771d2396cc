#pragma once

#include "core/common/Error.h"
#include "core/referral/ReferralEntry.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kotva {

/// The services a worker may refer a client to: the built-in Czech directory
/// (resources/referrals/cz.json, compiled in) or an organisation's own file in the same
/// format. Loading validates every entry and reports the file, line and field of the
/// first problem. Immutable once loaded; safe to share between threads.
class ReferralDirectory
{
public:
    /// The Qt resource path of the built-in directory.
    static QString builtInPath();
    /// The 14 official region codes (CZ-NUTS 3): CZ010 Praha … CZ080 Moravskoslezský.
    static const QStringList& czechRegionCodes();

    static Result<ReferralDirectory> loadBuiltIn();
    static Result<ReferralDirectory> loadFile(const QString& path);
    /// loadFile() for the directory the crisis pane plans from, which replaces the built-in
    /// one: refused (InvalidInput naming the file) without the emergency numbers an acute
    /// plan starts with, a medical one (155) and a general one (112). An organisation's file
    /// of its own local services (LocalServices) has none and is read with loadFile().
    static Result<ReferralDirectory> loadNational(const QString& path);
    /// `fileName` only names the source in error messages.
    static Result<ReferralDirectory> parse(const QByteArray& json, const QString& fileName);

    [[nodiscard]] const QList<ReferralEntry>& entries() const { return m_entries; }
    [[nodiscard]] const ReferralEntry* find(const QString& id) const;

    /// Entries of a kind, optionally with a topic. With an empty region only national
    /// entries; with a region code only that region's entries. Directory order is kept.
    [[nodiscard]] QList<ReferralEntry> select(EntryKind kind, std::optional<Topic> topic,
                                              const QString& region = {}) const;

    /// Official name of a region code ("Plzeňský kraj"), or empty.
    [[nodiscard]] QString regionName(const QString& code) const;
    [[nodiscard]] QStringList regionsWithEntries() const;
    [[nodiscard]] QStringList regionsWithCrisisCentre() const;
    /// Regions the directory says it lacks a crisis centre for, with the reason.
    [[nodiscard]] const QMap<QString, QString>& notCovered() const { return m_notCovered; }
    /// Region code → official name, as the file gives them.
    [[nodiscard]] const QMap<QString, QString>& regionNames() const { return m_regionNames; }

    /// This directory with an organisation's own services after its entries (an id the
    /// directory has already is skipped: the directory's entry stays). A region that gains a
    /// crisis centre is no longer listed as lacking one.
    [[nodiscard]] ReferralDirectory withEntries(const QList<ReferralEntry>& extra) const;

private:
    friend class ReferralDirectoryParser;

    QList<ReferralEntry> m_entries;
    QMap<QString, QString> m_regionNames;
    QMap<QString, QString> m_notCovered;
};

} // namespace kotva
