#pragma once

// One contact as the vault keeps it.

#include "core/analysis/Findings.h"
#include "core/common/ScriptLanguage.h"
#include "core/session/SessionTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kotva {

using ContactId = qint64;

/// One change of what the client wants; the first one is the contract the contact opened with.
struct ContractChange
{
    ContractWish wish = ContractWish::NotSaidYet;
    QDateTime atUtc;
};

/// A topic the client stopped (their right to say STOP at any time). The label is short,
/// may be empty ("the current topic"), and is redacted before it is stored.
struct StoppedTopic
{
    QString label;
    QDateTime atUtc;
};

/// How a contact ended: topics from the organisation's list, whether a referral was given,
/// whether the worker brings it to supervision.
struct ContactOutcome
{
    QStringList topics;
    bool referralGiven = false;
    bool bringToSupervision = false;
};

/// A contact (a session under the client's pseudonym). Nothing in it identifies the client.
struct Contact
{
    ContactId id = 0;
    /// An anonymous reference ("K-4F7Q") that a supervision note may carry instead of
    /// anything about the client; random, unique within the vault.
    QString reference;
    QString pseudonym; ///< a first name or pseudonym; never a surname (redacted on save)
    Channel channel = Channel::Chat;
    ContactState state = ContactState::Open;
    QDateTime createdAtUtc;
    QDateTime lastActivityUtc; ///< the newest turn, else createdAtUtc; the list sorts by it
    std::optional<QDateTime> closedAtUtc;
    QList<ContractChange> contract; ///< oldest first; never empty
    QList<StoppedTopic> stoppedTopics;
    std::optional<ContactOutcome> outcome; ///< set once closed
    int turnCount = 0;
    RiskLevel highestRisk = RiskLevel::None; ///< over the client's turns
    bool hadBoundaryFinding = false;         ///< any boundary finding on any turn
    bool referralGiven = false;              ///< "referral given" was pressed at least once
    /// When the oldest stored message text goes (empty when no text is stored).
    std::optional<QDateTime> textExpiresAtUtc;
    /// When the contact itself and everything about it goes (at most 12 months).
    QDateTime recordExpiresAtUtc;
    /// Tykání or vykání, once the worker chose it; until then the client's words suggest it.
    std::optional<Register> addressForm;

    /// What the contact is called on screen: the pseudonym, or its reference once the
    /// pseudonym expired with the message text.
    [[nodiscard]] QString displayName() const
    {
        return pseudonym.isEmpty() ? reference : pseudonym;
    }

    [[nodiscard]] ContractWish currentWish() const
    {
        return contract.isEmpty() ? ContractWish::NotSaidYet : contract.constLast().wish;
    }
};

/// What the contact list asks for; empty optionals mean "any".
struct ContactFilter
{
    std::optional<Channel> channel;
    std::optional<ContactState> state;
};

} // namespace kotva
