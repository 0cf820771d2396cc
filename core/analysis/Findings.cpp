#include "core/analysis/Findings.h"

#include <array>

namespace kotva {

// These names are part of the CLI's stable JSON (ARCHITECTURE.md): never rename them.

QString riskLevelName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::None:
        return QStringLiteral("none");
    case RiskLevel::Concern:
        return QStringLiteral("concern");
    case RiskLevel::Acute:
        return QStringLiteral("acute");
    }
    return QStringLiteral("none");
}

QString signalKindName(SignalKind kind)
{
    switch (kind) {
    case SignalKind::SuicidalThoughts:
        return QStringLiteral("suicidal_thoughts");
    case SignalKind::Plan:
        return QStringLiteral("plan");
    case SignalKind::Means:
        return QStringLiteral("means");
    case SignalKind::AttemptInProgress:
        return QStringLiteral("attempt_in_progress");
    case SignalKind::Goodbye:
        return QStringLiteral("goodbye");
    case SignalKind::SelfHarm:
        return QStringLiteral("self_harm");
    case SignalKind::ViolenceNow:
        return QStringLiteral("violence_now");
    case SignalKind::Violence:
        return QStringLiteral("violence");
    case SignalKind::Hopelessness:
        return QStringLiteral("hopelessness");
    case SignalKind::ThirdPersonAtRisk:
        return QStringLiteral("third_person_at_risk");
    case SignalKind::ResemblesConcern:
        return QStringLiteral("resembles_concern");
    case SignalKind::ResemblesAcute:
        return QStringLiteral("resembles_acute");
    }
    return {};
}

QString boundaryRuleName(BoundaryRule rule)
{
    switch (rule) {
    case BoundaryRule::Diagnosis:
        return QStringLiteral("diagnosis");
    case BoundaryRule::Medication:
        return QStringLiteral("medication");
    case BoundaryRule::Legal:
        return QStringLiteral("legal");
    case BoundaryRule::Therapy:
        return QStringLiteral("therapy");
    case BoundaryRule::Decision:
        return QStringLiteral("decision");
    case BoundaryRule::OnBehalf:
        return QStringLiteral("on_behalf");
    case BoundaryRule::PersonalData:
        return QStringLiteral("personal_data");
    case BoundaryRule::PrivateContact:
        return QStringLiteral("private_contact");
    case BoundaryRule::Confidentiality:
        return QStringLiteral("confidentiality");
    case BoundaryRule::Guarantee:
        return QStringLiteral("guarantee");
    }
    return {};
}

QString piiKindName(PiiKind kind)
{
    switch (kind) {
    case PiiKind::BirthNumber:
        return QStringLiteral("birth_number");
    case PiiKind::Phone:
        return QStringLiteral("phone");
    case PiiKind::Email:
        return QStringLiteral("email");
    case PiiKind::BankAccount:
        return QStringLiteral("bank_account");
    case PiiKind::Iban:
        return QStringLiteral("iban");
    case PiiKind::Address:
        return QStringLiteral("address");
    case PiiKind::PostalCode:
        return QStringLiteral("postal_code");
    case PiiKind::IdDocument:
        return QStringLiteral("id_document");
    case PiiKind::DataBox:
        return QStringLiteral("data_box");
    case PiiKind::DateOfBirth:
        return QStringLiteral("date_of_birth");
    case PiiKind::Surname:
        return QStringLiteral("surname");
    case PiiKind::Organisation:
        return QStringLiteral("organisation");
    case PiiKind::VehiclePlate:
        return QStringLiteral("vehicle_plate");
    case PiiKind::Handle:
        return QStringLiteral("handle");
    }
    return {};
}

std::optional<BoundaryRule> boundaryRuleNamed(const QString& name)
{
    // Asked for every boundary hit of every message: the names built once, and compared
    // by length first (ten short names: cheaper than hashing the name for a QHash).
    static const std::array<QString, AllBoundaryRules.size()> names = [] {
        std::array<QString, AllBoundaryRules.size()> built;
        for (std::size_t i = 0; i < AllBoundaryRules.size(); ++i)
            built[i] = boundaryRuleName(AllBoundaryRules[i]);
        return built;
    }();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i].size() == name.size() && names[i] == name)
            return AllBoundaryRules[i]; // the names are distinct
    return std::nullopt;
}

} // namespace kotva
