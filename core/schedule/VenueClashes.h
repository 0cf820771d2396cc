#pragma once

#include "core/schedule/Venue.h"

#include <QDate>
#include <QList>

namespace kotva {

struct Programme;

/// Two activities that take place at the same venue at overlapping times on one date.
struct VenueClash
{
    qsizetype first = -1;  ///< index into Programme::activities
    qsizetype second = -1; ///< index into Programme::activities, after `first`
    QDate date;            ///< one date on which they clash (the earliest one found)
    Venue venue;           ///< where (as `first` meets there that day)

    friend bool operator==(const VenueClash&, const VenueClash&) = default;
};

/// Finds activities that would meet in the same room at the same time. An occurrence counts
/// as it will really take place: recurring ones on a public holiday, and manually cancelled
/// ones, do not clash; a one-off change of time or venue is applied. A venue announced that
/// week never clashes (nobody knows it yet).
///
/// Only dates on which both activities' rules meet are looked at, and a recurring pair over a
/// bounded horizon: from the later of the two rules' validFrom (or the earlier validUntil
/// minus the horizon, or `anchor` when both rules are open-ended) for HorizonDays days.
/// Every pattern the rules can express (weekday, ISO-week parity, nth weekday of the month)
/// repeats within that time, so a clash that ever happens is found.
class VenueClashes final
{
public:
    VenueClashes() = delete;

    static constexpr int HorizonDays = 371; ///< 53 weeks

    /// At most one clash per pair of activities, ordered by `first` then `second`.
    [[nodiscard]] static QList<VenueClash> find(const Programme& programme, const QDate& anchor);

    /// True when both venues name the same known place: both at the organisation, or the same
    /// place text (ignoring case and spacing), or a place text equal to the organisation's
    /// address or short address. Announced venues and empty place texts are never the same.
    [[nodiscard]] static bool samePlace(const Venue& a, const Venue& b,
                                        const Organisation& organisation);
};

} // namespace kotva
