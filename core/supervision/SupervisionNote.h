#pragma once

// Notes on the worker's own practice.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

using NoteId = qint64;

/// Who may see a note: the worker alone, their individual supervision, the team supervision.
enum class SharingLevel { Private, IndividualSupervision, TeamSupervision };

/// What the note is about (from the seeds: role limits, own feelings, burnout, conflicts).
enum class NoteTopic { Difficult, BoundaryDilemma, OwnFeelings, Conflict, SelfCare, Other };

[[nodiscard]] QList<SharingLevel> allSharingLevels();
[[nodiscard]] QList<NoteTopic> allNoteTopics();
/// Stable names stored in the vault ("private", "individual", "team"; "difficult", …).
[[nodiscard]] QString sharingLevelName(SharingLevel level);
[[nodiscard]] QString noteTopicName(NoteTopic topic);
[[nodiscard]] std::optional<SharingLevel> sharingLevelFromName(const QString& name);
[[nodiscard]] std::optional<NoteTopic> noteTopicFromName(const QString& name);
/// Labels in the UI language.
[[nodiscard]] QString sharingLevelLabel(SharingLevel level);
[[nodiscard]] QString noteTopicLabel(NoteTopic topic);

struct SupervisionNote
{
    NoteId id = 0;
    NoteTopic topic = NoteTopic::Difficult;
    SharingLevel sharing = SharingLevel::Private;
    QString text;             ///< redacted before it is stored
    QString contactReference; ///< a contact's anonymous reference ("K-4F7Q"), or empty
    /// In a team vault: the team supervision agenda shows the note without its author.
    bool anonymousOnAgenda = false;
    QDateTime createdAtUtc;
    QDateTime updatedAtUtc;
    QDateTime expiresAtUtc; ///< created + the record retention (12 months at most)
};

} // namespace kotva
