#pragma once

#include "core/analysis/Findings.h"
#include "core/session/Contact.h"
#include "core/session/Turn.h"

#include <QList>

#include <optional>

namespace kotva {

/// What the crisis-referral pane should show for a contact, decided here so every view
/// of a contact follows the same rule.
class ContactRisk final
{
public:
    ContactRisk() = delete;

    /// Coming back to an open contact whose client's words reached concern or acute: the
    /// referral is still what the worker needs. The words were not stored, so this is the
    /// level and the kinds of signal of the latest client turn at the contact's highest
    /// level, without spans. Nothing for a closed contact or one without risk.
    [[nodiscard]] static std::optional<Analysis> resumed(const Contact& contact,
                                                         const QList<Turn>& turns);

    /// During one contact the shown level only rises: a calmer message does not replace
    /// the referral a more dangerous one called for.
    [[nodiscard]] static bool replacesShown(RiskLevel incoming, RiskLevel shown)
    {
        return incoming != RiskLevel::None && incoming >= shown;
    }
};

} // namespace kotva
