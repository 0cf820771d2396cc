#include "core/referral/ReferralPlanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace kotva {

namespace {

bool hasSignal(const CrisisAssessment& crisis, SignalKind kind)
{
    return std::ranges::any_of(crisis.signals,
                               [kind](const CrisisSignal& s) { return s.kind == kind; });
}

bool hasSelfSignal(const CrisisAssessment& crisis)
{
    return std::ranges::any_of(crisis.signals, [](const CrisisSignal& s) {
        switch (s.kind) {
        case SignalKind::SuicidalThoughts:
        case SignalKind::Plan:
        case SignalKind::Means:
        case SignalKind::AttemptInProgress:
        case SignalKind::Goodbye:
        case SignalKind::SelfHarm:
        case SignalKind::Hopelessness:
            return true;
        case SignalKind::ViolenceNow:
        case SignalKind::Violence:
        case SignalKind::ThirdPersonAtRisk:
        // The classifier says how the wording reads, not whose life it is about: with
        // violence or a third person found by the rules, those decide.
        case SignalKind::ResemblesConcern:
        case SignalKind::ResemblesAcute:
            return false;
        }
        return false;
    });
}

int openRank(OpenState state)
{
    switch (state) {
    case OpenState::Open:
        return 0;
    case OpenState::Unknown:
        return 1;
    case OpenState::Closed:
        return 2;
    }
    return 1;
}

} // namespace

ReferralPlanner::ReferralPlanner(const ReferralDirectory& directory, const Clock& clock)
    : m_directory(directory)
    , m_clock(clock)
{}

ReferralPlan ReferralPlanner::plan(const Analysis& analysis, const QString& region,
                                   ClientGroup group) const
{
    return plan(PlanRequest{analysis.crisis, analysis.boundaries, region, group});
}

void ReferralPlanner::addEntries(ReferralPlan& plan, const QList<ReferralEntry>& entries) const
{
    const QDateTime now = m_clock.nowUtc();
    for (const ReferralEntry& entry : entries) {
        const bool present = std::ranges::any_of(plan.referrals, [&entry](const Referral& r) {
            return r.entry && r.entry->id == entry.id;
        });
        if (present)
            continue;
        Referral referral;
        referral.entry = entry;
        referral.openNow = entry.hours.isOpenAt(now) ? OpenState::Open : OpenState::Closed;
        plan.referrals.append(referral);
    }
}

void ReferralPlanner::addCrisisLines(ReferralPlan& plan, const PlanRequest& request) const
{
    // Specialised lines lead for their group; the general lines follow for everyone.
    QList<ReferralEntry> lines;
    if (request.group == ClientGroup::Young)
        lines += m_directory.select(EntryKind::CrisisLine, Topic::Children);
    for (const ReferralEntry& entry : m_directory.select(EntryKind::CrisisLine, std::nullopt)) {
        if (entry.hasTopic(Topic::General) || entry.hasTopic(Topic::Suicide))
            lines.append(entry);
    }
    if (request.group == ClientGroup::Senior)
        lines += m_directory.select(EntryKind::CrisisLine, Topic::Seniors);
    if (!request.region.isEmpty())
        lines += m_directory.select(EntryKind::CrisisLine, std::nullopt, request.region);

    const qsizetype first = plan.referrals.size();
    addEntries(plan, lines);
    // A client must not be sent to a closed line first: open lines move ahead, the
    // directory order is kept among equals.
    std::stable_sort(plan.referrals.begin() + first, plan.referrals.end(),
                     [](const Referral& a, const Referral& b) {
                         return openRank(a.openNow) < openRank(b.openNow);
                     });
}

void ReferralPlanner::addProfessional(ReferralPlan& plan, ProfessionalHelp help) const
{
    const bool present = std::ranges::any_of(
        plan.referrals, [help](const Referral& r) { return r.professional == help; });
    if (present)
        return;
    Referral referral;
    referral.professional = help;
    plan.referrals.append(referral);
}

