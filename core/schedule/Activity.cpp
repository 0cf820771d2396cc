#include "core/schedule/Activity.h"

namespace kotva {

const RecurrenceRule* Activity::ruleOn(const QDate& date) const
{
    for (const RecurrenceRule& rule : rules)
        if (rule.occursOn(date))
            return &rule;
    return nullptr;
}

Venue Activity::venueFor(const RecurrenceRule& rule) const
{
    return rule.venue.value_or(venue);
}

} // namespace kotva
