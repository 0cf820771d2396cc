#include "core/session/ContactRepository.h"

#include "core/session/ContactReader.h"
#include "core/session/ContactReference.h"
#include "core/session/KindLists.h"
#include "core/session/OutcomeTopics.h"
#include "core/session/SessionSql.h"
#include "core/storage/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva {

using namespace kotva::sessionsql;

namespace {

QString authorName(Author author)
{
    return author == Author::Worker ? QStringLiteral("worker") : QStringLiteral("client");
}

int riskRank(RiskLevel level)
{
    return static_cast<int>(level);
}

/// A reference no contact in the vault has yet. Four characters give about a million
/// codes; should the vault ever be that crowded, longer ones take over.
Result<QString> freshReference(QSqlDatabase db)
{
    QSqlQuery query(db);
    for (int attempt = 0; attempt < 64; ++attempt) {
        const QString candidate = ContactReference::generate(
            attempt < 16 ? ContactReference::ShortLength : ContactReference::LongLength);
        if (!run(query, QStringLiteral("SELECT 1 FROM contacts WHERE reference = ?"), {candidate}))
            return databaseError(query.lastError());
        if (!query.next())
            return candidate;
    }
    return fail(ErrorCode::Internal, QStringLiteral("no free contact reference"));
}

/// The next turn id, above every message too: a turn's text is stored in `messages`
/// under the turn's id, and messages written without a turn must not collide with it.
Result<TurnId> nextTurnId(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM turns), 0), "
                                   "coalesce((SELECT max(id) FROM messages), 0))")) ||
        !query.next())
        return databaseError(query.lastError());
    return query.value(0).toLongLong() + 1;
}

} // namespace

ContactRepository::ContactRepository(Vault& vault)
    : m_vault(vault)
{}

Result<QList<Contact>> ContactRepository::contacts(const ContactFilter& filter,
                                                   const QString& visibleTo) const
{
    return ContactReader(m_vault.database(), m_vault.retention()).list(filter, visibleTo);
}

Result<QString> ContactRepository::ownerOf(ContactId id) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT member FROM contacts WHERE id = ?"), {id}))
        return databaseError(query.lastError());
    if (!query.next())
        return contactNotFound();
    return query.value(0).toString();
}

Status ContactRepository::assignUnowned(const QString& member)
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("UPDATE contacts SET member = ? WHERE member = '' AND channel <> ?"),
             {member, channelName(Channel::Email)}))
        return databaseError(query.lastError());
    return {};
}

Result<Contact> ContactRepository::contact(ContactId id) const
{
    return ContactReader(m_vault.database(), m_vault.retention()).one(id);
}

Result<QList<Turn>> ContactRepository::turns(ContactId id) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    // The text is NULL once the message retention removed it: the turn stays.
    if (!run(query,
             QStringLiteral("SELECT t.id, t.author, t.risk, t.signals, t.boundary, t.redacted, "
                            "t.sent_despite_boundary, t.created_at, m.body FROM turns t "
                            "LEFT JOIN messages m ON m.id = t.id WHERE t.contact_id = ? "
                            "ORDER BY t.id"),
             {id}))
        return databaseError(query.lastError());
    QList<Turn> turns;
    const QString worker = QStringLiteral("worker");
    while (query.next()) {
        Turn turn;
        turn.id = query.value(0).toLongLong();
        turn.contactId = id;
        turn.author = query.value(1).toString() == worker ? Author::Worker : Author::Client;
        turn.risk =
            kindlists::riskLevelFromName(query.value(2).toString()).value_or(RiskLevel::None);
        turn.signalKinds = kindlists::signalKinds(query.value(3).toString());
        turn.boundaryRules = kindlists::boundaryRules(query.value(4).toString());
        turn.redactedKinds = kindlists::piiKinds(query.value(5).toString());
        turn.sentDespiteBoundary = query.value(6).toInt() != 0;
        turn.createdAtUtc = fromSecs(query.value(7).toLongLong());
        turn.textExpired = query.isNull(8);
        if (!turn.textExpired)
            turn.text = query.value(8).toString();
        turns.append(std::move(turn));
    }
    if (query.lastError().isValid())
        return databaseError(query.lastError());
    return turns;
}

Result<Contact> ContactRepository::insertContact(const QString& pseudonym, Channel channel,
                                                 ContractWish wish, const QDateTime& atUtc,
                                                 std::optional<Register> addressForm,
                                                 const QString& member)
{
    QSqlDatabase db = m_vault.database();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    const Result<QString> reference = freshReference(db);
    if (!reference)
        return std::unexpected(reference.error());
    const qint64 at = toSecs(atUtc);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO contacts (reference, pseudonym, channel, state, "
                            "created_at, last_activity, address_form, member) "
                            "VALUES (?, ?, ?, 'open', ?, ?, ?, ?)"),
             {*reference, pseudonym, channelName(channel), at, at,
              !addressForm                         ? QVariant(QMetaType(QMetaType::QString))
              : *addressForm == Register::Informal ? QVariant(QStringLiteral("ty"))
                                                   : QVariant(QStringLiteral("vy")),
              member}))
        return databaseError(query.lastError());
    const ContactId id = query.lastInsertId().toLongLong();
    if (!run(query,
             QStringLiteral("INSERT INTO contact_contracts (contact_id, wish, created_at) "
                            "VALUES (?, ?, ?)"),
             {id, contractWishName(wish), at}))
        return databaseError(query.lastError());
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    return contact(id);
}

