#include "core/session/SessionService.h"

#include "core/session/KindLists.h"
#include "core/session/OutcomeTopics.h"
#include "core/session/SessionSql.h"
#include "core/session/TextRedaction.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SessionService)
};

QStringList ruleNames(const QList<BoundaryRule>& rules)
{
    QStringList names;
    for (const BoundaryRule rule : rules) {
        if (!names.contains(boundaryRuleName(rule)))
            names.append(boundaryRuleName(rule));
    }
    return names;
}

} // namespace

SessionService::SessionService(Vault& vault, const Analyzer& analyzer, const Clock& clock)
    : m_vault(vault)
    , m_repository(vault)
    , m_analyzer(analyzer)
    , m_clock(clock)
{}

QDateTime SessionService::now() const
{
    return sessionsql::wholeSeconds(m_clock.nowUtc());
}

PseudonymCheck SessionService::checkPseudonym(const QString& pseudonym) const
{
    // A long paste is not a name; analysing only the head keeps the live check cheap.
    const QString text = redaction::normalisedForStorage(pseudonym.left(MaxPseudonymLength * 4));
    const Analysis analysis = m_analyzer.analyze(text, Author::Client);
    PseudonymCheck check;
    check.looksLikeFullName = !analysis.pii.isEmpty();
    check.storedAs = redaction::withoutPersonalData(text, analysis);
    return check;
}

Result<Contact> SessionService::openContact(const NewContact& contact)
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return std::unexpected(allowed.error());
    if (contact.pseudonym.simplified().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Enter the client's first name or a pseudonym."));
    if (contact.pseudonym.simplified().size() > MaxPseudonymLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("A pseudonym can be at most %n character(s) long.", nullptr,
                           int(MaxPseudonymLength)));
    const PseudonymCheck check = checkPseudonym(contact.pseudonym);
    if (check.storedAs.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only personal data was entered (such as a surname or a phone "
                           "number), so nothing can be stored. Enter a first name or a "
                           "pseudonym."));
    // A conversation is the member's who opened it; an e-mail is the team inbox's, which
    // every peer worker answers.
    return m_repository.insertContact(check.storedAs, contact.channel, contact.wish, now(), {},
                                      contact.channel == Channel::Email ? QString() : m_owner);
}

Result<QList<Contact>> SessionService::contacts(const ContactFilter& filter) const
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return std::unexpected(allowed.error());
    return m_repository.contacts(filter, m_owner);
}

Result<Contact> SessionService::contact(ContactId id) const
{
    if (Status allowed = mayUse(id); !allowed)
        return std::unexpected(allowed.error());
    return m_repository.contact(id);
}

Result<QList<Turn>> SessionService::turns(ContactId id) const
{
    if (Status allowed = mayUse(id); !allowed)
        return std::unexpected(allowed.error());
    return m_repository.turns(id);
}

void SessionService::setOwner(const QString& memberId)
{
    m_owner = memberId;
}

Status SessionService::mayUse(ContactId contact) const
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return allowed;
    if (m_owner.isEmpty())
        return {};
    const Result<QString> owner = m_repository.ownerOf(contact);
    if (!owner)
        return std::unexpected(owner.error());
    // Another member's contact is not there for this one: the same answer as a deleted one.
    if (!owner->isEmpty() && *owner != m_owner)
        return sessionsql::contactNotFound();
    return {};
}

Result<Contact> SessionService::openContactById(ContactId contact) const
{
    Result<Contact> found = m_repository.contact(contact);
    if (found && found->state == ContactState::Closed)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This contact is closed; nothing more can be added to it."));
    return found;
}

Result<SavedTurn> SessionService::addTurn(ContactId contact, Author author, const QString& text,
                                          bool sentDespiteBoundary)
{
    if (Status allowed = mayUse(contact); !allowed)
        return std::unexpected(allowed.error());
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("An empty message cannot be saved."));
    if (text.size() > MaxTurnLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This message is too long to save (at most %n character(s)).", nullptr,
                           int(MaxTurnLength)));
    const Result<Contact> current = openContactById(contact);
    if (!current)
        return std::unexpected(current.error());

    // The original text goes no further than this function: only the redacted text and
    // the kinds of what was found are stored.
    SavedTurn saved;
    saved.analysis = m_analyzer.analyze(redaction::normalisedForStorage(text), author);
    const Analysis& analysis = saved.analysis;
    Turn turn;
    turn.contactId = contact;
    turn.author = author;
    turn.text = analysis.redacted;
    turn.createdAtUtc = now();
    // Danger is read in the client's words; a worker asking about it is not a signal.
    if (author == Author::Client) {
        turn.risk = analysis.crisis.level;
        turn.signalKinds = kindlists::signalKindsOf(analysis);
    }
    turn.boundaryRules = kindlists::boundaryRulesOf(analysis);
    turn.redactedKinds = kindlists::piiKindsOf(analysis);
    turn.sentDespiteBoundary =
        author == Author::Worker && sentDespiteBoundary && !turn.boundaryRules.isEmpty();

    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    const Result<Turn> stored = m_repository.insertTurn(turn);
    if (!stored)
        return std::unexpected(stored.error());
    // Counted once per contact and level: the figure is "contacts that reached it".
    if (turn.risk != RiskLevel::None && turn.risk > current->highestRisk) {
        const Status recorded = m_repository.insertRecord(
            QStringLiteral("crisis"), {{QStringLiteral("level"), riskLevelName(turn.risk)}},
            turn.createdAtUtc);
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    if (turn.sentDespiteBoundary) {
        const Status recorded = m_repository.insertRecord(
            QStringLiteral("boundary_override"),
            {{QStringLiteral("rules"), ruleNames(turn.boundaryRules)}}, turn.createdAtUtc);
        if (!recorded)
            return std::unexpected(recorded.error());
    }
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    saved.turn = *stored;
    return saved;
}

