#pragma once

#include "core/analysis/Findings.h"
#include "core/common/ScriptLanguage.h"
#include "core/referral/ReferralEntry.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace kotva {

/// Help that is a profession rather than a listed service: the client finds their own.
enum class ProfessionalHelp {
    OwnDoctor, ///< the doctor who prescribed the medication
    GeneralPractitioner,
    Psychiatrist,
    Psychologist,
    Psychotherapist,
    LegalAdvice, ///< an advice centre (občanská poradna) or a lawyer
};

/// Whether a service answers at the moment the plan was made.
enum class OpenState { Open, Closed, Unknown };

/// One step of a plan: either a service from the directory or a kind of professional.
struct Referral
{
    std::optional<ReferralEntry> entry;
    std::optional<ProfessionalHelp> professional;
    OpenState openNow = OpenState::Unknown;

    [[nodiscard]] QString title(ScriptLanguage language) const;
    [[nodiscard]] QString phone() const { return entry ? entry->phone : QString(); }
    /// Opening hours in words; empty for professional help.
    [[nodiscard]] QString hours(ScriptLanguage language) const;
};

/// What the planner recognised, ordered referrals and the words for the client.
struct ReferralPlan
{
    bool acute = false;                ///< danger to the client's own life now
    bool violenceNow = false;          ///< someone is in danger from another person right now
    bool thirdPerson = false;          ///< someone else's life is at risk
    bool violence = false;             ///< violence or abuse, now or past
    bool concern = false;              ///< worrying, not acute
    QList<BoundaryRule> boundaryRules; ///< client requests the service does not meet
    QList<Referral> referrals;         ///< in the order to offer them
    bool suggestSupervision = false;
    QStringList workerNotes; ///< for the worker only, in the UI language

    [[nodiscard]] bool isEmpty() const { return referrals.isEmpty() && boundaryRules.isEmpty(); }
    /// A short text the worker can hand to the client, in either language whatever the UI
    /// language is. It gives numbers and words; it never says the worker will make the call.
    /// `form` chooses vykání or tykání in Czech; English ignores it.
    [[nodiscard]] QString script(ScriptLanguage language, Register form = Register::Formal) const;
};

} // namespace kotva
