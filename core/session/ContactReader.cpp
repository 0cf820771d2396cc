#include "core/session/ContactReader.h"

#include "core/session/KindLists.h"
#include "core/session/SessionSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace kotva {

using namespace kotva::sessionsql;

namespace {

enum Column {
    Id,
    Reference,
    Pseudonym,
    ChannelColumn,
    State,
    CreatedAt,
    Activity,
    ClosedAt,
    TurnCount,
    HighestRisk,
    HadBoundary,
    ReferralGiven,
    OldestText,
    AddressFormColumn,
};

// The oldest message of a contact comes from the (contact_id, created_at) index of
// migration 4, so the list costs the same whatever the length of the conversations.
const QString SelectContacts = QStringLiteral(
    "SELECT c.id, c.reference, c.pseudonym, c.channel, c.state, c.created_at, "
    "coalesce(c.last_activity, c.created_at) AS activity, c.closed_at, c.turn_count, "
    "c.highest_risk, c.had_boundary, c.referral_given, "
    "(SELECT min(m.created_at) FROM messages m WHERE m.contact_id = c.id), "
    "c.address_form "
    "FROM contacts c");

Contact contactFrom(const QSqlQuery& query, const RetentionPolicy& retention)
{
    Contact contact;
    contact.id = query.value(Id).toLongLong();
    contact.reference = query.value(Reference).toString();
    contact.pseudonym = query.value(Pseudonym).toString();
    contact.channel =
        channelFromName(query.value(ChannelColumn).toString()).value_or(Channel::Chat);
    contact.state =
        contactStateFromName(query.value(State).toString()).value_or(ContactState::Open);
    contact.createdAtUtc = fromSecs(query.value(CreatedAt).toLongLong());
    contact.lastActivityUtc = fromSecs(query.value(Activity).toLongLong());
    if (!query.isNull(ClosedAt))
        contact.closedAtUtc = fromSecs(query.value(ClosedAt).toLongLong());
    contact.turnCount = query.value(TurnCount).toInt();
    contact.highestRisk =
        kindlists::riskLevelFromName(query.value(HighestRisk).toString()).value_or(RiskLevel::None);
    contact.hadBoundaryFinding = query.value(HadBoundary).toInt() != 0;
    contact.referralGiven = query.value(ReferralGiven).toInt() != 0;
    // Both run out by the purge's rules (ExpiredContent.cpp): the text at the earlier of
    // its own expiry and its contact's.
    contact.recordExpiresAtUtc = contact.createdAtUtc.addMonths(retention.recordMonths);
    if (!query.isNull(OldestText)) {
        const QDateTime text =
            fromSecs(query.value(OldestText).toLongLong()).addDays(retention.messageDays);
        contact.textExpiresAtUtc = std::min(text, contact.recordExpiresAtUtc);
    }
    const QString form = query.value(AddressFormColumn).toString();
    if (form == QLatin1String("ty"))
        contact.addressForm = Register::Informal;
    else if (form == QLatin1String("vy"))
        contact.addressForm = Register::Formal;
    return contact;
}

/// Index of each contact in the list by id, to attach the rows of the other tables.
QHash<ContactId, qsizetype> indexById(const QList<Contact>& contacts)
{
    QHash<ContactId, qsizetype> index;
    index.reserve(contacts.size());
    for (qsizetype i = 0; i < contacts.size(); ++i)
        index.insert(contacts.at(i).id, i);
    return index;
}

QString childWhere(const QString& where)
{
    // The child tables are filtered by the same condition on their contact.
    return where.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE contact_id IN (SELECT c.id FROM contacts c") + where + u')';
}

} // namespace

ContactReader::ContactReader(QSqlDatabase db, const RetentionPolicy& retention)
    : m_db(std::move(db))
    , m_retention(retention)
{}

Result<QList<Contact>> ContactReader::list(const ContactFilter& filter,
                                           const QString& visibleTo) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.channel) {
        conditions << QStringLiteral("c.channel = ?");
        values << channelName(*filter.channel);
    }
    if (filter.state) {
        conditions << QStringLiteral("c.state = ?");
        values << contactStateName(*filter.state);
    }
    if (!visibleTo.isEmpty()) {
        conditions << QStringLiteral("(c.member = '' OR c.member = ?)");
        values << visibleTo;
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return read(where, values);
}

Result<Contact> ContactReader::one(ContactId id) const
{
    const Result<QList<Contact>> found = read(QStringLiteral(" WHERE c.id = ?"), {id});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return contactNotFound();
    return found->constFirst();
}

Result<QList<Contact>> ContactReader::read(const QString& where, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, SelectContacts + where + QStringLiteral(" ORDER BY activity DESC, c.id DESC"),
             values))
        return databaseError(query.lastError());
    QList<Contact> contacts;
    while (query.next())
        contacts.append(contactFrom(query, m_retention));
    if (contacts.isEmpty())
        return contacts;
    if (Status s = addContracts(contacts, where, values); !s)
        return std::unexpected(s.error());
    if (Status s = addStops(contacts, where, values); !s)
        return std::unexpected(s.error());
    if (Status s = addOutcomes(contacts, where, values); !s)
        return std::unexpected(s.error());
    return contacts;
}

Status ContactReader::addContracts(QList<Contact>& contacts, const QString& where,
                                   const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT contact_id, wish, created_at FROM contact_contracts") +
                 childWhere(where) + QStringLiteral(" ORDER BY contact_id, id"),
             values))
        return databaseError(query.lastError());
    const auto index = indexById(contacts);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        contacts[*at].contract.append(
            {contractWishFromName(query.value(1).toString()).value_or(ContractWish::NotSaidYet),
             fromSecs(query.value(2).toLongLong())});
    }
    // The header promises a contract that is never empty (rows written by older code
    // or the storage tests have none).
    for (Contact& contact : contacts) {
        if (contact.contract.isEmpty())
            contact.contract.append({ContractWish::NotSaidYet, contact.createdAtUtc});
    }
    return {};
}

Status ContactReader::addStops(QList<Contact>& contacts, const QString& where,
                               const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT contact_id, label, created_at FROM contact_stops") +
                 childWhere(where) + QStringLiteral(" ORDER BY contact_id, id"),
             values))
        return databaseError(query.lastError());
    const auto index = indexById(contacts);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at != index.constEnd())
            contacts[*at].stoppedTopics.append(
                {query.value(1).toString(), fromSecs(query.value(2).toLongLong())});
    }
    return {};
}

Status ContactReader::addOutcomes(QList<Contact>& contacts, const QString& where,
                                  const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT contact_id, topics, referral_given, bring_to_supervision "
                            "FROM contact_outcomes") +
                 childWhere(where),
             values))
        return databaseError(query.lastError());
    const auto index = indexById(contacts);
    while (query.next()) {
        const auto at = index.constFind(query.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        ContactOutcome outcome;
        const QJsonArray topics =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).array();
        for (const QJsonValue& topic : topics)
            outcome.topics.append(topic.toString());
        outcome.referralGiven = query.value(2).toInt() != 0;
        outcome.bringToSupervision = query.value(3).toInt() != 0;
        contacts[*at].outcome = outcome;
    }
    return {};
}

} // namespace kotva
