#pragma once

// The real Analyzer with the lexicons shipped in resources/lexicons, created once
// for the whole test executable, and the evaluation-set reader.

#include "core/analysis/Analyzer.h"

#include <QList>
#include <QString>

namespace kotva::test {

/// The shared Analyzer; fails the calling test when the lexicons do not load.
const Analyzer& rulesAnalyzer();

struct LabelledRow
{
    QString label; ///< risk: none|concern|acute; boundary: ok or a rule name
    QString role;  ///< boundary only: worker|client
    QString message;
    QString origin; ///< "file:line" for failure messages
};

/// Reads a TSV with a header line: risk files are label<TAB>message, boundary files
/// role<TAB>rule<TAB>message. Lines starting with '#' and empty lines are skipped.
QList<LabelledRow> readRiskTsv(const QString& path);
QList<LabelledRow> readBoundaryTsv(const QString& path);

} // namespace kotva::test
