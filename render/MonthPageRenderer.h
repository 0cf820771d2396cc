#pragma once

#include "core/common/Error.h"
#include "core/schedule/MonthSchedule.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace kotva {

/// Lays the month out on A4 pages and paints it: the organisation's name and contact, the
/// month title, one row per event (holidays and cancellations greyed with the reason), the
/// public holidays, the weekly on-call rota, and "Page n of N" at the foot of every page.
/// The PDF export, the printout and the print preview all paint through this one class,
/// so they cannot drift apart.
class MonthPageRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MonthPageRenderer)
public:
    explicit MonthPageRenderer(const MonthSchedule& month);

    /// A4 portrait with 15 mm margins; set before painting on a device the user did not
    /// configure (the PDF writer; the printer before its dialog opens).
    static void applyPageLayout(QPagedPaintDevice& device);

    /// Paints every page on `device` (QPdfWriter, QPrinter). The device's own page layout
    /// is used as it is. Returns the number of pages, or Io when painting cannot start.
    [[nodiscard]] Result<int> render(QPagedPaintDevice& device) const;

private:
    const MonthSchedule& m_month;
};

} // namespace kotva
