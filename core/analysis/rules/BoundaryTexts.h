#pragma once

// The plain words shown with a boundary finding, in the UI language (English source,
// translated through QCoreApplication::translate like every user-visible string).

#include "core/analysis/Findings.h"
#include "core/common/ScriptLanguage.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kotva {

class BoundaryTexts final
{
public:
    /// What the text does: for a worker, how the draft crosses the peer role; for a
    /// client, what they ask for.
    /// variant: a lexicon entry's "answer" field (see BoundaryChecker.h); unknown or
    /// empty is the rule's general text.
    [[nodiscard]] static QString explanation(BoundaryRule rule, Author author,
                                             QStringView variant = {});
    /// For a client: why the service does not give it and where to go instead (seed 003),
    /// addressing the client with tykání or vykání as the contact goes (Czech; English has
    /// one form). For a worker: what to write instead.
    [[nodiscard]] static QString suggestion(BoundaryRule rule, Author author,
                                            QStringView variant = {},
                                            Register form = Register::Formal);
    /// The variants with texts of their own, for tests and for lexicon authors.
    [[nodiscard]] static QStringList variants(BoundaryRule rule);
};

} // namespace kotva
