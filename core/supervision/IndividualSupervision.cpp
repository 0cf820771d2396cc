#include "core/supervision/IndividualSupervision.h"

#include "core/storage/Vault.h"
#include "core/supervision/AccessLog.h"
#include "core/supervision/NoteRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::IndividualSupervision)
};

/// The members' initials by id; a member removed since keeps their id as the label.
Result<QHash<QString, QString>> memberLabels(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT member_id, label FROM team_members")))
        return fail(ErrorCode::Database, Tr::tr("The team's members could not be read."),
                    query.lastError().text());
    QHash<QString, QString> labels;
    while (query.next())
        labels.insert(query.value(0).toString(), query.value(1).toString());
    return labels;
}

} // namespace

IndividualSupervision::IndividualSupervision(Vault& vault, AccessLog& log)
    : m_vault(vault)
    , m_log(log)
{}

Result<QList<std::pair<SharedNoteHeading, SupervisionNote>>> IndividualSupervision::shared() const
{
    if (Status allowed = m_roles->require(Capability::IndividualSupervision); !allowed)
        return std::unexpected(allowed.error());
    const auto labels = memberLabels(m_vault.database());
    if (!labels)
        return std::unexpected(labels.error());
    const auto stored = NoteRepository(m_vault.database(), m_vault.retention().recordMonths)
                            .sharedForIndividualSupervision(m_roles->actor().memberId);
    if (!stored)
        return std::unexpected(stored.error());
    QList<std::pair<SharedNoteHeading, SupervisionNote>> notes;
    for (const StoredNote& row : *stored) {
        SharedNoteHeading heading;
        heading.id = row.note.id;
        heading.topic = row.note.topic;
        heading.contactReference = row.note.contactReference;
        heading.author = labels->value(row.author, row.author);
        heading.updatedAtUtc = row.note.updatedAtUtc;
        notes.append({heading, row.note});
    }
    return notes;
}

Result<QList<SharedNoteHeading>> IndividualSupervision::sharedNotes() const
{
    const auto notes = shared();
    if (!notes)
        return std::unexpected(notes.error());
    QList<SharedNoteHeading> headings;
    for (const auto& [heading, note] : *notes)
        headings.append(heading);
    return headings;
}

Result<SupervisionNote> IndividualSupervision::open(NoteId id)
{
    const auto notes = shared();
    if (!notes)
        return std::unexpected(notes.error());
    for (const auto& [heading, note] : *notes) {
        if (heading.id != id)
            continue;
        if (Status logged = m_log.record(AccessAction::OpenedSharedNote, heading.author); !logged)
            return std::unexpected(logged.error());
        return note;
    }
    return fail(ErrorCode::NotFound,
                Tr::tr("This note is no longer shared for individual supervision (it was "
                       "changed, deleted or it expired)."));
}

} // namespace kotva
