#pragma once

// The vault's side of taking in e-mail: one fetched message becomes an e-mail contact with
// the client's redacted words and its due date, in one transaction with the record that
// marks its UID as taken in; the acknowledgements to send, and what became of them.
// No network here (MailRun drives the servers), so all of it runs on the vault's thread.

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/mail/intake/MailRecord.h"
#include "core/mail/intake/MailRepository.h"
#include "core/mail/intake/MailSettings.h"
#include "core/mail/smtp/SmtpEnvelope.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <optional>

namespace kotva {

class SessionService;
class Vault;
struct IncomingMail;

/// What taking in one message did.
enum class TakenIn {
    Contact,    ///< a new e-mail contact (acknowledgement pending unless not needed)
    FollowUp,   ///< the client's next message in an open e-mail contact (a turn of it)
    Automated,  ///< an auto-reply, bounce or list message: recorded, no contact, no reply
    Duplicate,  ///< already taken in (the same UID, or the same Message-ID after UIDVALIDITY
                ///< changed): nothing new
    Unreadable, ///< not an e-mail Kotva can read: recorded so it is not fetched again
};

/// One acknowledgement ready to go: the record it belongs to and the SMTP envelope.
struct PendingAcknowledgement
{
    MailRecordId record = 0;
    SmtpEnvelope envelope;
};

/// One answered message whose server copy is still to be archived or deleted.
struct ServerTidying
{
    MailRecordId record = 0;
    quint32 uid = 0;
};

struct ServerTidyingPlan
{
    ServerCopyPolicy policy = ServerCopyPolicy::Archive;
    QString archiveFolder;
    QList<ServerTidying> messages;
};

class MailIntake final
{
public:
    MailIntake(Vault& vault, SessionService& contacts, const Clock& clock = Clock::system());

    /// The UID to read from in `folder` of this UIDVALIDITY (1 when the folder is new or its
    /// UIDVALIDITY changed).
    [[nodiscard]] Result<quint32> nextUid(const QString& folder, quint32 uidValidity) const;

    /// Takes in one message and moves the folder's cursor past it, in one transaction: after
    /// a crash the message is either wholly in the vault or fetched again. `arrivedAtUtc` is
    /// when the server received it (IMAP INTERNALDATE); the deadline counts from then, or,
    /// when the server did not say, from the message's own Date.
    Result<TakenIn> takeIn(const QString& folder, quint32 uidValidity, quint32 uid,
                           const QByteArray& raw, const QDateTime& arrivedAtUtc = {});

    /// Before sending: acknowledgements that were being sent when Kotva stopped become
    /// Uncertain and are never sent again. Returns how many.
    Result<int> settleInterrupted();
    /// The next acknowledgement to send (none left: nullopt), already marked Sending, so a
    /// crash during its SMTP session can never lead to a second one. `skip`: records tried
    /// in this run already.
    Result<std::optional<PendingAcknowledgement>>
    claimAcknowledgement(const QSet<MailRecordId>& skip = {});
    /// After the SMTP session: Sent, or back to Pending (to retry) / Failed (refused).
    Status acknowledged(MailRecordId record);
    Status acknowledgementFailed(MailRecordId record, bool retry);
    /// It went out but the server never confirmed it: Uncertain, never sent again.
    Status acknowledgementUnconfirmed(MailRecordId record);

    /// Answered messages of this folder generation whose server copy is still in the inbox,
    /// with what the organisation chose to do with them.
    Result<ServerTidyingPlan> answeredOnServer(const QString& folder, quint32 uidValidity) const;
    Status serverCopyDone(MailRecordId record, ServerCopy copy);

    [[nodiscard]] MailSettings& settings() { return m_settings; }
    [[nodiscard]] MailRepository& repository() { return m_repository; }
    [[nodiscard]] const MailRepository& repository() const { return m_repository; }

private:
    /// The open contact the message continues (by its thread and its sender), if any.
    [[nodiscard]] Result<std::optional<ContactId>>
    openContactOfThread(const QString& folder, const IncomingMail& mail) const;
    Result<TakenIn> takeInReadable(const QString& folder, quint32 uidValidity, quint32 uid,
                                   const QDateTime& arrivedAtUtc, const IncomingMail& mail);
    Result<TakenIn> recordWithoutContact(const QString& folder, quint32 uidValidity, quint32 uid,
                                         bool automated);
    Status advanceCursor(const QString& folder, quint32 uidValidity, quint32 uid);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QDateTime receivedAt(const IncomingMail& mail,
                                       const QDateTime& arrivedAtUtc) const;

    Vault& m_vault;
    SessionService& m_contacts;
    const Clock& m_clock;
    MailRepository m_repository;
    MailSettings m_settings;
};

} // namespace kotva
