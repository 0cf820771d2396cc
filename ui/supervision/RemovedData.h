#pragma once

#include "core/analysis/Findings.h"

#include <QString>

namespace kotva::supervision_ui {

/// "Removed before saving: phone number “777 123 456”, e-mail “…”." for the personal data
/// the analysis found in `typed`; empty when it found none. Shown to the worker who typed
/// it, never stored.
QString describeRemoved(const QString& typed, const Analysis& analysis);

} // namespace kotva::supervision_ui
