#pragma once

// The real Analyzer with the lexicons shipped in resources/lexicons, created once
// for the whole test executable (rules alone, and rules with the risk classifier), and
// the evaluation-set reader.

#include "core/analysis/Analyzer.h"

#include <QList>
#include <QString>

namespace kotva::test {

/// The shared Analyzer without the risk classifier: the rules alone. Fails the calling
/// test when the lexicons do not load.
const Analyzer& rulesAnalyzer();
/// The same lexicons with the built-in classifiers, as the app runs them.
const Analyzer& classifierAnalyzer();

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

/// The risk files the classifier is trained on (the build globs the same):
/// tests/analysis/rules/data/risk-own*.tsv and tests/data/eval/tuning/risk-*.tsv.
QStringList tuningRiskFiles();
/// The boundary files the boundary classifiers are trained on, the same way:
/// tests/analysis/rules/data/boundary-own*.tsv and tests/data/eval/tuning/boundary-*.tsv.
QStringList tuningBoundaryFiles();

} // namespace kotva::test
