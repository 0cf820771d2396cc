#pragma once

// Interface agreed with the engine (Analyzer calls exactly this); the rules owner
// implements and may extend it. Reads the lexicon matches of one text (categories such
// as means, plan, now, past, negation, idiom) and decides the risk level.

#include "core/analysis/Findings.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>

namespace kotva {

class CrisisDetector final
{
public:
    CrisisDetector() = default;

    /// Level and signals for one text. Pure function of its arguments: const,
    /// thread-safe, no I/O. Signal spans are UTF-16 offsets into text.original().
    [[nodiscard]] CrisisAssessment assess(const NormalisedText& text,
                                          const QList<LexiconMatch>& matches) const;
};

} // namespace kotva
