#pragma once

// Words for the team's figures in the UI language: the pane, the printout and the CSV name
// every group, row and month the same way.

#include "core/stats/MonthlyFigures.h"

#include <QDate>
#include <QString>

namespace kotva::figurelabels {

/// "Contacts by channel", "Crisis levels reached", …
QString groupTitle(FigureGroup group);
/// One sentence on what the group counts, for the pane and the printout.
QString groupExplanation(FigureGroup group);
/// The row's value in words: "Chat", "acute danger", "diagnosis", the organisation's topic…
QString rowLabel(const FigureRow& row);
/// "březen 2026": the month as it stands alone (Qt 6.4 has no format letter for it).
QString monthLabel(const QDate& month);
/// "bře 26": short enough for a chart's axis and a table column.
QString shortMonthLabel(const QDate& month);
/// "duben 2025 – březen 2026", or one month's name.
QString periodLabel(const QList<QDate>& months);

} // namespace kotva::figurelabels
