#pragma once

// The categories CrisisDetector reads (every lexicon category "crisis.<name>"), in the order
// of the detector's category table, and the questions the detector asks about a match's
// category and kind. Internal to the rules; the decisions stay in CrisisDetector.cpp.

#include "core/analysis/rules/RuleHits.h"

#include <QLatin1String>
#include <QList>

namespace kotva::rules::crisis {

// Order matters: the index is RuleHit::category.
enum Cat : int {
    Act,
    Jump,
    Thought,
    DeathWish,
    Vanish,
    Hopeless,
    SelfHarm,
    Goodbye,
    Attempt,
    Ingest,
    Dose,
    Bleeding,
    GasOpen,
    Unresponsive,
    EndIt,
    Violence,
    Danger,
    Means,
    Access,
    Position,
    Now,
    Past,
    NoPlan,
    Negation,
    Plan,
    Idiom,
    Media,
    Benign,
    Third,
    FirstPerson,
};

/// The table collectHits() maps lexicon categories with, built once.
const CategoryTable& categoryTable();
/// Categories that are signals by themselves (the rest only qualify them).
bool isSignal(int c);
/// Signals about the writer's (or someone's) wish to die: what "end it" needs beside it.
bool isSuicidal(int c);
/// Means that are used only to harm: with a plan beside them at hand ("provaz mám v batohu,
/// strom mám vybraný"), intent needs no word such as "zabít".
bool isHarmKind(const RuleHit& hit);
/// A goodbye that needs other words beside it: "děkuju za všechno", or affairs settled
/// ("dluhy jsem splatil", "psa jsem dal sousedce") that are ordinary on their own.
bool isSoftGoodbye(const RuleHit& hit, bool leaving);
/// A height, rails or a ledge: where a jump or a position is dangerous.
bool isPlaceKind(const RuleHit& hit);

} // namespace kotva::rules::crisis
