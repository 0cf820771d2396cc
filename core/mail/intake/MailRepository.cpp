#include "core/mail/intake/MailRepository.h"

#include "core/session/SessionSql.h"
#include "core/storage/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>
#include <utility>

namespace kotva {

using namespace kotva::sessionsql;

namespace {

// Stable names stored in the vault, in the enums' order.
constexpr std::array AckNames{"none",      "pending", "sending",   "sent",
                              "uncertain", "failed",  "not_needed"};
constexpr std::array AnswerNames{"none", "sending", "sent", "uncertain"};
constexpr std::array ServerNames{"inbox", "archived", "deleted"};

template <typename Enum, std::size_t N>
QString nameOf(Enum value, const std::array<const char*, N>& names)
{
    return QString::fromLatin1(names.at(std::size_t(value)));
}

template <typename Enum, std::size_t N>
Enum valueOf(const QString& name, const std::array<const char*, N>& names)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names.at(i)))
            return Enum(i);
    }
    return Enum(0);
}

QVariant optionalSecs(const std::optional<QDateTime>& at)
{
    return at ? QVariant(toSecs(*at)) : QVariant();
}

std::optional<QDateTime> optionalTime(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return fromSecs(value.toLongLong());
}

const QString Columns = QStringLiteral(
    "id, folder, uid_validity, uid, contact_id, automated, received_at, due_at, client_address, "
    "client_message_id, client_references, attachment_count, ack_state, ack_at, answer_state, "
    "answered_at, server_state, client_subject, out_of_scope");

MailRecord readRecord(const QSqlQuery& query)
{
    MailRecord r;
    r.id = query.value(0).toLongLong();
    r.folder = query.value(1).toString();
    r.uidValidity = quint32(query.value(2).toLongLong());
    r.uid = quint32(query.value(3).toLongLong());
    if (!query.value(4).isNull())
        r.contactId = query.value(4).toLongLong();
    r.automated = query.value(5).toBool();
    r.receivedAtUtc = fromSecs(query.value(6).toLongLong());
    r.dueAtUtc = fromSecs(query.value(7).toLongLong());
    r.clientAddress = query.value(8).toString();
    r.clientMessageId = query.value(9).toString().toUtf8();
    const QString references = query.value(10).toString();
    for (const QString& reference : references.split(u' ', Qt::SkipEmptyParts))
        r.clientReferences << reference.toUtf8();
    r.attachmentCount = query.value(11).toInt();
    r.ack = valueOf<AckState>(query.value(12).toString(), AckNames);
    r.ackAtUtc = optionalTime(query.value(13));
    r.answer = valueOf<AnswerState>(query.value(14).toString(), AnswerNames);
    r.answeredAtUtc = optionalTime(query.value(15));
    r.serverCopy = valueOf<ServerCopy>(query.value(16).toString(), ServerNames);
    r.clientSubject = query.value(17).toString();
    r.outOfScope = query.value(18).toBool();
    return r;
}

} // namespace

MailRepository::MailRepository(Vault& vault)
    : m_vault(vault)
{}

Result<std::optional<FolderCursor>> MailRepository::cursor(const QString& folder) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("SELECT uid_validity, next_uid FROM mail_folders WHERE folder = ?"),
             {folder}))
        return databaseError(query.lastError());
    if (!query.next())
        return std::optional<FolderCursor>();
    return std::optional<FolderCursor>(
        FolderCursor{quint32(query.value(0).toLongLong()), quint32(query.value(1).toLongLong())});
}

Status MailRepository::setCursor(const QString& folder, const FolderCursor& cursor,
                                 const QDateTime& atUtc)
{
    // created_at moves with every read, so the cursor expires only when the mailbox has not
    // been read for the whole record retention.
    QSqlQuery query(m_vault.database());
    if (!run(query,
             // SQLCipher 3 is SQLite 3.15: no upsert; the row holds nothing else.
             QStringLiteral("INSERT OR REPLACE INTO mail_folders (folder, uid_validity, "
                            "next_uid, created_at) VALUES (?, ?, ?, ?)"),
             {folder, qint64(cursor.uidValidity), qint64(cursor.nextUid), toSecs(atUtc)}))
        return databaseError(query.lastError());
    return {};
}

Result<bool> MailRepository::isKnown(const QString& folder, quint32 uidValidity, quint32 uid) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("SELECT 1 FROM mail_messages WHERE folder = ? AND uid_validity = ? "
                            "AND uid = ?"),
             {folder, qint64(uidValidity), qint64(uid)}))
        return databaseError(query.lastError());
    return query.next();
}

Result<bool> MailRepository::knownUnderOtherUidValidity(const QString& folder, quint32 uidValidity,
                                                        const QByteArray& messageId) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("SELECT 1 FROM mail_messages WHERE folder = ? AND uid_validity <> ? "
                            "AND client_message_id = ? LIMIT 1"),
             {folder, qint64(uidValidity), QString::fromUtf8(messageId)}))
        return databaseError(query.lastError());
    return query.next();
}

