#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/mail/intake/MailFigures.h"
#include "core/stats/MonthlyFigures.h"
#include "core/team/AccessGate.h"

namespace kotva {

class Vault;

/// Counts what the vault keeps about the team's work, month by month, for supervision and
/// annual reports. It reads only kinds, levels, rules, channels and the organisation's topic
/// names (the anonymised records, the turns' finding kinds, the contacts' channel and first
/// wish): no text, no pseudonym, no reference leaves it.
class FiguresService final
{
public:
    /// At most this many months: nothing older is kept (12-month retention).
    static constexpr int MaxMonths = 12;

    explicit FiguresService(Vault& vault, const Clock& clock = Clock::system());

    /// The last `months` months up to and including the current one (Prague time), oldest
    /// first; months are clamped to 1…MaxMonths.
    [[nodiscard]] Result<MonthlyFigures> lastMonths(int months = MaxMonths) const;
    /// The `months` months up to and including the month of `lastDay`, oldest first.
    [[nodiscard]] Result<MonthlyFigures> monthsEndingWith(QDate lastDay, int months) const;

    /// The first days of the `count` months ending with the month of `day`, oldest first.
    [[nodiscard]] static QList<QDate> monthList(QDate day, int count);

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    Vault& m_vault;
    const Clock& m_clock;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

/// Adds the e-mail counselling rows (received, answered, answered within the deadline) for
/// the months figures covers; other months are left out.
void addMailFigures(MonthlyFigures& figures, const QList<MailMonthFigures>& mail);

} // namespace kotva
