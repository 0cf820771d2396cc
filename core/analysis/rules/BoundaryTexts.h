#pragma once

// The plain words shown with a boundary finding, in the UI language (English source,
// translated through QCoreApplication::translate like every user-visible string).

#include "core/analysis/Findings.h"

#include <QString>

namespace kotva {

class BoundaryTexts final
{
public:
    /// What the text does: for a worker, how the draft crosses the peer role; for a
    /// client, what they ask for.
    [[nodiscard]] static QString explanation(BoundaryRule rule, Author author);
    /// For a client: why the service does not give it and where to go instead (seed 003).
    /// For a worker: what to write instead.
    [[nodiscard]] static QString suggestion(BoundaryRule rule, Author author);
};

} // namespace kotva
