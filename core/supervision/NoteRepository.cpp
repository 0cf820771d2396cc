#include "core/supervision/NoteRepository.h"

#include "core/session/SessionSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva {

using namespace kotva::sessionsql;

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SupervisionService)
};

std::unexpected<Error> noteError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The supervision note could not be read or written in the vault."),
                error.text());
}

std::unexpected<Error> noteNotFound()
{
    return fail(ErrorCode::NotFound,
                Tr::tr("This note is no longer in the vault (it was deleted or it expired)."));
}

} // namespace

NoteRepository::NoteRepository(QSqlDatabase db, int recordMonths)
    : m_db(std::move(db))
    , m_recordMonths(recordMonths)
{}

Result<QList<StoredNote>> NoteRepository::notes(const QString& author,
                                                std::optional<SharingLevel> sharing) const
{
    if (sharing)
        return select(QStringLiteral(" WHERE author = ? AND sharing = ?"),
                      {author, sharingLevelName(*sharing)});
    return select(QStringLiteral(" WHERE author = ?"), {author});
}

Result<QList<StoredNote>> NoteRepository::sharedForIndividualSupervision(const QString& lead) const
{
    // A note without an author is the one person's of a vault that is not a team: nobody
    // else's to read.
    return select(QStringLiteral(" WHERE sharing = ? AND author <> '' AND author <> ?"),
                  {sharingLevelName(SharingLevel::IndividualSupervision), lead});
}

Status NoteRepository::assignUnowned(const QString& author)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("UPDATE supervision_notes SET author = ? WHERE author = ''"),
             {author}))
        return noteError(query.lastError());
    return {};
}

Result<StoredNote> NoteRepository::note(NoteId id) const
{
    const auto found = select(QStringLiteral(" WHERE id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return noteNotFound();
    return found->constFirst();
}

Result<QList<StoredNote>> NoteRepository::select(const QString& where,
                                                 const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT id, topic, sharing, body, contact_reference, created_at, "
                            "updated_at, author, sealed, anonymous FROM supervision_notes") +
                 where + QStringLiteral(" ORDER BY created_at DESC, id DESC"),
             values))
        return noteError(query.lastError());
    QList<StoredNote> notes;
    while (query.next()) {
        StoredNote stored;
        SupervisionNote& note = stored.note;
        note.id = query.value(0).toLongLong();
        note.topic = noteTopicFromName(query.value(1).toString()).value_or(NoteTopic::Other);
        note.sharing =
            sharingLevelFromName(query.value(2).toString()).value_or(SharingLevel::Private);
        note.text = query.value(3).toString();
        note.contactReference = query.value(4).toString();
        note.createdAtUtc = fromSecs(query.value(5).toLongLong());
        note.updatedAtUtc = fromSecs(query.value(6).toLongLong());
        note.expiresAtUtc = note.createdAtUtc.addMonths(m_recordMonths);
        stored.author = query.value(7).toString();
        stored.sealed = query.value(8).toByteArray();
        note.anonymousOnAgenda = query.value(9).toBool();
        notes.append(stored);
    }
    return notes;
}

Result<StoredNote> NoteRepository::insert(const SupervisionNote& note, const QString& author,
                                          const QByteArray& sealed, const QDateTime& atUtc)
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("INSERT INTO supervision_notes (topic, sharing, body, "
                            "contact_reference, updated_at, created_at, author, sealed, "
                            "anonymous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {noteTopicName(note.topic), sharingLevelName(note.sharing),
              sealed.isEmpty() ? note.text : QString(), note.contactReference, toSecs(atUtc),
              toSecs(atUtc), author, sealed.isEmpty() ? QVariant() : QVariant(sealed),
              note.anonymousOnAgenda ? 1 : 0}))
        return noteError(query.lastError());
    return this->note(query.lastInsertId().toLongLong());
}

Result<StoredNote> NoteRepository::update(const SupervisionNote& note, const QByteArray& sealed,
                                          const QDateTime& atUtc)
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral("UPDATE supervision_notes SET topic = ?, sharing = ?, body = ?, "
                            "sealed = ?, contact_reference = ?, anonymous = ?, updated_at = ? "
                            "WHERE id = ?"),
             {noteTopicName(note.topic), sharingLevelName(note.sharing),
              sealed.isEmpty() ? note.text : QString(),
              sealed.isEmpty() ? QVariant() : QVariant(sealed), note.contactReference,
              note.anonymousOnAgenda ? 1 : 0, toSecs(atUtc), note.id}))
        return noteError(query.lastError());
    if (query.numRowsAffected() != 1)
        return noteNotFound();
    return this->note(note.id);
}

Status NoteRepository::remove(NoteId id)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("DELETE FROM supervision_notes WHERE id = ?"), {id}))
        return noteError(query.lastError());
    if (query.numRowsAffected() != 1)
        return noteNotFound();
    sql::wipeDeletedFromLog(m_db);
    return {};
}

} // namespace kotva
