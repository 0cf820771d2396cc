#pragma once

#include "core/stats/MonthlyFigures.h"

class QChart;

namespace kotva {

/// The chart of one group of figures: a stacked bar per month, a colour per value, the same
/// numbers as the table beside it. With smallCountsHidden (the printout) a count of one or
/// two is not drawn, so the bars do not tell what the table hides as "< 3".
class FiguresChart final
{
public:
    FiguresChart() = delete;

    /// A new chart the caller owns (a QChartView takes it over).
    [[nodiscard]] static QChart* build(const MonthlyFigures& figures, FigureGroup group,
                                       bool smallCountsHidden = false);
    /// The value a bar gets for a count.
    [[nodiscard]] static int drawnValue(int count, bool smallCountsHidden);
};

} // namespace kotva
