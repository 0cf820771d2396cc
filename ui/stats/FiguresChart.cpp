#include "ui/stats/FiguresChart.h"

#include "ui/stats/FigureLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace kotva {

int FiguresChart::drawnValue(int count, bool smallCountsHidden)
{
    return smallCountsHidden && count < SmallestShownCount ? 0 : count;
}

QChart* FiguresChart::build(const MonthlyFigures& figures, FigureGroup group,
                            bool smallCountsHidden)
{
    auto* chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    auto* series = new QStackedBarSeries;
    QList<int> heights(figures.months.size(), 0);
    for (const FigureRow& row : figures.rowsOf(group)) {
        auto* set = new QBarSet(figurelabels::rowLabel(row));
        for (qsizetype m = 0; m < figures.months.size(); ++m) {
            const int value = drawnValue(row.counts.value(m), smallCountsHidden);
            *set << value;
            heights[m] += value;
        }
        series->append(set);
    }
    chart->addSeries(series);

    QStringList categories;
    for (const QDate& month : figures.months)
        categories << figurelabels::shortMonthLabel(month);
    auto* months = new QBarCategoryAxis;
    months->append(categories);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);

    // Whole numbers only, and room above the highest bar.
    const int highest = heights.isEmpty() ? 0 : *std::max_element(heights.cbegin(), heights.cend());
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setRange(0, std::max(highest, 4));
    counts->applyNiceNumbers();
    counts->setMinorTickCount(0);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setVisible(series->count() > 1);
    return chart;
}

} // namespace kotva