Result<Turn> ContactRepository::insertTurn(const Turn& turn)
{
    QSqlDatabase db = m_vault.database();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    const Result<TurnId> id = nextTurnId(db);
    if (!id)
        return std::unexpected(id.error());
    const qint64 at = toSecs(turn.createdAtUtc);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("INSERT INTO turns (id, contact_id, author, risk, signals, boundary, "
                            "redacted, sent_despite_boundary, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {*id, turn.contactId, authorName(turn.author), riskLevelName(turn.risk),
              kindlists::encode(turn.signalKinds), kindlists::encode(turn.boundaryRules),
              kindlists::encode(turn.redactedKinds), turn.sentDespiteBoundary ? 1 : 0, at}))
        return databaseError(query.lastError());
    if (!run(query,
             QStringLiteral("INSERT INTO messages (id, contact_id, author, body, created_at) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {*id, turn.contactId, authorName(turn.author), turn.text, at}))
        return databaseError(query.lastError());
    // The list reads these from the contact row instead of aggregating over every turn.
    const int rank = turn.author == Author::Client ? riskRank(turn.risk) : 0;
    if (!run(query,
             QStringLiteral("UPDATE contacts SET turn_count = turn_count + 1, "
                            "last_activity = max(coalesce(last_activity, created_at), ?), "
                            "had_boundary = max(had_boundary, ?), "
                            "highest_risk = CASE WHEN ? > (CASE highest_risk WHEN 'acute' THEN 2 "
                            "WHEN 'concern' THEN 1 ELSE 0 END) THEN ? ELSE highest_risk END "
                            "WHERE id = ?"),
             {at, turn.boundaryRules.isEmpty() ? 0 : 1, rank,
              riskLevelName(static_cast<RiskLevel>(rank)), turn.contactId}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    Turn stored = turn;
    stored.id = *id;
    stored.createdAtUtc = fromSecs(at);
    stored.textExpired = false;
    return stored;
}

Status ContactRepository::updateAddressForm(ContactId id, Register form)
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("UPDATE contacts SET address_form = ? WHERE id = ?"),
             {form == Register::Informal ? QStringLiteral("ty") : QStringLiteral("vy"), id}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    return {};
}

Status ContactRepository::insertContractChange(ContactId id, ContractWish wish,
                                               const QDateTime& atUtc)
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO contact_contracts (contact_id, wish, created_at) "
                            "SELECT id, ?, ? FROM contacts WHERE id = ?"),
             {contractWishName(wish), toSecs(atUtc), id}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    return {};
}

Status ContactRepository::insertStoppedTopic(ContactId id, const QString& label,
                                             const QDateTime& atUtc)
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO contact_stops (contact_id, label, created_at) "
                            "SELECT id, ?, ? FROM contacts WHERE id = ?"),
             {label, toSecs(atUtc), id}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    return {};
}

Status ContactRepository::markReferralGiven(ContactId id)
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("UPDATE contacts SET referral_given = 1 WHERE id = ?"), {id}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    return {};
}

Status ContactRepository::close(ContactId id, const ContactOutcome& outcome, const QDateTime& atUtc)
{
    QSqlDatabase db = m_vault.database();
    Transaction transaction(db);
    if (Status s = transaction.begin(); !s)
        return s;
    const qint64 at = toSecs(atUtc);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("UPDATE contacts SET state = 'closed', closed_at = ? WHERE id = ?"),
             {at, id}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    const QByteArray topics =
        QJsonDocument(QJsonArray::fromStringList(outcome.topics)).toJson(QJsonDocument::Compact);
    if (!run(query,
             QStringLiteral("INSERT OR REPLACE INTO contact_outcomes (contact_id, topics, "
                            "referral_given, bring_to_supervision, created_at) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {id, QString::fromUtf8(topics), outcome.referralGiven ? 1 : 0,
              outcome.bringToSupervision ? 1 : 0, at}))
        return databaseError(query.lastError());
    return transaction.commit();
}

Status ContactRepository::remove(ContactId id)
{
    QSqlDatabase db = m_vault.database();
    QSqlQuery query(db);
    // The foreign keys cascade to the contact's turns, texts, contract, stops and outcome.
    if (!run(query, QStringLiteral("DELETE FROM contacts WHERE id = ?"), {id}))
        return databaseError(query.lastError());
    if (query.numRowsAffected() != 1)
        return contactNotFound();
    sql::wipeDeletedFromLog(db);
    return {};
}

Result<QStringList> ContactRepository::outcomeTopics() const
{
    return outcometopics::load(m_vault);
}

Status ContactRepository::setOutcomeTopics(const QStringList& topics)
{
    return outcometopics::store(m_vault, topics);
}

Status ContactRepository::insertRecord(const QString& kind, const QVariantMap& details,
                                       const QDateTime& atUtc)
{
    const QByteArray json =
        QJsonDocument(QJsonObject::fromVariantMap(details)).toJson(QJsonDocument::Compact);
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO records (kind, details, created_at) VALUES (?, ?, ?)"),
             {kind, QString::fromUtf8(json), toSecs(atUtc)}))
        return databaseError(query.lastError());
    return {};
}

} // namespace kotva
