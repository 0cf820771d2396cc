#pragma once

#include "core/referral/ReferralPlan.h"

#include <QFrame>

class QLabel;

namespace kotva {

/// One referral of the plan, in the worker's language: its place in the order, the name,
/// the number as plain selectable text (never a link: the pane does not dial), the hours
/// and whether it answers now, who it is for, and when the entry was last verified.
class ReferralCard final : public QFrame
{
    Q_OBJECT
public:
    ReferralCard(int position, const Referral& referral, ScriptLanguage language,
                 QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReferralCard)

    [[nodiscard]] const Referral& referral() const { return m_referral; }
    [[nodiscard]] QLabel* titleLabel() const { return m_title; }
    /// nullptr for professional help (no number).
    [[nodiscard]] QLabel* phoneLabel() const { return m_phone; }
    [[nodiscard]] QLabel* openStateLabel() const { return m_open; }
    /// nullptr for professional help.
    [[nodiscard]] QLabel* verifiedLabel() const { return m_verified; }

private:
    void addEntryDetails(const ReferralEntry& entry, ScriptLanguage language);

    Referral m_referral;
    QLabel* m_title = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_open = nullptr;
    QLabel* m_verified = nullptr;
};

} // namespace kotva
