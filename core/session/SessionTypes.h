#pragma once

// The words a contact is described with.
// The stable names (channelName, …) are what the vault stores; the labels are for people.

#include <QList>
#include <QString>

#include <optional>

namespace kotva {

/// How the client reached the service.
enum class Channel { Chat, Email, Phone, Messaging, InPerson, Group };

/// What the client wants from this contact today (seed 002); it may change during the contact.
enum class ContractWish {
    JustBeHeard,
    SimilarExperience,
    FindSolution,
    HereAndNow,
    GroupRelations,
    NotSaidYet,
};

enum class ContactState { Open, Closed };

[[nodiscard]] QList<Channel> allChannels();
[[nodiscard]] QList<ContractWish> allContractWishes();

/// Stable names stored in the vault ("chat", "in_person", "just_be_heard", "open", …).
[[nodiscard]] QString channelName(Channel channel);
[[nodiscard]] QString contractWishName(ContractWish wish);
[[nodiscard]] QString contactStateName(ContactState state);
[[nodiscard]] std::optional<Channel> channelFromName(const QString& name);
[[nodiscard]] std::optional<ContractWish> contractWishFromName(const QString& name);
[[nodiscard]] std::optional<ContactState> contactStateFromName(const QString& name);

/// Labels in the UI language ("Chat", "Osobně", "Jen být vyslechnut/a", …).
[[nodiscard]] QString channelLabel(Channel channel);
[[nodiscard]] QString contractWishLabel(ContractWish wish);
[[nodiscard]] QString contactStateLabel(ContactState state);

} // namespace kotva
