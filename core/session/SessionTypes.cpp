#include "core/session/SessionTypes.h"

#include "core/common/EnumNames.h"

#include <QCoreApplication>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SessionTypes)
};

} // namespace

QList<Channel> allChannels()
{
    return {Channel::Chat,      Channel::Email,    Channel::Phone,
            Channel::Messaging, Channel::InPerson, Channel::Group};
}

QList<ContractWish> allContractWishes()
{
    return {ContractWish::JustBeHeard, ContractWish::SimilarExperience, ContractWish::FindSolution,
            ContractWish::HereAndNow,  ContractWish::GroupRelations,    ContractWish::NotSaidYet};
}

// The names below are stored in the vault: never rename them.

QString channelName(Channel channel)
{
    switch (channel) {
    case Channel::Chat:
        return QStringLiteral("chat");
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Messaging:
        return QStringLiteral("messaging");
    case Channel::InPerson:
        return QStringLiteral("in_person");
    case Channel::Group:
        return QStringLiteral("group");
    }
    return QStringLiteral("chat");
}

QString contractWishName(ContractWish wish)
{
    switch (wish) {
    case ContractWish::JustBeHeard:
        return QStringLiteral("just_be_heard");
    case ContractWish::SimilarExperience:
        return QStringLiteral("similar_experience");
    case ContractWish::FindSolution:
        return QStringLiteral("find_solution");
    case ContractWish::HereAndNow:
        return QStringLiteral("here_and_now");
    case ContractWish::GroupRelations:
        return QStringLiteral("group_relations");
    case ContractWish::NotSaidYet:
        return QStringLiteral("not_said_yet");
    }
    return QStringLiteral("not_said_yet");
}

QString contactStateName(ContactState state)
{
    return state == ContactState::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

std::optional<Channel> channelFromName(const QString& name)
{
    return enumFromName(allChannels(), name, &channelName);
}

std::optional<ContractWish> contractWishFromName(const QString& name)
{
    return enumFromName(allContractWishes(), name, &contractWishName);
}

std::optional<ContactState> contactStateFromName(const QString& name)
{
    return enumFromName({ContactState::Open, ContactState::Closed}, name, &contactStateName);
}

QString channelLabel(Channel channel)
{
    switch (channel) {
    case Channel::Chat:
        return Tr::tr("Chat");
    case Channel::Email:
        return Tr::tr("E-mail");
    case Channel::Phone:
        return Tr::tr("Phone");
    case Channel::Messaging:
        return Tr::tr("SMS / Messenger");
    case Channel::InPerson:
        return Tr::tr("In person");
    case Channel::Group:
        return Tr::tr("Group");
    }
    return {};
}

QString contractWishLabel(ContractWish wish)
{
    switch (wish) {
    case ContractWish::JustBeHeard:
        return Tr::tr("Just be heard");
    case ContractWish::SimilarExperience:
        return Tr::tr("Hear a similar experience");
    case ContractWish::FindSolution:
        return Tr::tr("Help find a solution");
    case ContractWish::HereAndNow:
        return Tr::tr("Share what is happening here and now");
    case ContractWish::GroupRelations:
        return Tr::tr("Relations in the group");
    case ContractWish::NotSaidYet:
        return Tr::tr("Not said yet");
    }
    return {};
}

QString contactStateLabel(ContactState state)
{
    return state == ContactState::Closed ? Tr::tr("Closed") : Tr::tr("Open");
}

} // namespace kotva
