#pragma once

// What a worker's file for the team lead holds inside its seal (issue 15): the notes they
// shared for team supervision and their monthly figures, as CBOR. The file comes from another
// PC, so reading it checks every field and refuses what does not fit, whole.

#include "core/common/Error.h"
#include "core/stats/MonthlyFigures.h"
#include "core/supervision/SupervisionNote.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kotva {

/// A note as it travels: its id on the worker's PC (the team lead's vault finds a note sent
/// before by it), never the worker's name.
struct SharedNote
{
    QString remoteId;
    NoteTopic topic = NoteTopic::Other;
    QString text;
    QString contactReference;
    bool anonymousOnAgenda = false;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;

    bool operator==(const SharedNote&) const = default;
};

struct SharePayload
{
    QList<SharedNote> notes;
    MonthlyFigures figures;

    [[nodiscard]] QByteArray encode() const;
    /// InvalidInput when anything is missing, of the wrong type, out of range or too large.
    [[nodiscard]] static Result<SharePayload> decode(const QByteArray& bytes);

    static constexpr qsizetype MaxNotes = 5000;
    static constexpr qsizetype MaxNoteLength = 20000;
    static constexpr qsizetype MaxRows = 2000;
    static constexpr qsizetype MaxMonths = 12;
};

} // namespace kotva
