#pragma once

#include "core/analysis/Findings.h"
#include "core/common/Clock.h"
#include "core/referral/ReferralDirectory.h"
#include "core/referral/ReferralPlan.h"

namespace kotva {

/// Who the client is, as far as the worker knows; picks the specialised lines.
enum class ClientGroup { Adult, Young, Senior };

struct PlanRequest
{
    CrisisAssessment crisis;
    /// Boundary findings on the client's message (what they ask for that peers do not give).
    QList<BoundaryFinding> clientBoundaries;
    /// The organisation's region (CZ-NUTS 3 code, e.g. "CZ032"); empty if not set.
    QString region;
    ClientGroup group = ClientGroup::Adult;
};

/// Turns findings into an ordered list of referrals and a script. It decides, it does not
/// act: nothing is ever contacted. Emergency numbers come first when life is at risk, then
/// crisis lines (open ones before closed ones), then the regional crisis centre, then
/// professional help. Thread-safe: const, and the directory is immutable.
class ReferralPlanner
{
public:
    explicit ReferralPlanner(const ReferralDirectory& directory,
                             const Clock& clock = Clock::system());

    [[nodiscard]] ReferralPlan plan(const PlanRequest& request) const;
    /// Convenience for a client's message analysed as a whole.
    [[nodiscard]] ReferralPlan plan(const Analysis& analysis, const QString& region,
                                    ClientGroup group = ClientGroup::Adult) const;

private:
    void addEntries(ReferralPlan& plan, const QList<ReferralEntry>& entries) const;
    void addCrisisLines(ReferralPlan& plan, const PlanRequest& request) const;
    void addProfessional(ReferralPlan& plan, ProfessionalHelp help) const;
    void addWorkerNotes(ReferralPlan& plan, const PlanRequest& request) const;

    const ReferralDirectory& m_directory;
    const Clock& m_clock;
};

} // namespace kotva
