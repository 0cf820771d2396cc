#pragma once

// Scores of one part of the evaluation corpus (tests/data/eval/<part>/), measured against
// the targets of ../shared/eval/README.md. Pure counting: the test decides what to assert.

#include "core/analysis/Analyzer.h"
#include "tests/analysis/rules/RiskScoring.h"

#include <QString>
#include <QStringList>

namespace kotva::test {

struct BoundaryScore
{
    int ruleMessages = 0, ruleFound = 0;
    int okMessages = 0, okFlagged = 0;
};

struct PiiScore
{
    int piiSubstrings = 0, piiLeaked = 0;
    int keepSubstrings = 0, keepKept = 0;
};

/// The files of one part whose names start with prefix ("risk-", "pii-", "boundary-").
QStringList corpusFiles(const QString& part, const QString& prefix);

/// Risk scores (RiskScoring.h, shared with the rules' evaluation) over every file.
RiskScore scoreRisk(const Analyzer& analyzer, const QStringList& files);
BoundaryScore scoreBoundary(const Analyzer& analyzer, const QStringList& files);
PiiScore scorePii(const Analyzer& analyzer, const QStringList& files);

/// "23/40 (57.5 %)"
QString ratio(int part, int whole);

} // namespace kotva::test
