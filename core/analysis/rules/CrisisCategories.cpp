#include "core/analysis/rules/CrisisCategories.h"

namespace kotva::rules::crisis {

namespace {

const QList<QLatin1String>& categoryNames()
{
    static const QList<QLatin1String> names{
        QLatin1String("act"),        QLatin1String("jump"),         QLatin1String("thought"),
        QLatin1String("death_wish"), QLatin1String("vanish"),       QLatin1String("hopeless"),
        QLatin1String("self_harm"),  QLatin1String("goodbye"),      QLatin1String("attempt"),
        QLatin1String("ingest"),     QLatin1String("dose"),         QLatin1String("bleeding"),
        QLatin1String("gas_open"),   QLatin1String("unresponsive"), QLatin1String("end_it"),
        QLatin1String("violence"),   QLatin1String("danger"),       QLatin1String("means"),
        QLatin1String("access"),     QLatin1String("position"),     QLatin1String("now"),
        QLatin1String("past"),       QLatin1String("no_plan"),      QLatin1String("negation"),
        QLatin1String("plan"),       QLatin1String("idiom"),        QLatin1String("media"),
        QLatin1String("benign"),     QLatin1String("third"),        QLatin1String("first_person"),
    };
    return names;
}

} // namespace

const CategoryTable& categoryTable()
{
    static const CategoryTable table(QLatin1String("crisis."), categoryNames());
    return table;
}

/// Categories that are signals by themselves (the rest only qualify them).
bool isSignal(int c)
{
    switch (c) {
    case Act:
    case Jump:
    case Thought:
    case DeathWish:
    case Vanish:
    case Hopeless:
    case SelfHarm:
    case Goodbye:
    case Attempt:
    case Ingest:
    case Bleeding:
    case GasOpen:
    case Unresponsive:
    case EndIt:
    case Violence:
    case Danger:
        return true;
    default:
        return false;
    }
}

/// Signals about the writer's (or someone's) wish to die: what "end it" needs beside it.
bool isSuicidal(int c)
{
    return c == Act || c == Jump || c == Thought || c == DeathWish || c == Vanish ||
           c == Hopeless || c == Goodbye || c == Attempt || c == SelfHarm;
}

/// Means that are used only to harm: with a plan beside them at hand ("provaz mám v batohu,
/// strom mám vybraný"), intent needs no word such as "zabít".
bool isHarmKind(const RuleHit& hit)
{
    return hit.kindIs(QLatin1String("rope")) || hit.kindIs(QLatin1String("weapon")) ||
           hit.kindIs(QLatin1String("gas")) || hit.kindIs(QLatin1String("blade")) ||
           hit.kindIs(QLatin1String("rails")) || hit.kindIs(QLatin1String("drown")) ||
           hit.kindIs(QLatin1String("weighted"));
}

/// A goodbye that needs other words beside it: "děkuju za všechno", or affairs settled
/// ("dluhy jsem splatil", "psa jsem dal sousedce") that are ordinary on their own.
bool isSoftGoodbye(const RuleHit& hit, bool leaving)
{
    // "Sbohem a díky za všechno, od pondělí nastupuju jinam": a goodbye beside leaving a job,
    // a group or a country needs other words too.
    return hit.category == Goodbye &&
           (leaving || hit.kindIs(QLatin1String("weak")) || hit.kindIs(QLatin1String("affairs")));
}

bool isPlaceKind(const RuleHit& hit)
{
    return hit.kindIs(QLatin1String("place")) || hit.kindIs(QLatin1String("rails")) ||
           hit.kindIs(QLatin1String("ledge"));
}

} // namespace kotva::rules::crisis
