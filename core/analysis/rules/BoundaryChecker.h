#pragma once

// Interface agreed with the engine (Analyzer calls exactly this); the rules owner
// implements and may extend it.

#include "core/analysis/Findings.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"

#include <QList>

namespace kotva {

class BoundaryChecker final
{
public:
    BoundaryChecker() = default;

    /// Where a worker's draft crosses the peer role, or what a client asks for that the
    /// service does not give (with the seed-003 "why not, and where instead" wording).
    /// Const, thread-safe, no I/O. Spans are UTF-16 offsets into text.original().
    [[nodiscard]] QList<BoundaryFinding> check(const NormalisedText& text,
                                               const QList<LexiconMatch>& matches,
                                               Author author) const;
};

} // namespace kotva
