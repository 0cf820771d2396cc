#pragma once

// Words for what the analysis found, in the UI language: the highlighter's tooltips, the
// turn markers and the "Removed before saving" line all say the same thing.

#include "core/analysis/Findings.h"

#include <QList>
#include <QString>

namespace kotva::findings {

/// "phone number", "birth number", … (lower case, to be used inside a sentence).
QString piiLabel(PiiKind kind);
/// "thoughts of suicide", "a plan", …
QString signalLabel(SignalKind kind);
/// "diagnosis", "medication advice", …
QString ruleLabel(BoundaryRule rule);
/// "no signs of danger", "concern", "acute danger".
QString riskLabel(RiskLevel level);

/// The distinct kinds, in the order first found, joined with commas ("phone number, birth number").
QString piiList(const QList<PiiKind>& kinds);
QString ruleList(const QList<BoundaryRule>& rules);
QString signalList(const QList<SignalKind>& kinds);

/// "Removed before saving: phone number, birth number" (empty when nothing was removed).
QString removedSentence(const QList<PiiKind>& kinds);

} // namespace kotva::findings
