#pragma once

// Notes are redacted before they are
// stored (a worker writing about a contact may name someone), expire with the record
// retention like everything else (SupervisionSchema.cpp names supervision_notes for it),
// and are suggested after a contact that had a crisis or a boundary finding.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/session/Contact.h"
#include "core/supervision/SupervisionNote.h"
#include "core/team/AccessGate.h"

namespace kotva {

class PrivateNoteKey;
struct StoredNote;

class Vault;

/// Why the pane suggests a note after a contact; empty reasons mean no suggestion.
struct NoteSuggestion
{
    bool crisis = false;    ///< the client's words reached concern or acute
    bool boundary = false;  ///< a boundary finding on any turn
    bool requested = false; ///< the worker ticked "bring to supervision" when closing
    QString contactReference;
    [[nodiscard]] bool any() const { return crisis || boundary || requested; }
    /// One sentence in the UI language saying why ("The contact had signs of danger.").
    [[nodiscard]] QString reason() const;
};

class SupervisionService final
{
public:
    SupervisionService(Vault& vault, const Analyzer& analyzer,
                       const Clock& clock = Clock::system());

    /// Newest first; `sharing` filters when set.
    [[nodiscard]] Result<QList<SupervisionNote>>
    notes(std::optional<SharingLevel> sharing = std::nullopt) const;
    /// Stores a new note (id 0) or updates one; the text is redacted first, and an empty
    /// text is InvalidArgument. Returns the note as stored.
    Result<SupervisionNote> save(const SupervisionNote& note);
    Status remove(NoteId id);

    /// How long a note is kept: the vault's record retention, in months.
    [[nodiscard]] int recordMonths() const;

    /// A team vault's member writes and reads only their own notes, and their private notes
    /// are sealed with `key` (derived from their key slot; it must outlive the service).
    void setAuthor(const QString& memberId, const PrivateNoteKey* key);
    /// When a vault becomes a team vault: the notes its one person wrote become the founding
    /// member's (setAuthor() first), and the private ones are sealed with their key.
    Status adoptUnownedNotes();

    /// Whether a note should be suggested after this contact (pure; no I/O).
    [[nodiscard]] static NoteSuggestion suggestionFor(const Contact& contact);

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    /// The note with its private text opened, or a sentence saying it cannot be any more.
    [[nodiscard]] SupervisionNote opened(const StoredNote& row) const;

    Vault& m_vault;
    const Analyzer& m_analyzer;
    const Clock& m_clock;
    QString m_author;
    const PrivateNoteKey* m_noteKey = nullptr;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
