#pragma once

// The SQL for supervision notes (table supervision_notes, migration 4). It stores what it
// is given; SupervisionService decides what may be stored (redaction, validation).

#include "core/common/Error.h"
#include "core/supervision/SupervisionNote.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace kotva {

class NoteRepository final
{
public:
    /// `recordMonths` gives each note its expiry (the vault's record retention).
    NoteRepository(QSqlDatabase db, int recordMonths);

    /// Newest first; `sharing` filters when set.
    [[nodiscard]] Result<QList<SupervisionNote>> notes(std::optional<SharingLevel> sharing) const;
    [[nodiscard]] Result<SupervisionNote> note(NoteId id) const;
    /// Inserts with created = updated = atUtc; returns the note as stored.
    Result<SupervisionNote> insert(const SupervisionNote& note, const QDateTime& atUtc);
    /// Updates topic, sharing, text and reference; NotFound when the note is gone.
    Result<SupervisionNote> update(const SupervisionNote& note, const QDateTime& atUtc);
    Status remove(NoteId id);

private:
    Result<QList<SupervisionNote>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_db;
    int m_recordMonths;
};

} // namespace kotva
