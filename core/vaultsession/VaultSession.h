#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/exchange/ExchangeService.h"
#include "core/keys/slots/PrivateNoteKey.h"
#include "core/mail/intake/MailService.h"
#include "core/schedule/Occurrence.h"
#include "core/schedule/ProgrammeService.h"
#include "core/session/SessionService.h"
#include "core/stats/FiguresService.h"
#include "core/storage/Purger.h"
#include "core/supervision/AccessLog.h"
#include "core/supervision/IndividualSupervision.h"
#include "core/supervision/SupervisionAgenda.h"
#include "core/supervision/SupervisionService.h"
#include "core/team/AccessGate.h"
#include "core/team/TeamRoster.h"
#include "core/team/TeamService.h"

#include <QObject>

namespace kotva {

class Analyzer;
class TeamKeys;
class Vault;

/// Everything that exists while the vault is unlocked: the services of the modules
/// (contacts, supervision notes, the group programme, e-mail), the hourly purge and the settings
/// the panes follow. Made when the vault unlocks and destroyed before it locks, so no
/// service and no model built on one outlives the open vault.
///
/// The panes receive their service from here and never the vault. What one module does
/// that another must hear of is a domain event of this class, not a connection in main():
/// a closed contact that should go to supervision (noteSuggested), a purge that removed
/// something (purged), the organisation's region (regionChanged), the programme
/// (programmeChanged).
class VaultSession final : public QObject
{
    Q_OBJECT
public:
    /// `team`: the member who unlocked a team vault (VaultAccess::teamKeys()), or nullptr for
    /// a vault of one person. Their roles are read at once; every service checks them.
    VaultSession(Vault& vault, const Analyzer& analyzer, const Clock& clock = Clock::system(),
                 TeamKeys* team = nullptr, QObject* parent = nullptr);
    ~VaultSession() override;
    Q_DISABLE_COPY_MOVE(VaultSession)

    /// Who is at the keyboard and what their roles allow (issue 15).
    [[nodiscard]] const AccessGate& access() const { return m_gate; }
    /// Why the member's roles could not be read at unlock, if they could not (they then may do
    /// nothing but change their passphrase).
    [[nodiscard]] const std::optional<Error>& identityError() const { return m_identityError; }
    /// The members of a team vault and their roles.
    [[nodiscard]] TeamService& team() { return m_team; }
    [[nodiscard]] SessionService& contacts() { return m_contacts; }
    [[nodiscard]] SupervisionService& supervision() { return m_supervision; }
    /// The team lead's monthly team supervision agenda (issue 15).
    [[nodiscard]] SupervisionAgenda& agenda() { return m_agenda; }
    /// Unlocks and who opened what was shared for supervision (issue 15); no content.
    [[nodiscard]] AccessLog& accessLog() { return m_accessLog; }
    /// What the members shared for individual supervision, for the team lead (issue 15).
    [[nodiscard]] IndividualSupervision& individualSupervision() { return m_individual; }
    [[nodiscard]] ProgrammeService& programme() { return m_programme; }
    /// E-mail counselling: the inbox, fetching, answering (issue 14).
    [[nodiscard]] MailService& mail() { return m_mail; }
    [[nodiscard]] Purger& purger() { return m_purger; }
    [[nodiscard]] const FiguresService& figures() const { return m_figures; }
    /// The team's figures of the last `months` months with the e-mail counselling rows
    /// (issue 15, "Figures without text").
    [[nodiscard]] Result<MonthlyFigures> monthlyFigures(int months = FiguresService::MaxMonths);
    /// The same for the `months` months ending with the month of `lastDay`.
    [[nodiscard]] Result<MonthlyFigures> monthlyFigures(QDate lastDay, int months);
    /// Cards and files for workers on other PCs (issue 15).
    [[nodiscard]] ExchangeService& exchange() { return m_exchange; }
    /// The member's notes shared for team supervision and, when their roles show figures, this
    /// vault's own figures of the last twelve months, sealed for the team lead
    /// (ExchangeService::shareFile).
    [[nodiscard]] Result<QByteArray> shareFileForTeamLead();
    [[nodiscard]] const Analyzer& analyzer() const { return m_analyzer; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    /// The vault was made a team vault while open: its founder is at the keyboard from now
    /// on, with every role, and the access log names them.
    Status joinTeam(TeamKeys* founder);

    /// Starts the hourly purge (the first one at once) and the automatic fetching of mail, and
    /// logs the unlock.
    void start();

    /// Closes the contact with its outcome (SessionService::closeContact) and, when the
    /// contact had a crisis or a boundary finding or the worker asked for it, emits
    /// noteSuggested.
    Status closeContact(ContactId contact, const ContactOutcome& outcome);

    /// The team and individual supervision dates of the month of `day` that take place (the
    /// programme's internal events); empty when none is planned, which the overview says.
    [[nodiscard]] QList<Occurrence> supervisionDates(QDate day) const;

    /// The organisation's region (a CZ-NUTS 3 code, empty = not set) for the crisis centre.
    [[nodiscard]] QString organisationRegion() const;
    /// Stores it and emits regionChanged when it changed.
    Status setOrganisationRegion(const QString& code);

Q_SIGNALS:
    /// After closing a contact that should be brought to supervision.
    void noteSuggested(const kotva::NoteSuggestion& suggestion);
    /// A purge ran; when it removed anything, the panes read their data again.
    void purged(const kotva::PurgeReport& report);
    void purgeFailed(const kotva::Error& error);
    void regionChanged(const QString& code);
    void programmeChanged();

private:
    /// Who is at the keyboard, their roles and their notes' key; the first member of a new
    /// team vault becomes its lead.
    Status identifyMember(TeamKeys* team);
    /// This vault's own figures and e-mail rows, without what other PCs sent.
    [[nodiscard]] Result<MonthlyFigures> ownFigures(QDate lastDay, int months);

    Vault& m_vault;
    const Analyzer& m_analyzer;
    const Clock& m_clock;
    // First, so the services can be given it: the role check they all share.
    AccessGate m_gate;
    TeamRoster m_roster;
    TeamService m_team;
    std::optional<Error> m_identityError;
    /// The member's private-note key while a team member is at the keyboard.
    std::optional<PrivateNoteKey> m_noteKey;
    SessionService m_contacts;
    SupervisionService m_supervision;
    SupervisionAgenda m_agenda;
    AccessLog m_accessLog;
    IndividualSupervision m_individual;
    ProgrammeService m_programme;
    Purger m_purger;
    FiguresService m_figures;
    ExchangeService m_exchange;
    // Last, so it goes first: its worker stops before the services it uses are destroyed.
    MailService m_mail;
};

} // namespace kotva
