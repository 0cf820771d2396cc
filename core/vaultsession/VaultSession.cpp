#include "core/vaultsession/VaultSession.h"

#include "core/keys/slots/TeamKeys.h"
#include "core/schedule/MonthSchedule.h"
#include "core/schedule/ProgrammeRepository.h"
#include "core/schedule/WorkingDays.h"
#include "core/storage/Vault.h"
#include "core/storage/VaultSettings.h"

namespace kotva {

VaultSession::VaultSession(Vault& vault, const Analyzer& analyzer, const Clock& clock,
                           TeamKeys* team, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_analyzer(analyzer)
    , m_clock(clock)
    , m_roster(vault, m_gate, clock)
    , m_team(m_roster, m_gate, team)
    , m_contacts(vault, analyzer, clock)
    , m_supervision(vault, analyzer, clock)
    , m_agenda(vault, analyzer, clock)
    , m_accessLog(vault, clock)
    , m_individual(vault, m_accessLog)
    , m_programme(ProgrammeRepository(vault))
    , m_purger(vault)
    , m_figures(vault, clock)
    , m_exchange(vault, analyzer, clock)
    , m_mail(vault, m_contacts, clock)
{
    if (Status known = identifyMember(team); !known)
        m_identityError = known.error();
    m_contacts.setRoleGate(m_gate);
    m_supervision.setRoleGate(m_gate);
    m_agenda.setRoleGate(m_gate);
    m_accessLog.setRoleGate(m_gate);
    m_individual.setRoleGate(m_gate);
    m_accessLog.setMember(m_gate.actor().label);
    m_programme.setRoleGate(m_gate);
    m_figures.setRoleGate(m_gate);
    m_exchange.setRoleGate(m_gate);
    m_mail.setRoleGate(m_gate);
    connect(&m_purger, &Purger::purged, this, &VaultSession::purged);
    connect(&m_purger, &Purger::failed, this, &VaultSession::purgeFailed);
    connect(&m_programme, &ProgrammeService::programmeChanged, this,
            &VaultSession::programmeChanged);
}

VaultSession::~VaultSession()
{
    m_purger.stop();
}

Status VaultSession::identifyMember(TeamKeys* team)
{
    m_team.setKeys(team);
    if (!team)
        return m_team.identify();
    const auto members = m_roster.members();
    const bool founding = members && members->isEmpty();
    m_noteKey.emplace(team->memberSecret());
    m_supervision.setAuthor(team->memberId(), &*m_noteKey);
    m_contacts.setOwner(team->memberId());
    if (Status known = m_team.identify(); !known)
        return known;
    if (!founding)
        return {};
    // The one person's contacts and notes become the founder's, their private notes sealed.
    if (Status adopted = m_contacts.adoptUnownedContacts(); !adopted)
        return adopted;
    return m_supervision.adoptUnownedNotes();
}

Status VaultSession::joinTeam(TeamKeys* founder)
{
    const Status known = identifyMember(founder);
    m_identityError = known ? std::nullopt : std::optional<Error>(known.error());
    m_accessLog.setMember(m_gate.actor().label);
    return known;
}

void VaultSession::start()
{
    // A log that cannot be written does not keep the worker out of their vault.
    (void)m_accessLog.record(AccessAction::Unlocked);
    m_purger.start();
    // Mail is fetched for the peer workers who answer it, not for a coordinator's session.
    if (m_gate.allows(Capability::ClientWork))
        m_mail.scheduleAutomaticFetch();
}

Status VaultSession::closeContact(ContactId contact, const ContactOutcome& outcome)
{
    if (Status closed = m_contacts.closeContact(contact, outcome); !closed)
        return closed;
    // The contact is closed either way; only the e-mail address's earlier end could fail.
    (void)m_mail.contactClosed(contact);
    const Result<Contact> stored = m_contacts.contact(contact);
    if (!stored)
        return {}; // closed and stored; only the suggestion could not be made
    if (const NoteSuggestion suggestion = SupervisionService::suggestionFor(*stored);
        suggestion.any())
        Q_EMIT noteSuggested(suggestion);
    return {};
}

Result<MonthlyFigures> VaultSession::monthlyFigures(int months)
{
    return monthlyFigures(m_clock.nowUtc().toTimeZone(WorkingDays::pragueZone()).date(), months);
}

Result<MonthlyFigures> VaultSession::monthlyFigures(QDate lastDay, int months)
{
    Result<MonthlyFigures> figures = ownFigures(lastDay, months);
    if (!figures)
        return figures;
    // What workers on other PCs sent (issue 15) counts with the team's own.
    const Result<MonthlyFigures> imported = m_exchange.importedFigures(figures->months);
    if (!imported)
        return std::unexpected(imported.error());
    for (const FigureRow& row : imported->rows)
        for (qsizetype month = 0; month < row.counts.size(); ++month)
            if (row.counts.at(month) > 0)
                figures->add(row.group, row.key, month, row.counts.at(month));
    return figures;
}

Result<MonthlyFigures> VaultSession::ownFigures(QDate lastDay, int months)
{
    Result<MonthlyFigures> figures = m_figures.monthsEndingWith(lastDay, months);
    if (!figures)
        return figures;
    const Result<QList<MailMonthFigures>> mail = m_mail.figures();
    if (!mail)
        return std::unexpected(mail.error());
    addMailFigures(*figures, *mail);
    return figures;
}

Result<QByteArray> VaultSession::shareFileForTeamLead()
{
    const Result<QList<SupervisionNote>> notes = m_supervision.notes(SharingLevel::TeamSupervision);
    if (!notes)
        return std::unexpected(notes.error());
    // A member whose roles show no figures (a peer worker in a team vault) sends notes alone.
    MonthlyFigures figures;
    if (m_gate.allows(Capability::Figures)) {
        Result<MonthlyFigures> own =
            ownFigures(m_clock.nowUtc().toTimeZone(WorkingDays::pragueZone()).date(),
                       FiguresService::MaxMonths);
        if (!own)
            return std::unexpected(own.error());
        figures = std::move(*own);
    }
    return m_exchange.shareFile(*notes, figures);
}

QList<Occurrence> VaultSession::supervisionDates(QDate day) const
{
    if (!m_programme.hasProgramme())
        return {};
    return MonthSchedule::build(m_programme.programme(), day.year(), day.month(),
                                MonthSchedule::Audience::Team)
        .supervisionDates();
}

QString VaultSession::organisationRegion() const
{
    return VaultSettings(m_vault).organisationRegion();
}

Status VaultSession::setOrganisationRegion(const QString& code)
{
    VaultSettings settings(m_vault);
    if (code == settings.organisationRegion())
        return {};
    if (Status stored = settings.setOrganisationRegion(code); !stored)
        return stored;
    Q_EMIT regionChanged(code);
    return {};
}

} // namespace kotva
