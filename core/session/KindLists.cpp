#include "core/session/KindLists.h"

#include <QHash>
#include <QStringList>

namespace kotva::kindlists {

namespace {

/// Name → value for an enum whose values run from 0 to `last` without gaps.
template <typename Enum> const QHash<QString, Enum>& table(Enum last, QString (*nameOf)(Enum))
{
    static const QHash<QString, Enum> all = [last, nameOf] {
        QHash<QString, Enum> names;
        for (int i = 0; i <= static_cast<int>(last); ++i)
            names.insert(nameOf(static_cast<Enum>(i)), static_cast<Enum>(i));
        return names;
    }();
    return all;
}

const QHash<QString, SignalKind>& signalTable()
{
    return table(SignalKind::ResemblesAcute, &signalKindName);
}

const QHash<QString, BoundaryRule>& ruleTable()
{
    return table(BoundaryRule::Guarantee, &boundaryRuleName);
}

const QHash<QString, PiiKind>& piiTable()
{
    return table(PiiKind::Handle, &piiKindName);
}

template <typename Enum> QString join(const QList<Enum>& values, QString (*nameOf)(Enum))
{
    QString out;
    for (const Enum value : values) {
        if (!out.isEmpty())
            out += u',';
        out += nameOf(value);
    }
    return out;
}

template <typename Enum> QList<Enum> split(const QString& stored, const QHash<QString, Enum>& names)
{
    QList<Enum> out;
    if (stored.isEmpty())
        return out;
    for (const QStringView name : QStringView(stored).split(u',')) {
        const auto found = names.constFind(name.toString());
        if (found != names.constEnd())
            out.append(*found);
    }
    return out;
}

} // namespace

QString encode(const QList<SignalKind>& kinds)
{
    return join(kinds, &signalKindName);
}

QString encode(const QList<BoundaryRule>& rules)
{
    return join(rules, &boundaryRuleName);
}

QString encode(const QList<PiiKind>& kinds)
{
    return join(kinds, &piiKindName);
}

QList<SignalKind> signalKinds(const QString& stored)
{
    return split(stored, signalTable());
}

QList<BoundaryRule> boundaryRules(const QString& stored)
{
    return split(stored, ruleTable());
}

QList<PiiKind> piiKinds(const QString& stored)
{
    return split(stored, piiTable());
}

std::optional<RiskLevel> riskLevelFromName(const QString& name)
{
    for (const RiskLevel level : {RiskLevel::None, RiskLevel::Concern, RiskLevel::Acute}) {
        if (riskLevelName(level) == name)
            return level;
    }
    return std::nullopt;
}

std::optional<BoundaryRule> boundaryRuleFromName(const QString& name)
{
    const auto found = ruleTable().constFind(name);
    if (found == ruleTable().constEnd())
        return std::nullopt;
    return *found;
}

QList<SignalKind> signalKindsOf(const Analysis& analysis)
{
    QList<SignalKind> kinds;
    kinds.reserve(analysis.crisis.signals.size());
    for (const CrisisSignal& signal : analysis.crisis.signals)
        kinds.append(signal.kind);
    return kinds;
}

QList<BoundaryRule> boundaryRulesOf(const Analysis& analysis)
{
    QList<BoundaryRule> rules;
    rules.reserve(analysis.boundaries.size());
    for (const BoundaryFinding& finding : analysis.boundaries)
        rules.append(finding.rule);
    return rules;
}

QList<PiiKind> piiKindsOf(const Analysis& analysis)
{
    QList<PiiKind> kinds;
    kinds.reserve(analysis.pii.size());
    for (const PiiFinding& finding : analysis.pii)
        kinds.append(finding.kind);
    return kinds;
}

} // namespace kotva::kindlists
