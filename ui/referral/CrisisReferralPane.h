#pragma once

// CONTRACT for the crisis-referral pane (issue 5). The workspace (ui/workspace) shows it
// beside the conversation and raises it when the client's words reach concern or acute,
// and on F2. It shows the level, the words that triggered it, the planner's referrals in
// order (for acute, 112 / 155 first and unmistakable) and the script. It never dials,
// sends or contacts anyone: the only things it emits are text for the worker's reply and
// the fact that the worker gave the referral.

#include "core/analysis/Findings.h"
#include "core/referral/ReferralPlanner.h"

#include <QWidget>

namespace kotva {

class CrisisReferralPane final : public QWidget
{
    Q_OBJECT
public:
    /// `region` is the organisation's CZ-NUTS 3 code (may be empty).
    CrisisReferralPane(const ReferralPlanner& planner, QString region, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CrisisReferralPane)

    /// Shows what the analysis of the client's text found. The triggering words are cut
    /// from `text` at the signal spans; they are shown, never stored.
    void showAssessment(const Analysis& analysis, const QString& text);
    /// Back to "nothing found" (another contact was selected).
    void clear();
    void setRegion(const QString& region);

    [[nodiscard]] RiskLevel level() const;
    /// True when the last assessment is concern or acute: the workspace raises the pane.
    [[nodiscard]] bool shouldRise() const;
    /// The plan on screen (for tests and for the workspace).
    [[nodiscard]] const ReferralPlan& plan() const;

Q_SIGNALS:
    /// The worker wants the script (in the chosen language) in the reply being written.
    void insertIntoReplyRequested(const QString& script);
    /// The worker pressed "Referral given"; the workspace records it anonymously.
    void referralGiven(RiskLevel level);
};

} // namespace kotva