ReferralPlan ReferralPlanner::plan(const PlanRequest& request) const
{
    ReferralPlan plan;
    const CrisisAssessment& crisis = request.crisis;
    plan.violenceNow = hasSignal(crisis, SignalKind::ViolenceNow);
    plan.thirdPerson = hasSignal(crisis, SignalKind::ThirdPersonAtRisk);
    plan.violence = plan.violenceNow || hasSignal(crisis, SignalKind::Violence);
    // An acute assessment is about the client unless the only signals are about violence
    // or another person.
    plan.acute = crisis.level == RiskLevel::Acute &&
                 (hasSelfSignal(crisis) || (!plan.violenceNow && !plan.thirdPerson));
    plan.concern = crisis.level == RiskLevel::Concern;

    // 1. Emergency numbers: the specialised service first, then 112.
    if (plan.acute || plan.thirdPerson)
        addEntries(plan, m_directory.select(EntryKind::Emergency, Topic::Medical));
    if (plan.violenceNow)
        addEntries(plan, m_directory.select(EntryKind::Emergency, Topic::Police));
    if (plan.acute || plan.thirdPerson || plan.violenceNow)
        addEntries(plan, m_directory.select(EntryKind::Emergency, Topic::General));

    // 2. Violence: the victims' line.
    if (plan.violence)
        addEntries(plan, m_directory.select(EntryKind::CrisisLine, Topic::Violence));

    // 3. Crisis lines, 4. the regional crisis centre.
    const bool needsCrisisHelp = plan.acute || plan.concern || plan.thirdPerson;
    if (needsCrisisHelp)
        addCrisisLines(plan, request);
    if ((needsCrisisHelp || plan.violence) && !request.region.isEmpty())
        addEntries(plan, m_directory.select(EntryKind::CrisisCentre, std::nullopt, request.region));

    // 5. Professional help for what is worrying but not acute.
    if (plan.concern) {
        addProfessional(plan, ProfessionalHelp::GeneralPractitioner);
        addProfessional(plan, ProfessionalHelp::Psychiatrist);
        addProfessional(plan, ProfessionalHelp::Psychotherapist);
    }

    // 6. Where to go instead for what the client asked and peers do not give.
    for (const BoundaryFinding& finding : request.clientBoundaries) {
        if (!plan.boundaryRules.contains(finding.rule))
            plan.boundaryRules.append(finding.rule);
        switch (finding.rule) {
        case BoundaryRule::Medication:
            addProfessional(plan, ProfessionalHelp::OwnDoctor);
            addProfessional(plan, ProfessionalHelp::Psychiatrist);
            break;
        case BoundaryRule::Diagnosis:
            addProfessional(plan, ProfessionalHelp::Psychiatrist);
            addProfessional(plan, ProfessionalHelp::Psychologist);
            break;
        case BoundaryRule::Therapy:
            addProfessional(plan, ProfessionalHelp::Psychotherapist);
            break;
        case BoundaryRule::Legal:
            addProfessional(plan, ProfessionalHelp::LegalAdvice);
            break;
        case BoundaryRule::Decision:
        case BoundaryRule::OnBehalf:
        case BoundaryRule::PersonalData:
        case BoundaryRule::PrivateContact:
        case BoundaryRule::Confidentiality:
        case BoundaryRule::Guarantee: // a worker's rule: never in a client's message
            // answered in words only (see the script)
            break;
        }
    }

    plan.suggestSupervision = plan.acute || plan.concern || plan.thirdPerson || plan.violence;
    addWorkerNotes(plan, request);
    return plan;
}

void ReferralPlanner::addWorkerNotes(ReferralPlan& plan, const PlanRequest& request) const
{
    if (plan.referrals.isEmpty())
        return;
    const bool wantsCentre = plan.acute || plan.concern || plan.thirdPerson || plan.violence;
    if (wantsCentre && request.region.isEmpty()) {
        plan.workerNotes << QCoreApplication::translate(
            "kotva::ReferralPlanner",
            "Set your organisation's region to see the crisis centre near you.");
    } else if (wantsCentre && !m_directory.regionsWithCrisisCentre().contains(request.region)) {
        // The directory's own reason (notCovered) is a note for its maintainers, in English:
        // it never reaches the pane. The worker is told what to use instead.
        const QString region = m_directory.regionName(request.region).isEmpty()
                                   ? request.region
                                   : m_directory.regionName(request.region);
        plan.workerNotes << QCoreApplication::translate(
                                "kotva::ReferralPlanner",
                                "The directory lists no confirmed crisis centre for %1: offer "
                                "the national crisis lines below, and 155 or 112 when life is "
                                "in danger.")
                                .arg(region);
    }
    const QDate today = OpeningHours::toCzechTime(m_clock.nowUtc()).date();
    for (const Referral& referral : std::as_const(plan.referrals)) {
        if (!referral.entry)
            continue;
        const ReferralEntry& entry = *referral.entry;
        if (referral.openNow == OpenState::Closed) {
            plan.workerNotes << QCoreApplication::translate(
                                    "kotva::ReferralPlanner",
                                    "%1 (%2) is closed now: %3. Offer an open line first.")
                                    .arg(entry.name.cs, entry.phone,
                                         entry.hours.describe(ScriptLanguage::Czech));
        }
        if (entry.isStaleOn(today)) {
            plan.workerNotes << QCoreApplication::translate(
                                    "kotva::ReferralPlanner",
                                    "%1 (%2) was last verified on %3; check it is still right.")
                                    .arg(entry.name.cs, entry.phone,
                                         entry.verified.toString(Qt::ISODate));
        }
    }
    if (plan.acute || plan.thirdPerson || plan.violenceNow) {
        plan.workerNotes << QCoreApplication::translate(
            "kotva::ReferralPlanner",
            "You do not call for the client: give the numbers and the words; "
            "the client makes the call.");
    }
    if (plan.suggestSupervision)
        plan.workerNotes << QCoreApplication::translate(
            "kotva::ReferralPlanner", "Bring this contact to your next supervision.");
}

} // namespace kotva
