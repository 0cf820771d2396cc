#pragma once

#include "core/common/Error.h"
#include "core/stats/MonthlyFigures.h"

#include <QByteArray>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace kotva {

/// The team's figures as they leave the vault, for annual reports to funders and for the
/// supervision folder: a CSV file, a PDF and a printout. In all of them a count of one or two
/// reads "< 3" and is not drawn in a chart. Files are written whole or not at all.
class FiguresExport final
{
public:
    FiguresExport() = delete;

    /// The CSV text: a header of months, then a line per group and value with the counts and
    /// the total. UTF-8 with a byte-order mark (spreadsheets then read the diacritics); the
    /// separator is ";" where the decimal point is a comma (Czech spreadsheets split on it),
    /// "," otherwise.
    [[nodiscard]] static QByteArray csv(const MonthlyFigures& figures);
    [[nodiscard]] static Status writeCsv(const MonthlyFigures& figures, const QString& path);

    /// Paints the figures (a page per group: title, what it counts, chart, table) on a device
    /// whose page layout is set; returns the number of pages.
    static int paint(const MonthlyFigures& figures, QPagedPaintDevice& device);
    /// A4 landscape PDF.
    [[nodiscard]] static Status writePdf(const MonthlyFigures& figures, const QString& path);
    /// Prints on a printer the user has already set up.
    [[nodiscard]] static Status print(const MonthlyFigures& figures, QPrinter& printer);

    /// "kotva-cisla-2025-04-2026-03.csv": a file name that says which months it holds.
    [[nodiscard]] static QString suggestedFileName(const MonthlyFigures& figures,
                                                   const QString& suffix);
};

} // namespace kotva
