#include "core/schedule/Venue.h"

#include <QCoreApplication>

namespace kotva {

namespace {

QString announcedText()
{
    return QCoreApplication::translate("kotva::Venue", "venue announced that week");
}

} // namespace

QString Venue::describe(const Organisation& organisation) const
{
    switch (kind) {
    case Kind::OrganisationAddress:
        return organisation.address;
    case Kind::Place:
        return place;
    case Kind::AnnouncedThatWeek:
        return announcedText();
    }
    return {};
}

QString Venue::describeShort(const Organisation& organisation) const
{
    if (kind == Kind::OrganisationAddress)
        return organisation.compactAddress();
    return describe(organisation);
}

QString Venue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::OrganisationAddress:
        return QStringLiteral("organisation");
    case Kind::Place:
        return QStringLiteral("place");
    case Kind::AnnouncedThatWeek:
        return QStringLiteral("announced");
    }
    return {};
}

std::optional<Venue::Kind> Venue::kindFromName(const QString& name)
{
    for (Kind kind : {Kind::OrganisationAddress, Kind::Place, Kind::AnnouncedThatWeek})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

} // namespace kotva
