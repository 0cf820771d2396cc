#include "core/referral/ReferralDirectory.h"

#include "core/referral/ReferralDirectoryParser.h"

#include <QCoreApplication>
#include <QFile>

namespace kotva {

QString ReferralDirectory::builtInPath()
{
    return QStringLiteral(":/kotva/referrals/cz.json");
}

const QStringList& ReferralDirectory::czechRegionCodes()
{
    static const QStringList codes = {
        QStringLiteral("CZ010"), QStringLiteral("CZ020"), QStringLiteral("CZ031"),
        QStringLiteral("CZ032"), QStringLiteral("CZ041"), QStringLiteral("CZ042"),
        QStringLiteral("CZ051"), QStringLiteral("CZ052"), QStringLiteral("CZ053"),
        QStringLiteral("CZ063"), QStringLiteral("CZ064"), QStringLiteral("CZ071"),
        QStringLiteral("CZ072"), QStringLiteral("CZ080"),
    };
    return codes;
}

Result<ReferralDirectory> ReferralDirectory::loadBuiltIn()
{
    return loadFile(builtInPath());
}

Result<ReferralDirectory> ReferralDirectory::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool missing = !file.exists();
        return fail(missing ? ErrorCode::NotFound : ErrorCode::Io,
                    QCoreApplication::translate("kotva::ReferralDirectory",
                                                "Cannot open the referral directory %1.")
                        .arg(path),
                    file.errorString());
    }
    return parse(file.readAll(), path);
}

Result<ReferralDirectory> ReferralDirectory::loadNational(const QString& path)
{
    Result<ReferralDirectory> loaded = loadFile(path);
    if (!loaded)
        return loaded;
    if (loaded->select(EntryKind::Emergency, Topic::Medical).isEmpty() ||
        loaded->select(EntryKind::Emergency, Topic::General).isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "kotva::ReferralDirectory",
                        "%1: the directory has no national emergency numbers (a medical one such "
                        "as 155 and a general one such as 112), and the crisis pane starts with "
                        "them.")
                        .arg(path));
    }
    return loaded;
}

Result<ReferralDirectory> ReferralDirectory::parse(const QByteArray& json, const QString& fileName)
{
    return ReferralDirectoryParser(json, fileName).parse();
}

ReferralDirectory ReferralDirectory::withEntries(const QList<ReferralEntry>& extra) const
{
    ReferralDirectory merged = *this;
    for (const ReferralEntry& entry : extra) {
        if (find(entry.id))
            continue;
        merged.m_entries.append(entry);
        if (entry.kind == EntryKind::CrisisCentre)
            merged.m_notCovered.remove(entry.region);
    }
    return merged;
}

const ReferralEntry* ReferralDirectory::find(const QString& id) const
{
    for (const ReferralEntry& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QList<ReferralEntry> ReferralDirectory::select(EntryKind kind, std::optional<Topic> topic,
                                               const QString& region) const
{
    QList<ReferralEntry> result;
    for (const ReferralEntry& entry : m_entries) {
        if (entry.kind != kind || entry.region != region)
            continue;
        if (topic && !entry.hasTopic(*topic))
            continue;
        result.append(entry);
    }
    return result;
}

QString ReferralDirectory::regionName(const QString& code) const
{
    return m_regionNames.value(code);
}

QStringList ReferralDirectory::regionsWithEntries() const
{
    QStringList regions;
    for (const ReferralEntry& entry : m_entries) {
        if (!entry.region.isEmpty() && !regions.contains(entry.region))
            regions.append(entry.region);
    }
    regions.sort();
    return regions;
}

QStringList ReferralDirectory::regionsWithCrisisCentre() const
{
    QStringList regions;
    for (const ReferralEntry& entry : m_entries) {
        if (entry.kind == EntryKind::CrisisCentre && !regions.contains(entry.region))
            regions.append(entry.region);
    }
    regions.sort();
    return regions;
}

} // namespace kotva
