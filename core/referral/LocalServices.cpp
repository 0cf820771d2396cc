#include "core/referral/LocalServices.h"

#include "core/referral/ReferralDirectoryWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace kotva {

namespace {

// lupdate files these strings under the class's name.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::LocalServices)
};

/// "Krizová linka Jeseník" → "krizova-linka-jesenik".
QString slug(const QString& name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c.toLower();
        else if ((c.isSpace() || c == u'-') && !out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(40);
}

} // namespace

QString LocalServices::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/referrals/local-services.json");
}

LocalServices::LocalServices(const ReferralDirectory& base, QString filePath)
    : m_base(base)
    , m_filePath(std::move(filePath))
    , m_directory(base)
{}

Status LocalServices::load()
{
    if (!QFileInfo::exists(m_filePath))
        return {};
    auto loaded = ReferralDirectory::loadFile(m_filePath);
    if (!loaded) {
        m_unreadable = loaded.error();
        return std::unexpected(loaded.error());
    }
    m_unreadable.reset();
    m_entries = loaded->entries();
    m_directory = m_base.withEntries(m_entries);
    return {};
}

const ReferralEntry* LocalServices::find(const QString& id) const
{
    for (const ReferralEntry& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QString LocalServices::newId(const QString& name) const
{
    const QString stem =
        QStringLiteral("local-") + (slug(name).isEmpty() ? QStringLiteral("service") : slug(name));
    QString id = stem;
    for (int n = 2; find(id) || m_base.find(id); ++n)
        id = stem + u'-' + QString::number(n);
    return id;
}

Status LocalServices::put(const ReferralEntry& entry)
{
    QList<ReferralEntry> next = m_entries;
    bool replaced = false;
    for (ReferralEntry& existing : next) {
        if (existing.id == entry.id) {
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced)
        next.append(entry);
    return commit(next);
}

Status LocalServices::remove(const QString& id)
{
    QList<ReferralEntry> next = m_entries;
    next.removeIf([&id](const ReferralEntry& entry) { return entry.id == id; });
    return commit(next);
}

Status LocalServices::confirm(const QString& id, QDate day)
{
    const ReferralEntry* entry = find(id);
    if (!entry)
        return fail(ErrorCode::NotFound, Tr::tr("That service is no longer in the list."));
    ReferralEntry confirmed = *entry;
    confirmed.verified = day;
    return put(confirmed);
}

QByteArray LocalServices::fileContents(const QList<ReferralEntry>& entries) const
{
    return referralDirectoryJson(entries, m_base.regionNames());
}

Status LocalServices::commit(const QList<ReferralEntry>& next)
{
    if (m_unreadable)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The file of the organisation's services, %1, could not be read, so "
                           "Kotva does not change it: fix it or move it away first, so nothing in "
                           "it is lost.")
                        .arg(QDir::toNativeSeparators(m_filePath)),
                    m_unreadable->message);
    // Validated as any directory file is: what is saved always loads again.
    const QByteArray json = fileContents(next);
    auto checked = ReferralDirectory::parse(json, QFileInfo(m_filePath).fileName());
    if (!checked)
        return std::unexpected(checked.error());

    const QString folder = QFileInfo(m_filePath).absolutePath();
    QSaveFile file(m_filePath);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(json) != json.size() || !file.commit()) {
        return fail(ErrorCode::Io,
                    Tr::tr("The organisation's services could not be saved to %1; nothing was "
                           "changed.")
                        .arg(QDir::toNativeSeparators(m_filePath)),
                    file.errorString());
    }
    m_entries = checked->entries();
    m_directory = m_base.withEntries(m_entries);
    return {};
}

Status LocalServices::exportTo(const QString& path) const
{
    const QByteArray json = fileContents(m_entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return fail(
            ErrorCode::Io,
            Tr::tr("The services could not be exported to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    }
    return {};
}

Result<LocalServices::ImportResult> LocalServices::importFrom(const QString& path)
{
    auto loaded = ReferralDirectory::loadFile(path);
    if (!loaded)
        return std::unexpected(loaded.error());
    ImportResult result;
    QList<ReferralEntry> next = m_entries;
    for (const ReferralEntry& entry : loaded->entries()) {
        // The emergency numbers and the directory's own services are never duplicated.
        if (entry.kind == EntryKind::Emergency || m_base.find(entry.id)) {
            ++result.skipped;
            continue;
        }
        const auto same = std::find_if(next.begin(), next.end(), [&entry](const ReferralEntry& e) {
            return e.id == entry.id;
        });
        if (same == next.end()) {
            next.append(entry);
            ++result.added;
        } else if (entry.verified > same->verified) {
            *same = entry;
            ++result.updated;
        } else {
            ++result.skipped;
        }
    }
    if (result.added + result.updated > 0) {
        if (const Status saved = commit(next); !saved)
            return std::unexpected(saved.error());
    }
    return result;
}

} // namespace kotva