Status SessionService::changeContract(ContactId contact, ContractWish wish)
{
    if (Status allowed = mayUse(contact); !allowed)
        return allowed;
    const Result<Contact> current = openContactById(contact);
    if (!current)
        return std::unexpected(current.error());
    if (current->currentWish() == wish)
        return {};
    return m_repository.insertContractChange(contact, wish, now());
}

Status SessionService::setAddressForm(ContactId contact, Register form)
{
    if (Status allowed = mayUse(contact); !allowed)
        return allowed;
    const Result<Contact> current = openContactById(contact);
    if (!current)
        return std::unexpected(current.error());
    if (current->addressForm == form)
        return {};
    return m_repository.updateAddressForm(contact, form);
}

Status SessionService::stopTopic(ContactId contact, const QString& label)
{
    if (Status allowed = mayUse(contact); !allowed)
        return allowed;
    const Result<Contact> current = openContactById(contact);
    if (!current)
        return std::unexpected(current.error());
    const QString clean =
        redaction::normalisedForStorage(label.left(MaxStopLabelLength * 4)).simplified();
    const QString stored = clean.isEmpty()
                               ? QString()
                               : redaction::shortRedacted(m_analyzer.analyze(clean, Author::Client),
                                                          MaxStopLabelLength);
    return m_repository.insertStoppedTopic(contact, stored, now());
}

Status SessionService::recordReferralGiven(ContactId contact, RiskLevel level)
{
    if (Status allowed = mayUse(contact); !allowed)
        return allowed;
    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = m_repository.markReferralGiven(contact); !s)
        return s;
    if (Status s =
            m_repository.insertRecord(QStringLiteral("referral_given"),
                                      {{QStringLiteral("level"), riskLevelName(level)}}, now());
        !s)
        return s;
    return transaction.commit();
}

Status SessionService::closeContact(ContactId contact, const ContactOutcome& outcome)
{
    if (Status allowed = mayUse(contact); !allowed)
        return allowed;
    const Result<Contact> current = m_repository.contact(contact);
    if (!current)
        return std::unexpected(current.error());
    if (current->state == ContactState::Closed)
        return fail(ErrorCode::InvalidArgument, Tr::tr("This contact is already closed."));
    const Result<QStringList> known = m_repository.outcomeTopics();
    if (!known)
        return std::unexpected(known.error());

    // Topics are meant to come from the organisation's list; anything else is free text,
    // so it is redacted for the contact and left out of the anonymised record.
    ContactOutcome stored = outcome;
    stored.topics.clear();
    QStringList recordTopics;
    for (const QString& topic : outcome.topics) {
        const QString clean =
            redaction::normalisedForStorage(topic.left(outcometopics::MaxTopicLength * 4))
                .simplified();
        if (clean.isEmpty())
            continue;
        const QString safe =
            known->contains(clean)
                ? clean
                : redaction::shortRedacted(m_analyzer.analyze(clean, Author::Worker),
                                           outcometopics::MaxTopicLength);
        if (safe.isEmpty() || stored.topics.contains(safe))
            continue;
        stored.topics.append(safe);
        if (known->contains(clean))
            recordTopics.append(clean);
    }

    const QDateTime at = now();
    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = m_repository.close(contact, stored, at); !s)
        return s;
    const QVariantMap details{
        {QStringLiteral("channel"), channelName(current->channel)},
        {QStringLiteral("wish"), contractWishName(current->currentWish())},
        {QStringLiteral("topics"), recordTopics},
        {QStringLiteral("referralGiven"), stored.referralGiven || current->referralGiven},
        {QStringLiteral("highestRisk"), riskLevelName(current->highestRisk)},
    };
    if (Status s = m_repository.insertRecord(QStringLiteral("contact_closed"), details, at); !s)
        return s;
    return transaction.commit();
}

Status SessionService::deleteContact(ContactId contact)
{
    if (Status allowed = mayUse(contact); !allowed)
        return allowed;
    return m_repository.remove(contact);
}

} // namespace kotva
