#include "ui/shell/FindingLabels.h"

#include <QCoreApplication>

namespace kotva::findings {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::FindingLabels)
};

template <typename T, typename F> QString distinctList(const QList<T>& items, F label)
{
    QList<T> seen;
    QStringList words;
    for (const T& item : items) {
        if (seen.contains(item))
            continue;
        seen.append(item);
        words.append(label(item));
    }
    return words.join(Tr::tr(", "));
}

} // namespace

QString piiLabel(PiiKind kind)
{
    switch (kind) {
    case PiiKind::BirthNumber:
        return Tr::tr("birth number");
    case PiiKind::Phone:
        return Tr::tr("phone number");
    case PiiKind::Email:
        return Tr::tr("e-mail address");
    case PiiKind::BankAccount:
        return Tr::tr("bank account number");
    case PiiKind::Iban:
        return Tr::tr("IBAN");
    case PiiKind::Address:
        return Tr::tr("address");
    case PiiKind::PostalCode:
        return Tr::tr("postal code");
    case PiiKind::IdDocument:
        return Tr::tr("ID document number");
    case PiiKind::DataBox:
        return Tr::tr("data box ID");
    case PiiKind::DateOfBirth:
        return Tr::tr("date of birth");
    case PiiKind::Surname:
        return Tr::tr("surname");
    case PiiKind::Organisation:
        return Tr::tr("school, employer or place");
    case PiiKind::VehiclePlate:
        return Tr::tr("licence plate");
    case PiiKind::Handle:
        return Tr::tr("user name");
    }
    return Tr::tr("personal data");
}

QString signalLabel(SignalKind kind)
{
    switch (kind) {
    case SignalKind::SuicidalThoughts:
        return Tr::tr("thoughts of suicide or of dying");
    case SignalKind::Plan:
        return Tr::tr("a plan or a decision to die");
    case SignalKind::Means:
        return Tr::tr("means of suicide");
    case SignalKind::AttemptInProgress:
        return Tr::tr("an attempt happening now");
    case SignalKind::Goodbye:
        return Tr::tr("saying goodbye");
    case SignalKind::SelfHarm:
        return Tr::tr("self-harm");
    case SignalKind::ViolenceNow:
        return Tr::tr("violence happening now");
    case SignalKind::Violence:
        return Tr::tr("violence or abuse");
    case SignalKind::Hopelessness:
        return Tr::tr("hopelessness");
    case SignalKind::ThirdPersonAtRisk:
        return Tr::tr("someone else's life at risk");
    case SignalKind::ResemblesConcern:
        return Tr::tr("the wording resembles messages that raise concern");
    case SignalKind::ResemblesAcute:
        return Tr::tr("the wording resembles messages about acute danger");
    }
    return {};
}

QString ruleLabel(BoundaryRule rule)
{
    switch (rule) {
    case BoundaryRule::Diagnosis:
        return Tr::tr("diagnosis");
    case BoundaryRule::Medication:
        return Tr::tr("medication advice");
    case BoundaryRule::Legal:
        return Tr::tr("legal or social-law advice");
    case BoundaryRule::Therapy:
        return Tr::tr("therapy");
    case BoundaryRule::Decision:
        return Tr::tr("deciding for the client");
    case BoundaryRule::OnBehalf:
        return Tr::tr("acting on the client's behalf");
    case BoundaryRule::PersonalData:
        return Tr::tr("asking for personal data");
    case BoundaryRule::PrivateContact:
        return Tr::tr("private contact");
    case BoundaryRule::Confidentiality:
        return Tr::tr("group confidentiality");
    case BoundaryRule::Guarantee:
        return Tr::tr("promising that it will work");
    }
    return Tr::tr("a boundary of the role");
}

QString riskLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::None:
        return Tr::tr("no signs of danger");
    case RiskLevel::Concern:
        return Tr::tr("concern");
    case RiskLevel::Acute:
        return Tr::tr("acute danger");
    }
    return {};
}

QString piiList(const QList<PiiKind>& kinds)
{
    return distinctList(kinds, piiLabel);
}

QString ruleList(const QList<BoundaryRule>& rules)
{
    return distinctList(rules, ruleLabel);
}

QString signalList(const QList<SignalKind>& kinds)
{
    return distinctList(kinds, signalLabel);
}

QString removedSentence(const QList<PiiKind>& kinds)
{
    if (kinds.isEmpty())
        return {};
    return Tr::tr("Removed before saving: %1").arg(piiList(kinds));
}

} // namespace kotva::findings
