#pragma once

// Scores of a risk set under the evaluation targets (../shared/eval/README.md): how many
// acute messages are rated acute, concern messages concern or higher, and none messages
// acute or concern; and precision / recall per class. Shared by the evaluation of the
// rules alone and with the risk classifier.

#include "RulesFixture.h"

#include <QMap>

#include <functional>

namespace kotva::test {

struct ClassCounts
{
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
};

struct RiskScore
{
    int acute = 0;
    int acuteHit = 0; ///< rated acute
    int concern = 0;
    int concernHit = 0; ///< rated concern or acute
    int none = 0;
    int noneAcute = 0;
    int noneConcern = 0;
    QMap<QString, ClassCounts> counts;

    void add(const QString& label, RiskLevel rated);
    RiskScore& operator+=(const RiskScore& other);

    /// The four targets: every acute, >= 95 % of concern, no none acute, <= 10 % none concern.
    [[nodiscard]] bool meetsTargets() const;
};

/// Rates every row with levelOf and counts.
[[nodiscard]] RiskScore scoreRows(const QList<LabelledRow>& rows,
                                  const std::function<RiskLevel(const LabelledRow&)>& levelOf);

/// "[set] variant: acute rated acute a/b; concern rated concern or higher ...".
void printSummary(const QString& set, const QString& variant, const RiskScore& score);
/// Precision and recall per class, one line each.
void printClassCounts(const QString& set, const QMap<QString, ClassCounts>& counts);

} // namespace kotva::test
