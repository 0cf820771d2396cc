#pragma once

// The SQL of the mail module's tables (MailSchema.cpp). It stores what it is given; what
// may be stored is decided by MailIntake and MailAnswers.

#include "core/common/Error.h"
#include "core/mail/intake/MailRecord.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace kotva {

class Vault;

/// How far a folder has been read.
struct FolderCursor
{
    quint32 uidValidity = 0;
    quint32 nextUid = 1;
};

class MailRepository final
{
public:
    explicit MailRepository(Vault& vault);

    [[nodiscard]] Result<std::optional<FolderCursor>> cursor(const QString& folder) const;
    Status setCursor(const QString& folder, const FolderCursor& cursor, const QDateTime& atUtc);

    /// Whether this UID of this folder generation was taken in already.
    [[nodiscard]] Result<bool> isKnown(const QString& folder, quint32 uidValidity,
                                       quint32 uid) const;
    /// Whether a message with this Message-ID was taken in from this folder under another
    /// UIDVALIDITY (the same mail come back under new UIDs).
    [[nodiscard]] Result<bool> knownUnderOtherUidValidity(const QString& folder,
                                                          quint32 uidValidity,
                                                          const QByteArray& messageId) const;
    /// Stores the record and returns its id; the record's created_at is `atUtc`.
    Result<MailRecordId> insert(const MailRecord& record, const QDateTime& atUtc);

    [[nodiscard]] Result<MailRecord> record(MailRecordId id) const;
    /// The contact's newest message (the one an answer replies to).
    [[nodiscard]] Result<std::optional<MailRecord>> recordOfContact(ContactId contact) const;
    /// All of the contact's messages, newest first (a conversation may have several).
    [[nodiscard]] Result<QList<MailRecord>> recordsOfContact(ContactId contact) const;
    /// The contact whose message in `folder` one of `messageIds` names (a reply's In-Reply-To
    /// and References), written from `fromAddress`: the same client continuing the
    /// conversation. Only while both are still kept (they expire with the address).
    [[nodiscard]] Result<std::optional<ContactId>>
    contactOfThread(const QString& folder, const QList<QByteArray>& messageIds,
                    const QString& fromAddress) const;
    /// Every record of a contact, for the inbox (newest first), and all of them.
    [[nodiscard]] Result<QList<MailRecord>> records() const;
    /// Records whose acknowledgement is in `state`, oldest first.
    [[nodiscard]] Result<QList<MailRecord>> withAck(AckState state) const;

    Status setAck(MailRecordId id, AckState state, std::optional<QDateTime> atUtc = {});
    Status setAnswer(MailRecordId id, AnswerState state, std::optional<QDateTime> atUtc = {});
    /// The address and message ids go at `expiresAtUtc` (the purge blanks them).
    Status setAddressExpiry(MailRecordId id, const QDateTime& expiresAtUtc);
    Status setServerCopy(MailRecordId id, ServerCopy copy);

private:
    Vault& m_vault;
};

} // namespace kotva
