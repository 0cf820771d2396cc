#include "core/schedule/VenueClashes.h"

#include "core/schedule/CzechHolidays.h"
#include "core/schedule/Programme.h"

#include <QTime>

#include <algorithm>
#include <optional>

namespace kotva {

namespace {

/// One occurrence as it takes place: MonthSchedule's rules for holidays, cancellations and
/// changes, without the texts.
struct Slot
{
    QTime start;
    QTime end;
    Venue venue;
};

std::optional<Slot> slotOn(const Programme& programme, const Activity& activity, const QDate& date)
{
    const RecurrenceRule* rule = activity.ruleOn(date);
    if (!rule)
        return std::nullopt;
    if (rule->kind != RecurrenceRule::Kind::Once && CzechHolidays::isHoliday(date))
        return std::nullopt;
    for (const Cancellation& cancellation : programme.cancellations)
        if (cancellation.activityId == activity.id && cancellation.date == date)
            return std::nullopt;
    Slot slot{activity.start, activity.end, activity.venueFor(*rule)};
    for (const OccurrenceChange& change : programme.changes) {
        if (change.activityId != activity.id || change.date != date)
            continue;
        if (change.start.isValid())
            slot.start = change.start;
        if (change.end.isValid())
            slot.end = change.end;
        if (change.venue)
            slot.venue = *change.venue;
    }
    return slot;
}

bool overlaps(const Slot& a, const Slot& b)
{
    if (!a.start.isValid() || !a.end.isValid() || !b.start.isValid() || !b.end.isValid())
        return false;
    // Back to back (one ends at 18:00, the other starts at 18:00) is fine.
    return a.start < b.end && b.start < a.end;
}

QDate later(const QDate& a, const QDate& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

QDate earlier(const QDate& a, const QDate& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

/// Dates on which both rules produce an occurrence (within the horizon for recurring pairs).
void commonDates(const RecurrenceRule& a, const RecurrenceRule& b, const QDate& anchor,
                 QList<QDate>& dates)
{
    if (!a.problem().isEmpty() || !b.problem().isEmpty())
        return;
    if (a.kind == RecurrenceRule::Kind::Once || b.kind == RecurrenceRule::Kind::Once) {
        const QDate day = a.kind == RecurrenceRule::Kind::Once ? a.date : b.date;
        if (a.occursOn(day) && b.occursOn(day))
            dates.append(day);
        return;
    }
    if (a.weekday != b.weekday)
        return;
    const QDate until = earlier(a.validUntil, b.validUntil);
    QDate from = later(a.validFrom, b.validFrom);
    if (!from.isValid())
        from = until.isValid() ? until.addDays(-VenueClashes::HorizonDays) : anchor;
    QDate last = from.addDays(VenueClashes::HorizonDays);
    if (until.isValid() && until < last)
        last = until;
    for (QDate day = from.addDays((a.weekday - from.dayOfWeek() + 7) % 7); day <= last;
         day = day.addDays(7))
        if (a.occursOn(day) && b.occursOn(day))
            dates.append(day);
}

bool hasChanges(const Programme& programme, const QString& activityId)
{
    return std::any_of(
        programme.changes.cbegin(), programme.changes.cend(),
        [&activityId](const OccurrenceChange& change) { return change.activityId == activityId; });
}

std::optional<VenueClash> firstClash(const Programme& programme, qsizetype i, qsizetype j,
                                     const QDate& anchor)
{
    const Activity& a = programme.activities.at(i);
    const Activity& b = programme.activities.at(j);
    // Without one-off changes, times and venues are known per rule: most pairs end here.
    const bool changed = hasChanges(programme, a.id) || hasChanges(programme, b.id);
    if (!changed && !overlaps({a.start, a.end, {}}, {b.start, b.end, {}}))
        return std::nullopt;
    QList<QDate> dates;
    for (const RecurrenceRule& ruleA : a.rules)
        for (const RecurrenceRule& ruleB : b.rules)
            if (changed || VenueClashes::samePlace(a.venueFor(ruleA), b.venueFor(ruleB),
                                                   programme.organisation))
                commonDates(ruleA, ruleB, anchor, dates);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    for (const QDate& date : dates) {
        const std::optional<Slot> slotA = slotOn(programme, a, date);
        const std::optional<Slot> slotB = slotOn(programme, b, date);
        if (slotA && slotB && overlaps(*slotA, *slotB) &&
            VenueClashes::samePlace(slotA->venue, slotB->venue, programme.organisation))
            return VenueClash{i, j, date, slotA->venue};
    }
    return std::nullopt;
}

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

/// A comparable name of the place, or empty when it cannot be compared.
QString placeKey(const Venue& venue, const Organisation& organisation)
{
    // The organisation stands for itself even before its address is filled in.
    static const QString atOrganisation = QStringLiteral("\u0001organisation");
    switch (venue.kind) {
    case Venue::Kind::OrganisationAddress:
        return atOrganisation;
    case Venue::Kind::Place: {
        const QString place = folded(venue.place);
        if (place.isEmpty())
            return {};
        if (place == folded(organisation.address) || place == folded(organisation.shortAddress))
            return atOrganisation;
        return place;
    }
    case Venue::Kind::AnnouncedThatWeek:
        return {};
    }
    return {};
}

} // namespace

bool VenueClashes::samePlace(const Venue& a, const Venue& b, const Organisation& organisation)
{
    const QString keyA = placeKey(a, organisation);
    return !keyA.isEmpty() && keyA == placeKey(b, organisation);
}

QList<VenueClash> VenueClashes::find(const Programme& programme, const QDate& anchor)
{
    QList<VenueClash> clashes;
    const qsizetype count = programme.activities.size();
    for (qsizetype i = 0; i < count; ++i)
        for (qsizetype j = i + 1; j < count; ++j)
            if (std::optional<VenueClash> clash = firstClash(programme, i, j, anchor))
                clashes.append(*clash);
    return clashes;
}

} // namespace kotva
