#include "RiskScoring.h"

#include <cstdio>

namespace kotva::test {

double ClassCounts::precision() const
{
    return truePositive + falsePositive == 0
               ? 1.0
               : double(truePositive) / (truePositive + falsePositive);
}

double ClassCounts::recall() const
{
    return truePositive + falseNegative == 0
               ? 1.0
               : double(truePositive) / (truePositive + falseNegative);
}

void RiskScore::add(const QString& label, RiskLevel rated)
{
    const QString got = riskLevelName(rated);
    if (got == label) {
        ++counts[label].truePositive;
    } else {
        ++counts[label].falseNegative;
        ++counts[got].falsePositive;
    }
    if (label == QLatin1String("acute")) {
        ++acute;
        acuteHit += rated == RiskLevel::Acute;
    } else if (label == QLatin1String("concern")) {
        ++concern;
        concernHit += rated != RiskLevel::None;
    } else {
        ++none;
        noneAcute += rated == RiskLevel::Acute;
        noneConcern += rated == RiskLevel::Concern;
    }
}

RiskScore& RiskScore::operator+=(const RiskScore& other)
{
    acute += other.acute;
    acuteHit += other.acuteHit;
    concern += other.concern;
    concernHit += other.concernHit;
    none += other.none;
    noneAcute += other.noneAcute;
    noneConcern += other.noneConcern;
    for (auto it = other.counts.cbegin(); it != other.counts.cend(); ++it) {
        ClassCounts& mine = counts[it.key()];
        mine.truePositive += it->truePositive;
        mine.falsePositive += it->falsePositive;
        mine.falseNegative += it->falseNegative;
    }
    return *this;
}

bool RiskScore::meetsTargets() const
{
    return acuteHit == acute && concernHit >= 0.95 * concern && noneAcute == 0 &&
           noneConcern <= 0.10 * none;
}

RiskScore scoreRows(const QList<LabelledRow>& rows,
                    const std::function<RiskLevel(const LabelledRow&)>& levelOf)
{
    RiskScore score;
    for (const LabelledRow& row : rows)
        score.add(row.label, levelOf(row));
    return score;
}

void printSummary(const QString& set, const QString& variant, const RiskScore& s)
{
    std::printf("[%s] %-26s acute rated acute %3d/%3d; concern rated concern or higher %3d/%3d; "
                "none rated acute %2d/%3d, rated concern %2d/%3d\n",
                qPrintable(set), qPrintable(variant + u':'), s.acuteHit, s.acute, s.concernHit,
                s.concern, s.noneAcute, s.none, s.noneConcern, s.none);
}

void printClassCounts(const QString& set, const QMap<QString, ClassCounts>& counts)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("[%s] %-16s precision %5.1f %%  recall %5.1f %%  (tp %d, fp %d, fn %d)\n",
                    qPrintable(set), qPrintable(it.key()), 100 * it->precision(),
                    100 * it->recall(), it->truePositive, it->falsePositive, it->falseNegative);
}

} // namespace kotva::test
