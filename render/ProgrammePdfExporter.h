#pragma once

#include "core/common/Error.h"
#include "core/schedule/MonthSchedule.h"

#include <QString>

namespace kotva {

/// Renders the month as an A4 portrait PDF (Czech via tr(), organisation name and contact
/// at the top, one row per occurrence, holidays and cancellations shown, the on-call rota)
/// with the same layout as the printout, and writes it to `path` ("-" is NOT handled here:
/// the CLI passes a temporary file and copies it to stdout). Needs a QGuiApplication.
/// Errors: Io / ReadOnly when the file cannot be written.
Status exportMonthPdf(const MonthSchedule& month, const QString& path);

} // namespace kotva
