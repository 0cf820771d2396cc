#pragma once

// Everything a worker does with a contact goes
// through here, so that the rules hold whatever the UI does: text is analysed and redacted
// before it is stored, the original is never stored, and the decisions that supervision
// counts are recorded anonymously.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/session/Contact.h"
#include "core/session/ContactRepository.h"
#include "core/session/Turn.h"
#include "core/team/AccessGate.h"

namespace kotva {

class Vault;

/// What the worker fills in when a contact starts.
struct NewContact
{
    Channel channel = Channel::Chat;
    QString pseudonym;
    ContractWish wish = ContractWish::NotSaidYet;
};

/// What a pseudonym looks like to the analysis.
struct PseudonymCheck
{
    bool looksLikeFullName = false; ///< a surname or other personal data was found
    QString storedAs;               ///< what would be stored (personal data removed, trimmed)
};

class SessionService final
{
public:
    SessionService(Vault& vault, const Analyzer& analyzer, const Clock& clock = Clock::system());

    /// For the new-contact dialog's live warning; no I/O.
    [[nodiscard]] PseudonymCheck checkPseudonym(const QString& pseudonym) const;

    /// Stores the contact with the pseudonym's personal data removed; InvalidArgument when
    /// nothing usable is left (empty, or only a surname).
    Result<Contact> openContact(const NewContact& contact);

    /// Analyses the text, stores the redacted text and what was found (kinds only), and
    /// records anonymised events (a crisis level reached). `sentDespiteBoundary` is for a
    /// worker's turn the worker chose to send although it crosses a rule: it is kept on the
    /// turn and counted anonymously (record "boundary_override" with the rules).
    /// InvalidArgument for empty text or a closed contact.
    Result<SavedTurn> addTurn(ContactId contact, Author author, const QString& text,
                              bool sentDespiteBoundary = false);

    Status changeContract(ContactId contact, ContractWish wish);
    /// The worker chose how the client is addressed (tykání or vykání); scripts and answers
    /// for the contact follow it from now on.
    Status setAddressForm(ContactId contact, Register form);
    /// The client said STOP; label may be empty. The label is redacted before storing.
    Status stopTopic(ContactId contact, const QString& label = {});
    /// The worker gave the client the referral (record "referral_given" with the level only).
    Status recordReferralGiven(ContactId contact, RiskLevel level);
    /// Closes the contact with its outcome (record "contact_closed": channel, wish, topics,
    /// referral given, highest risk — no pseudonym, no text).
    Status closeContact(ContactId contact, const ContactOutcome& outcome);
    Status deleteContact(ContactId contact);

    /// Reading what is stored: newest activity first; one contact; its turns, oldest first.
    [[nodiscard]] Result<QList<Contact>> contacts(const ContactFilter& filter = {}) const;
    [[nodiscard]] Result<Contact> contact(ContactId id) const;
    [[nodiscard]] Result<QList<Turn>> turns(ContactId id) const;
    /// The organisation's list of outcome topics (a default list on a new vault).
    [[nodiscard]] Result<QStringList> outcomeTopics() const { return m_repository.outcomeTopics(); }
    Status setOutcomeTopics(const QStringList& topics)
    {
        return m_repository.setOutcomeTopics(topics);
    }
    /// A team vault's member sees and changes only their own contacts and the shared ones
    /// (e-mail); the contacts they open are theirs. Empty (a vault of one person): all.
    void setOwner(const QString& memberId);
    /// When a vault becomes a team vault: the one person's contacts become the founding
    /// member's (setOwner() first); e-mail stays the team inbox's.
    Status adoptUnownedContacts() { return m_repository.assignUnowned(m_owner); }
    [[nodiscard]] const Analyzer& analyzer() const { return m_analyzer; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    /// Longest pseudonym, turn text and STOP label accepted (a pasted e-mail fits easily).
    static constexpr qsizetype MaxPseudonymLength = 60;
    static constexpr qsizetype MaxTurnLength = 200000;
    static constexpr qsizetype MaxStopLabelLength = 200;

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    /// The role allows client work, and the contact is this member's or shared.
    [[nodiscard]] Status mayUse(ContactId contact) const;
    /// The contact, or InvalidArgument (in the user's language) when it is closed.
    [[nodiscard]] Result<Contact> openContactById(ContactId contact) const;
    /// The clock's time in whole seconds: what the vault stores and reads back.
    [[nodiscard]] QDateTime now() const;

    Vault& m_vault;
    ContactRepository m_repository;
    const Analyzer& m_analyzer;
    const Clock& m_clock;
    QString m_owner;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
