#include "core/supervision/SupervisionService.h"

#include "core/keys/slots/PrivateNoteKey.h"
#include "core/session/ContactReference.h"
#include "core/session/SessionSql.h"
#include "core/session/TextRedaction.h"
#include "core/storage/Vault.h"
#include "core/supervision/NoteRepository.h"

#include <QCoreApplication>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SupervisionService)
};

constexpr qsizetype MaxNoteLength = 20000;

} // namespace

QString NoteSuggestion::reason() const
{
    QStringList sentences;
    if (crisis && boundary)
        sentences << Tr::tr("The contact had signs of danger and a boundary finding.");
    else if (crisis)
        sentences << Tr::tr("The contact had signs of danger.");
    else if (boundary)
        sentences << Tr::tr("The contact had a boundary finding.");
    if (requested)
        sentences << Tr::tr("You chose to bring it to supervision.");
    return sentences.join(u' ');
}

SupervisionService::SupervisionService(Vault& vault, const Analyzer& analyzer, const Clock& clock)
    : m_vault(vault)
    , m_analyzer(analyzer)
    , m_clock(clock)
{}

Result<QList<SupervisionNote>> SupervisionService::notes(std::optional<SharingLevel> sharing) const
{
    if (Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return std::unexpected(allowed.error());
    const auto stored = NoteRepository(m_vault.database(), m_vault.retention().recordMonths)
                            .notes(m_author, sharing);
    if (!stored)
        return std::unexpected(stored.error());
    QList<SupervisionNote> notes;
    for (const StoredNote& row : *stored)
        notes << opened(row);
    return notes;
}

SupervisionNote SupervisionService::opened(const StoredNote& row) const
{
    SupervisionNote note = row.note;
    if (row.sealed.isEmpty())
        return note;
    const Result<QString> text =
        m_noteKey ? m_noteKey->open(row.sealed) : Result<QString>(std::unexpected(Error{}));
    note.text = text ? *text
                     : Tr::tr("This private note was sealed with an earlier passphrase and "
                              "cannot be read any more.");
    return note;
}

void SupervisionService::setAuthor(const QString& memberId, const PrivateNoteKey* key)
{
    m_author = memberId;
    m_noteKey = key;
}

Status SupervisionService::adoptUnownedNotes()
{
    NoteRepository repository(m_vault.database(), m_vault.retention().recordMonths);
    sessionsql::Transaction transaction(m_vault.database());
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status assigned = repository.assignUnowned(m_author); !assigned)
        return assigned;
    const auto mine = repository.notes(m_author, SharingLevel::Private);
    if (!mine)
        return std::unexpected(mine.error());
    for (const StoredNote& row : *mine) {
        if (!row.sealed.isEmpty() || !m_noteKey)
            continue;
        if (auto sealed =
                repository.update(row.note, m_noteKey->seal(row.note.text), row.note.updatedAtUtc);
            !sealed)
            return std::unexpected(sealed.error());
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // The private notes' text in the clear must not wait in the log for a checkpoint.
    sql::wipeDeletedFromLog(m_vault.database());
    return {};
}

Result<SupervisionNote> SupervisionService::save(const SupervisionNote& note)
{
    if (Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return std::unexpected(allowed.error());
    if (note.text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("An empty note cannot be saved."));
    if (note.text.size() > MaxNoteLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This note is too long to save (at most %n character(s)).", nullptr,
                           int(MaxNoteLength)));
    // The reference field must hold a reference and nothing else (never a name).
    const QString reference = note.contactReference.trimmed().toUpper();
    if (!reference.isEmpty() && !ContactReference::isWellFormed(reference))
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A note can be linked to a contact only by its reference, such as "
                           "K-4F7Q."));

    SupervisionNote stored = note;
    stored.contactReference = reference;
    // A worker writing about a contact may name someone: the note is redacted like a turn.
    stored.text = m_analyzer.analyze(redaction::normalisedForStorage(note.text), Author::Worker)
                      .redacted.trimmed();
    if (stored.text.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("An empty note cannot be saved."));

    NoteRepository repository(m_vault.database(), m_vault.retention().recordMonths);
    if (note.id != 0) { // another member's note is not there for this one
        const auto existing = repository.note(note.id);
        if (!existing)
            return std::unexpected(existing.error());
        if (existing->author != m_author)
            return fail(ErrorCode::NotFound, Tr::tr("This note is not yours."));
    }
    // A team member's private note is sealed before it is stored: it is theirs alone.
    const QByteArray sealed = stored.sharing == SharingLevel::Private && m_noteKey
                                  ? m_noteKey->seal(stored.text)
                                  : QByteArray();
    const QDateTime now = sessionsql::wholeSeconds(m_clock.nowUtc());
    const Result<StoredNote> saved = note.id == 0 ? repository.insert(stored, m_author, sealed, now)
                                                  : repository.update(stored, sealed, now);
    if (!saved)
        return std::unexpected(saved.error());
    return opened(*saved);
}

Status SupervisionService::remove(NoteId id)
{
    if (Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return allowed;
    NoteRepository repository(m_vault.database(), m_vault.retention().recordMonths);
    const auto existing = repository.note(id);
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->author != m_author)
        return fail(ErrorCode::NotFound, Tr::tr("This note is not yours."));
    return repository.remove(id);
}

NoteSuggestion SupervisionService::suggestionFor(const Contact& contact)
{
    NoteSuggestion suggestion;
    suggestion.crisis = contact.highestRisk != RiskLevel::None;
    suggestion.boundary = contact.hadBoundaryFinding;
    suggestion.requested = contact.outcome && contact.outcome->bringToSupervision;
    suggestion.contactReference = contact.reference;
    return suggestion;
}

int SupervisionService::recordMonths() const
{
    return m_vault.retention().recordMonths;
}

} // namespace kotva