Result<MailRecordId> MailRepository::insert(const MailRecord& r, const QDateTime& atUtc)
{
    QStringList references;
    for (const QByteArray& reference : r.clientReferences)
        references << QString::fromUtf8(reference);
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("INSERT INTO mail_messages (folder, uid_validity, uid, contact_id, "
                            "automated, received_at, due_at, client_address, client_message_id, "
                            "client_references, attachment_count, ack_state, client_subject, "
                            "out_of_scope, created_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {r.folder, qint64(r.uidValidity), qint64(r.uid),
              r.contactId ? QVariant(*r.contactId) : QVariant(), r.automated ? 1 : 0,
              toSecs(r.receivedAtUtc), toSecs(r.dueAtUtc),
              r.clientAddress.isEmpty() ? QVariant() : QVariant(r.clientAddress),
              r.clientMessageId.isEmpty() ? QVariant()
                                          : QVariant(QString::fromUtf8(r.clientMessageId)),
              references.isEmpty() ? QVariant() : QVariant(references.join(u' ')),
              r.attachmentCount, nameOf(r.ack, AckNames),
              r.clientSubject.isEmpty() ? QVariant() : QVariant(r.clientSubject),
              r.outOfScope ? 1 : 0, toSecs(atUtc)}))
        return databaseError(query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<MailRecord> MailRepository::record(MailRecordId id) const
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("SELECT ") + Columns +
                 QStringLiteral(" FROM mail_messages WHERE id = ?"),
             {id}))
        return databaseError(query.lastError());
    if (!query.next())
        return contactNotFound();
    return readRecord(query);
}

Result<std::optional<MailRecord>> MailRepository::recordOfContact(ContactId contact) const
{
    QSqlQuery query(m_vault.database());
    if (!run(
            query,
            QStringLiteral("SELECT ") + Columns +
                QStringLiteral(" FROM mail_messages WHERE contact_id = ? ORDER BY id DESC LIMIT 1"),
            {contact}))
        return databaseError(query.lastError());
    if (!query.next())
        return std::optional<MailRecord>();
    return std::optional<MailRecord>(readRecord(query));
}

Result<QList<MailRecord>> MailRepository::recordsOfContact(ContactId contact) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") + Columns +
                 QStringLiteral(" FROM mail_messages WHERE contact_id = ? ORDER BY id DESC"),
             {contact}))
        return databaseError(query.lastError());
    QList<MailRecord> all;
    while (query.next())
        all << readRecord(query);
    return all;
}

Result<std::optional<ContactId>>
MailRepository::contactOfThread(const QString& folder, const QList<QByteArray>& messageIds,
                                const QString& fromAddress) const
{
    if (fromAddress.isEmpty())
        return std::optional<ContactId>();
    // One indexed lookup per id; a reply names a handful.
    for (const QByteArray& id : messageIds) {
        if (id.isEmpty())
            continue;
        QSqlQuery query(m_vault.database());
        if (!run(query,
                 QStringLiteral("SELECT contact_id, client_address FROM mail_messages "
                                "WHERE folder = ? AND client_message_id = ? "
                                "AND contact_id IS NOT NULL ORDER BY id DESC"),
                 {folder, QString::fromUtf8(id)}))
            return databaseError(query.lastError());
        while (query.next()) {
            if (query.value(1).toString().compare(fromAddress, Qt::CaseInsensitive) == 0)
                return std::optional<ContactId>(query.value(0).toLongLong());
        }
    }
    return std::optional<ContactId>();
}

Result<QList<MailRecord>> MailRepository::records() const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT ") + Columns +
                        QStringLiteral(" FROM mail_messages ORDER BY id DESC")))
        return databaseError(query.lastError());
    QList<MailRecord> all;
    while (query.next())
        all << readRecord(query);
    return all;
}

Result<QList<MailRecord>> MailRepository::withAck(AckState state) const
{
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") + Columns +
                 QStringLiteral(" FROM mail_messages WHERE ack_state = ? ORDER BY id"),
             {nameOf(state, AckNames)}))
        return databaseError(query.lastError());
    QList<MailRecord> all;
    while (query.next())
        all << readRecord(query);
    return all;
}

Status MailRepository::setAck(MailRecordId id, AckState state, std::optional<QDateTime> atUtc)
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("UPDATE mail_messages SET ack_state = ?, ack_at = coalesce(?, ack_at) "
                            "WHERE id = ?"),
             {nameOf(state, AckNames), optionalSecs(atUtc), id}))
        return databaseError(query.lastError());
    return {};
}

Status MailRepository::setAnswer(MailRecordId id, AnswerState state, std::optional<QDateTime> atUtc)
{
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("UPDATE mail_messages SET answer_state = ?, "
                            "answered_at = coalesce(?, answered_at) WHERE id = ?"),
             {nameOf(state, AnswerNames), optionalSecs(atUtc), id}))
        return databaseError(query.lastError());
    return {};
}

Status MailRepository::setAddressExpiry(MailRecordId id, const QDateTime& expiresAtUtc)
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("UPDATE mail_messages SET address_expires_at = ? WHERE id = ?"),
             {toSecs(expiresAtUtc), id}))
        return databaseError(query.lastError());
    return {};
}

Status MailRepository::setServerCopy(MailRecordId id, ServerCopy copy)
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("UPDATE mail_messages SET server_state = ? WHERE id = ?"),
             {nameOf(copy, ServerNames), id}))
        return databaseError(query.lastError());
    return {};
}

} // namespace kotva
