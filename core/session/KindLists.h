#pragma once

// Turn metadata as stored: lists of stable kind names ("phone,birth_number"), never
// where in the text a finding was nor the words it was found in.

#include "core/analysis/Findings.h"

#include <QList>
#include <QString>

#include <optional>

namespace kotva::kindlists {

[[nodiscard]] QString encode(const QList<SignalKind>& kinds);
[[nodiscard]] QString encode(const QList<BoundaryRule>& rules);
[[nodiscard]] QString encode(const QList<PiiKind>& kinds);

/// Unknown names (a newer Kotva wrote them) are skipped, not an error.
[[nodiscard]] QList<SignalKind> signalKinds(const QString& stored);
[[nodiscard]] QList<BoundaryRule> boundaryRules(const QString& stored);
[[nodiscard]] QList<PiiKind> piiKinds(const QString& stored);

[[nodiscard]] std::optional<RiskLevel> riskLevelFromName(const QString& name);
[[nodiscard]] std::optional<BoundaryRule> boundaryRuleFromName(const QString& name);

/// The kinds of an analysis, one per finding, in the order found.
[[nodiscard]] QList<SignalKind> signalKindsOf(const Analysis& analysis);
[[nodiscard]] QList<BoundaryRule> boundaryRulesOf(const Analysis& analysis);
[[nodiscard]] QList<PiiKind> piiKindsOf(const Analysis& analysis);

} // namespace kotva::kindlists
