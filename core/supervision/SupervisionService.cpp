#include "core/supervision/SupervisionService.h"

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
    return NoteRepository(m_vault.database(), m_vault.retention().recordMonths).notes(sharing);
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
    const QDateTime now = sessionsql::wholeSeconds(m_clock.nowUtc());
    if (note.id == 0)
        return repository.insert(stored, now);
    return repository.update(stored, now);
}

Status SupervisionService::remove(NoteId id)
{
    if (Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return allowed;
    return NoteRepository(m_vault.database(), m_vault.retention().recordMonths).remove(id);
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
