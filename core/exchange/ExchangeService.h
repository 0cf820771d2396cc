#pragma once

// Workers on other PCs (issue 15). A worker who keeps Kotva on their own PC sends the team
// lead what they shared for team supervision and their monthly figures as one file, sealed
// to the team's public key and signed with their own key (ShareEnvelope); the team lead
// imports it into the team vault. No server: the file travels by USB stick or a shared
// folder. Before the first file, the two exchange cards once:
// - the team lead gives the worker the team card (the team's name and public key);
// - the worker gives the team lead their member card (their initials and public signing key),
//   which the team lead ties to the member in the team (acceptMemberCard).
// Each card has a fingerprint the two can read to each other, so a card swapped on a shared
// folder is noticed.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/exchange/ExchangeCard.h"
#include "core/stats/MonthlyFigures.h"
#include "core/supervision/SupervisionNote.h"
#include "core/team/AccessGate.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

class Vault;

/// A member card the team lead accepted, and what came from that member since.
struct AcceptedMemberCard
{
    QString memberId;
    QString label;       ///< the member's label in the team
    QString fingerprint; ///< of their signing key
    std::optional<QDateTime> lastImportUtc;
};

/// What one import changed.
struct ShareImport
{
    QString memberLabel;
    bool alreadyImported = false; ///< the same file again: nothing changed
    int notesAdded = 0;
    int notesUpdated = 0;
    int notesRemoved = 0; ///< no longer shared by the member, or deleted on their PC
    int figureMonths = 0;
    QDateTime madeAtUtc; ///< when the member made the file
};

class ExchangeService final
{
public:
    ExchangeService(Vault& vault, const Analyzer& analyzer, const Clock& clock = Clock::system());

    // The team lead's side (a team vault; ManageMembers, importing TeamAgenda).

    /// The team card file; the team's keys are made on first use and kept in the vault.
    [[nodiscard]] Result<QByteArray> teamCardFile(const QString& teamName);
    /// The team card as made before, if any.
    [[nodiscard]] Result<std::optional<ExchangeCard>> teamCard() const;
    /// Ties the member card to a member of the team: files signed with its key are theirs from
    /// now on. AlreadyExists when another member has the same key.
    Status acceptMemberCard(const QString& memberId, const ExchangeCard& card);
    [[nodiscard]] Result<QList<AcceptedMemberCard>> memberCards() const;
    /// Opens, checks and imports a worker's file in one transaction: their notes shared for
    /// team supervision join the agenda (a note sent before is updated, one no longer sent
    /// leaves), their figures replace those of the same months sent before. A file that is
    /// forged, altered, sealed for another team, from an unknown member or older than the last
    /// one is refused and changes nothing; the same file twice changes nothing.
    [[nodiscard]] Result<ShareImport> importShare(const QByteArray& file);
    /// The imported figures of these months (first days), summed over the members, to add to
    /// the team's own.
    [[nodiscard]] Result<MonthlyFigures> importedFigures(const QList<QDate>& months) const;

    // The worker's side (a vault of one person on the worker's own PC; OwnNotes).

    /// The member card file; the member's signing keys are made on first use.
    [[nodiscard]] Result<QByteArray> memberCardFile(const QString& label);
    /// The fingerprint of this vault's member card, once the card was made.
    [[nodiscard]] Result<std::optional<QString>> memberCardFingerprint() const;
    /// The team card the worker was given, replacing one given before.
    Status acceptTeamCard(const ExchangeCard& card);
    [[nodiscard]] Result<std::optional<ExchangeCard>> joinedTeam() const;
    /// The sealed, signed file of these notes (those shared for team supervision are taken)
    /// and figures. NotFound before a team card was accepted.
    [[nodiscard]] Result<QByteArray> shareFile(const QList<SupervisionNote>& notes,
                                               const MonthlyFigures& figures);

    /// The open vault's role check (VaultSession).
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    /// This vault's public signing key, the pair made and stored on first use.
    [[nodiscard]] Result<QByteArray> ownSigningKey();

    Vault& m_vault;
    const Analyzer& m_analyzer;
    const Clock& m_clock;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
