#pragma once

#include "core/analysis/Findings.h"
#include "core/referral/ReferralPlan.h"

#include <QString>

namespace kotva::referral_ui {

/// "Open now" / "Closed now"; empty when unknown (professional help).
QString openStateLabel(OpenState state);
/// The level in one short phrase ("Acute danger").
QString levelTitle(RiskLevel level);
/// The script language that matches the UI language; the worker may switch it.
ScriptLanguage uiScriptLanguage();
/// The words at `span`, clamped to `text`, with whitespace runs folded; empty when the
/// span lies outside the text.
QString cutSpan(const QString& text, TextSpan span);
/// A date the way the UI language writes it ("3. 11. 2026").
QString shortDate(QDate date);

} // namespace kotva::referral_ui
