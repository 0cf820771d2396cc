#pragma once

// The SQL for supervision notes (table supervision_notes, migration 4). It stores what it
// is given; SupervisionService decides what may be stored (redaction, validation).

#include "core/common/Error.h"
#include "core/supervision/SupervisionNote.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kotva {

/// A note as the table keeps it: whose it is, and for a team member's private note, its text
/// sealed with their key (the note's text is then empty until the service opens it).
struct StoredNote
{
    SupervisionNote note;
    QString author; ///< a team vault's member id; empty in a vault of one person
    QByteArray sealed;
};

class NoteRepository final
{
public:
    /// `recordMonths` gives each note its expiry (the vault's record retention).
    NoteRepository(QSqlDatabase db, int recordMonths);

    /// The notes of `author`, newest first; `sharing` filters when set.
    /// What the members of a team vault other than `lead` shared for individual supervision,
    /// newest first.
    [[nodiscard]] Result<QList<StoredNote>>
    sharedForIndividualSupervision(const QString& lead) const;
    [[nodiscard]] Result<QList<StoredNote>> notes(const QString& author,
                                                  std::optional<SharingLevel> sharing) const;
    [[nodiscard]] Result<StoredNote> note(NoteId id) const;
    /// Inserts with created = updated = atUtc; `sealed`, when not empty, is stored instead of
    /// the text. Returns the note as stored.
    Result<StoredNote> insert(const SupervisionNote& note, const QString& author,
                              const QByteArray& sealed, const QDateTime& atUtc);
    /// Updates topic, sharing, text (or sealed text) and reference; NotFound when the note is
    /// gone.
    Result<StoredNote> update(const SupervisionNote& note, const QByteArray& sealed,
                              const QDateTime& atUtc);
    Status remove(NoteId id);
    /// The notes of a vault's one person become the member's who made it a team vault.
    Status assignUnowned(const QString& author);

private:
    Result<QList<StoredNote>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
    int m_recordMonths;
};

} // namespace kotva
