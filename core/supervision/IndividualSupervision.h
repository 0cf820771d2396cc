#pragma once

// The team lead's side of individual supervision (issue 15): the notes members of a team vault
// shared for individual supervision, listed without their text, and opened one at a time, each
// opening recorded in the access log (who, when, whose note; never its words).

#include "core/common/Error.h"
#include "core/supervision/SupervisionNote.h"
#include "core/team/AccessGate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace kotva {

class AccessLog;
class Vault;

/// A shared note as the list shows it: who, when, about what; never its words.
struct SharedNoteHeading
{
    NoteId id = 0;
    NoteTopic topic = NoteTopic::Other;
    QString contactReference;
    QString author; ///< the member's initials (their id when the roster lacks them)
    QDateTime updatedAtUtc;
};

class IndividualSupervision final
{
public:
    IndividualSupervision(Vault& vault, AccessLog& log);

    /// Every member's notes shared for individual supervision but the team lead's own, newest
    /// first. NotPermitted for a member who is not a team lead.
    [[nodiscard]] Result<QList<SharedNoteHeading>> sharedNotes() const;
    /// The note with its text; records the opening in the access log first, so a note is never
    /// read without a trace. NotFound when it is no longer shared for individual supervision.
    Result<SupervisionNote> open(NoteId id);

    /// The open vault's role check (VaultSession).
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    [[nodiscard]] Result<QList<std::pair<SharedNoteHeading, SupervisionNote>>> shared() const;

    Vault& m_vault;
    AccessLog& m_log;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
