#include "core/schedule/ProgrammeService.h"

#include "core/schedule/ProgrammeEdits.h"

#include <QCoreApplication>

#include <algorithm>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ProgrammeService)
};

template <typename Entry> int missingFrom(const QList<Entry>& current, const QList<Entry>& incoming)
{
    return int(std::count_if(current.cbegin(), current.cend(),
                             [&](const Entry& entry) { return !incoming.contains(entry); }));
}

const Programme& emptyProgramme()
{
    static const Programme empty;
    return empty;
}

} // namespace

bool ProgrammeService::Replacement::needsConfirmation() const
{
    return replacesStored || cancellationsLost > 0 || changesLost > 0 ||
           !activitiesLost.isEmpty() || rotaChanged;
}

QStringList ProgrammeService::Replacement::losses() const
{
    QStringList lines;
    if (cancellationsLost > 0)
        lines << Tr::tr("%n cancellation(s) made here", nullptr, cancellationsLost);
    if (changesLost > 0)
        lines << Tr::tr("%n change(s) of one occurrence made here", nullptr, changesLost);
    if (!activitiesLost.isEmpty())
        lines << Tr::tr("activities not in the file: %1")
                     .arg(activitiesLost.join(QStringLiteral(", ")));
    if (rotaChanged)
        lines << Tr::tr("the on-call rota as it is now");
    return lines;
}

ProgrammeService::ProgrammeService(QObject* parent)
    : QObject(parent)
{}

ProgrammeService::ProgrammeService(ProgrammeRepository repository, QObject* parent)
    : QObject(parent)
    , m_repository(std::move(repository))
{
    Result<Programme> loaded = m_repository->load();
    if (loaded)
        m_programme = std::move(*loaded);
    else if (loaded.error().code != ErrorCode::NotFound)
        m_loadError = loaded.error();
}

ProgrammeService::~ProgrammeService() = default;

const Programme& ProgrammeService::programme() const
{
    return m_programme ? *m_programme : emptyProgramme();
}

ProgrammeService::Replacement ProgrammeService::replacementOf(const Programme& incoming) const
{
    Replacement replacement;
    if (!m_programme || *m_programme == incoming)
        return replacement;
    const Programme& current = *m_programme;
    replacement.replacesStored = m_repository.has_value();
    replacement.cancellationsLost = missingFrom(current.cancellations, incoming.cancellations);
    replacement.changesLost = missingFrom(current.changes, incoming.changes);
    for (const Activity& activity : current.activities)
        if (!incoming.activity(activity.id))
            replacement.activitiesLost << activity.title;
    replacement.rotaChanged = !current.rota.peers.isEmpty() && current.rota != incoming.rota;
    return replacement;
}

Status ProgrammeService::replace(const Programme& programme)
{
    if (Status allowed = m_roles->require(Capability::EditProgramme); !allowed)
        return allowed;
    return apply(programme, Tr::tr("replacing the programme"));
}

Status ProgrammeService::edit(const Programme& edited)
{
    if (Status allowed = m_roles->require(Capability::EditProgramme); !allowed)
        return allowed;
    return apply(edited, Tr::tr("the edit of the programme"));
}

Status ProgrammeService::cancelOccurrence(const QString& activityId, const QDate& date,
                                          const QString& reason)
{
    if (Status allowed = m_roles->require(Capability::EditProgramme); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, Tr::tr("Say why the occurrence is cancelled."));
    return apply(ProgrammeEdits::cancel(programme(), activityId, date, reason),
                 Tr::tr("the cancellation"));
}

Status ProgrammeService::changeOccurrence(const OccurrenceChange& change)
{
    if (Status allowed = m_roles->require(Capability::EditProgramme); !allowed)
        return allowed;
    return apply(ProgrammeEdits::change(programme(), change), Tr::tr("the change"));
}

Status ProgrammeService::restoreOccurrence(const QString& activityId, const QDate& date)
{
    if (Status allowed = m_roles->require(Capability::EditProgramme); !allowed)
        return allowed;
    return apply(ProgrammeEdits::restore(programme(), activityId, date),
                 Tr::tr("restoring the occurrence"));
}

QString ProgrammeService::undoText() const
{
    return m_undo.empty() ? QString() : m_undo.back().what;
}

Status ProgrammeService::apply(Programme next, QString what)
{
    for (const ValidationIssue& issue : next.validate())
        if (issue.isError())
            return fail(ErrorCode::InvalidInput, issue.message, issue.where);
    if (m_programme && *m_programme == next)
        return {};
    // Stored first: when the disk refuses, the coordinator still sees what the vault holds.
    if (m_repository)
        if (Status saved = m_repository->save(next); !saved)
            return saved;
    if (m_programme) {
        m_undo.push_back(Step{std::move(*m_programme), std::move(what)});
        if (m_undo.size() > UndoDepth)
            m_undo.erase(m_undo.begin());
    }
    m_programme = std::move(next);
    Q_EMIT undoAvailable(canUndo());
    Q_EMIT programmeChanged();
    return {};
}

Status ProgrammeService::undo()
{
    if (Status allowed = m_roles->require(Capability::EditProgramme); !allowed)
        return allowed;
    if (m_undo.empty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("There is nothing to undo."));
    const Step& last = m_undo.back();
    if (m_repository)
        if (Status saved = m_repository->save(last.before); !saved)
            return saved;
    m_programme = last.before;
    m_undo.pop_back();
    Q_EMIT undoAvailable(canUndo());
    Q_EMIT programmeChanged();
    return {};
}

} // namespace kotva
