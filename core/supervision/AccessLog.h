#pragma once

// The access log of issue 15: who unlocked the vault and who opened or printed what was
// shared for supervision, and when. Never what they read: no text, no reference, no name of
// a client. It expires with the records (SupervisionSchema.cpp names it), and the team lead
// reads it in the team supervision pane.

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/team/AccessGate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

class Vault;

enum class AccessAction {
    Unlocked,            ///< the vault was opened
    OpenedTeamAgenda,    ///< the month's team supervision agenda (shared notes) was opened
    SavedTeamAgenda,     ///< it was saved as a PDF or printed
    SavedIndividualList, ///< notes shared for individual supervision were saved as a list
    OpenedSharedNote,    ///< the team lead opened a member's note shared for individual supervision
};

/// Stable names stored in the vault ("unlocked", "opened_team_agenda", …).
[[nodiscard]] QString accessActionName(AccessAction action);
[[nodiscard]] std::optional<AccessAction> accessActionFromName(const QString& name);
/// "Unlocked the vault", … in the UI language.
[[nodiscard]] QString accessActionLabel(AccessAction action);

struct AccessEntry
{
    QDateTime atUtc;
    QString member; ///< who, in a team vault; empty in a vault of one person
    AccessAction action = AccessAction::Unlocked;
    /// the month concerned ("2026-11"), the initials of the member whose note was opened, or
    /// empty
    QString detail;
};

class AccessLog final
{
public:
    explicit AccessLog(Vault& vault, const Clock& clock = Clock::system());

    /// Who acts from now on (a team vault's member); empty for a vault of one person.
    void setMember(const QString& member) { m_member = member; }
    Status record(AccessAction action, const QString& detail = {});
    /// Newest first, at most `limit`.
    [[nodiscard]] Result<QList<AccessEntry>> entries(int limit = 1000) const;

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    Vault& m_vault;
    const Clock& m_clock;
    QString m_member;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
