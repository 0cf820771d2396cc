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

QString supervisionKindName(SupervisionKind kind)
{
    return kind == SupervisionKind::Team ? QStringLiteral("team") : QStringLiteral("individual");
}

std::optional<SupervisionKind> supervisionKindFromName(const QString& name)
{
    if (name == QLatin1String("team"))
        return SupervisionKind::Team;
    if (name == QLatin1String("individual"))
        return SupervisionKind::Individual;
    return std::nullopt;
}

} // namespace kotva
