#pragma once

// The SQL for contacts and their turns.
// It stores what it is given; deciding what may be stored (redaction) is SessionService's
// job, so nothing but SessionService writes through it.
//
// Tables: the session module's schema part (SessionSchema.cpp), which also names the
// retention of each, so the purge expires turns, contract changes, stopped topics and
// outcomes with their contact. A turn's text lives in `messages` under the turn's id, so the
// message retention removes the text and leaves the turn.

#include "core/common/Error.h"
#include "core/session/Contact.h"
#include "core/session/Turn.h"

#include <QList>
#include <QStringList>

namespace kotva {

class Vault;

class ContactRepository final
{
public:
    explicit ContactRepository(Vault& vault);

    /// Newest activity first.
    /// `visibleTo`: a team vault's member, who sees their own contacts and the shared ones
    /// (the e-mail inbox's); empty: every contact.
    [[nodiscard]] Result<QList<Contact>> contacts(const ContactFilter& filter = {},
                                                  const QString& visibleTo = {}) const;
    [[nodiscard]] Result<Contact> contact(ContactId id) const;
    /// Oldest first; 5,000 turns load in well under 100 ms (tests/bench/session).
    [[nodiscard]] Result<QList<Turn>> turns(ContactId id) const;

    /// `member`: the team vault's member whose contact it is (empty: shared, or no team).
    Result<Contact> insertContact(const QString& pseudonym, Channel channel, ContractWish wish,
                                  const QDateTime& atUtc,
                                  std::optional<Register> addressForm = std::nullopt,
                                  const QString& member = {});
    /// Whose the contact is (empty: shared, or no team); NotFound when it is gone.
    [[nodiscard]] Result<QString> ownerOf(ContactId id) const;
    /// The contacts of a vault's one person become the member's who made it a team vault
    /// (e-mail stays the team inbox's).
    Status assignUnowned(const QString& member);
    /// Stores the turn (text already redacted) and returns it with its id.
    Result<Turn> insertTurn(const Turn& turn);
    Status insertContractChange(ContactId id, ContractWish wish, const QDateTime& atUtc);
    Status updateAddressForm(ContactId id, Register form);
    Status insertStoppedTopic(ContactId id, const QString& label, const QDateTime& atUtc);
    Status markReferralGiven(ContactId id);
    Status close(ContactId id, const ContactOutcome& outcome, const QDateTime& atUtc);
    /// Deletes the contact and everything about it at once (the worker's "delete now").
    Status remove(ContactId id);

    /// The organisation's list of outcome topics (editable; a default list on a new vault).
    [[nodiscard]] Result<QStringList> outcomeTopics() const;
    Status setOutcomeTopics(const QStringList& topics);

    /// An anonymised operational record (records table): kind and flat details, never
    /// anything that links it to a contact or its text.
    Status insertRecord(const QString& kind, const QVariantMap& details, const QDateTime& atUtc);

private:
    Vault& m_vault;
};

} // namespace kotva
