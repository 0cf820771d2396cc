#pragma once

#include "core/schedule/Organisation.h"

#include <QString>

#include <optional>

namespace kotva {

/// Where an activity takes place.
struct Venue
{
    enum class Kind {
        OrganisationAddress, ///< at the organisation (Organisation::address)
        Place,               ///< somewhere else, given in `place`
        AnnouncedThatWeek,   ///< decided and announced in the week of the event (Friday clubs)
    };

    Kind kind = Kind::OrganisationAddress;
    QString place; ///< only for Kind::Place

    static Venue organisation() { return {Kind::OrganisationAddress, {}}; }
    static Venue at(QString where) { return {Kind::Place, std::move(where)}; }
    static Venue announced() { return {Kind::AnnouncedThatWeek, {}}; }

    /// Full text for print and iCalendar LOCATION ("Svatoslavova 260/14, 140 00 Praha 4",
    /// or the translated "venue announced that week").
    [[nodiscard]] QString describe(const Organisation& organisation) const;
    /// Compact text for chat posts (Organisation::compactAddress for the organisation).
    [[nodiscard]] QString describeShort(const Organisation& organisation) const;

    /// "organisation", "place", "announced" — used by the JSON file and the vault.
    [[nodiscard]] static QString kindName(Kind kind);
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString& name);

    friend bool operator==(const Venue&, const Venue&) = default;
};

} // namespace kotva
