#include "core/mail/intake/MailIntake.h"

#include "core/mail/intake/AcknowledgementText.h"
#include "core/mail/mime/IncomingMail.h"
#include "core/mail/mime/MimeReader.h"
#include "core/mail/mime/MimeWriter.h"
#include "core/schedule/WorkingDays.h"
#include "core/session/SessionService.h"
#include "core/session/SessionSql.h"
#include "core/storage/SqlStatements.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QLocale>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MailIntake)
};

/// A Date header further back than this is a sender's wrong clock, not a message that waited
/// on the server: the deadline then counts from the fetch.
constexpr qint64 MaxDateAgeSecs = 366LL * 24 * 3600;

/// What the worker reads: the subject, the text, and the attachments that were not opened.
QString turnText(const IncomingMail& mail)
{
    QString text;
    if (!mail.subject.trimmed().isEmpty())
        text += Tr::tr("Subject: %1").arg(mail.subject.trimmed()) + QStringLiteral("\n\n");
    text += mail.text.trimmed();
    if (mail.text.trimmed().isEmpty())
        text += Tr::tr("(The e-mail has no text.)");
    if (!mail.attachments.isEmpty()) {
        text += QStringLiteral("\n\n") + Tr::tr("Attachments (not opened):");
        const QLocale locale;
        for (const MailAttachment& attachment : mail.attachments)
            text += QStringLiteral("\n– ") + attachment.name + QStringLiteral(" (") +
                    locale.formattedDataSize(attachment.size) + u')';
    }
    for (const QString& problem : mail.problems)
        text += QStringLiteral("\n\n[") + problem + u']';
    return text.left(SessionService::MaxTurnLength);
}

/// The client's first name from the From header, if that is all the analysis lets through;
/// a surname, an address or nothing leaves the neutral "E-mail".
QString pseudonymFor(const IncomingMail& mail, const SessionService& contacts)
{
    const QString first = mail.fromName.simplified().section(u' ', 0, 0);
    if (!first.isEmpty() && !first.contains(u'@')) {
        const PseudonymCheck check = contacts.checkPseudonym(first);
        if (!check.looksLikeFullName && !check.storedAs.isEmpty())
            return check.storedAs.left(SessionService::MaxPseudonymLength);
    }
    return Tr::tr("E-mail");
}

} // namespace

MailIntake::MailIntake(Vault& vault, SessionService& contacts, const Clock& clock)
    : m_vault(vault)
    , m_contacts(contacts)
    , m_clock(clock)
    , m_repository(vault)
    , m_settings(vault)
{}

QDateTime MailIntake::now() const
{
    return sql::wholeSeconds(m_clock.nowUtc());
}

Result<quint32> MailIntake::nextUid(const QString& folder, quint32 uidValidity) const
{
    const auto cursor = m_repository.cursor(folder);
    if (!cursor)
        return std::unexpected(cursor.error());
    if (!*cursor || (*cursor)->uidValidity != uidValidity)
        return 1u;
    return (*cursor)->nextUid;
}

Status MailIntake::advanceCursor(const QString& folder, quint32 uidValidity, quint32 uid)
{
    const auto next = nextUid(folder, uidValidity);
    if (!next)
        return std::unexpected(next.error());
    return m_repository.setCursor(folder, {uidValidity, std::max(*next, uid + 1)}, now());
}

QDateTime MailIntake::receivedAt(const IncomingMail& mail, const QDateTime& arrivedAtUtc) const
{
    const QDateTime fetched = now();
    // A message that waited on the server (Kotva was not running, or the mailbox was just
    // connected) is due from when it came: by the server's own time of arrival first, then by
    // the Date header (whatever the sender's clock said). A time in the future or years back
    // is a wrong clock.
    for (const QDateTime& said : {arrivedAtUtc, mail.date}) {
        if (!said.isValid())
            continue;
        const QDateTime claimed = sql::wholeSeconds(said.toUTC());
        if (claimed <= fetched && claimed.secsTo(fetched) <= MaxDateAgeSecs)
            return claimed;
    }
    return fetched;
}

Result<TakenIn> MailIntake::takeIn(const QString& folder, quint32 uidValidity, quint32 uid,
                                   const QByteArray& raw, const QDateTime& arrivedAtUtc)
{
    const auto known = m_repository.isKnown(folder, uidValidity, uid);
    if (!known)
        return std::unexpected(known.error());
    if (*known) {
        if (Status s = advanceCursor(folder, uidValidity, uid); !s)
            return std::unexpected(s.error());
        return TakenIn::Duplicate;
    }
    const Result<IncomingMail> mail = MimeReader::read(raw);
    // The raw bytes go no further than this function: only the analysed, redacted text
    // is stored, by SessionService.
    if (!mail)
        return recordWithoutContact(folder, uidValidity, uid, false);
    if (mail->automated)
        return recordWithoutContact(folder, uidValidity, uid, true);
    return takeInReadable(folder, uidValidity, uid, arrivedAtUtc, *mail);
}

Result<TakenIn> MailIntake::recordWithoutContact(const QString& folder, quint32 uidValidity,
                                                 quint32 uid, bool automated)
{
    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    MailRecord record;
    record.folder = folder;
    record.uidValidity = uidValidity;
    record.uid = uid;
    record.automated = automated;
    record.receivedAtUtc = now();
    record.dueAtUtc = record.receivedAtUtc;
    record.ack = AckState::NotNeeded;
    if (const auto id = m_repository.insert(record, now()); !id)
        return std::unexpected(id.error());
    if (Status s = advanceCursor(folder, uidValidity, uid); !s)
        return std::unexpected(s.error());
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    return automated ? TakenIn::Automated : TakenIn::Unreadable;
}

Result<TakenIn> MailIntake::takeInReadable(const QString& folder, quint32 uidValidity, quint32 uid,
                                           const QDateTime& arrivedAtUtc, const IncomingMail& mail)
{
    const auto days = m_settings.raw().value(MailSettings::AnswerWorkingDays);
    const auto ackWithin = m_settings.raw().value(MailSettings::AcknowledgeWithinDays);
    const auto account = m_settings.account();
    if (!days || !ackWithin || !account)
        return std::unexpected(!days ? days.error()
                                     : (!ackWithin ? ackWithin.error() : account.error()));

    // After a change of UIDVALIDITY the same messages come back under new UIDs: the
    // Message-ID (kept while the conversation needs it) recognises them.
    if (!mail.messageId.isEmpty()) {
        const auto seen =
            m_repository.knownUnderOtherUidValidity(folder, uidValidity, mail.messageId);
        if (!seen)
            return std::unexpected(seen.error());
        if (*seen) {
            sessionsql::Transaction transaction(m_vault.database());
            if (Status s = transaction.begin(); !s)
                return std::unexpected(s.error());
            if (Status s = advanceCursor(folder, uidValidity, uid); !s)
                return std::unexpected(s.error());
            if (Status s = transaction.commit(); !s)
                return std::unexpected(s.error());
            return TakenIn::Duplicate;
        }
    }

    const QDateTime received = receivedAt(mail, arrivedAtUtc);
    MailRecord record;
    record.folder = folder;
    record.uidValidity = uidValidity;
    record.uid = uid;
    record.receivedAtUtc = received;
    record.dueAtUtc = sql::wholeSeconds(WorkingDays::addWorkingDays(received, *days).toUTC());
    record.clientAddress = mail.fromAddress;
    record.clientSubject = mail.subject.simplified().left(500);
    record.clientMessageId = mail.messageId;
    record.clientReferences = mail.references;
    record.attachmentCount = int(mail.attachments.size());
    // No acknowledgement without an address to send it to, to the service's own address
    // (a loop), or long after the message arrived.
    const bool ownAddress = mail.fromAddress.compare(account->address, Qt::CaseInsensitive) == 0;
    const bool late = received.daysTo(now()) > *ackWithin;
    record.ack = (mail.fromAddress.contains(u'@') && !ownAddress && !late) ? AckState::Pending
                                                                           : AckState::NotNeeded;

    // The same client answering within the conversation (a reply to the answer or the
    // acknowledgement, or a second message on the thread) continues its contact while the
    // contact is open; a closed one is not reopened: that is a new contact.
    const auto continued = openContactOfThread(folder, mail);
    if (!continued)
        return std::unexpected(continued.error());

    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    ContactId contactId = 0;
    if (*continued) {
        contactId = **continued;
    } else {
        const Result<Contact> contact = m_contacts.openContact(
            {Channel::Email, pseudonymFor(mail, m_contacts), ContractWish::NotSaidYet});
        if (!contact)
            return std::unexpected(contact.error());
        contactId = contact->id;
    }
    const Result<SavedTurn> turn = m_contacts.addTurn(contactId, Author::Client, turnText(mail));
    if (!turn)
        return std::unexpected(turn.error());
    record.contactId = contactId;
    record.outOfScope = !turn->turn.boundaryRules.isEmpty();
    if (const auto id = m_repository.insert(record, now()); !id)
        return std::unexpected(id.error());
    if (Status s = advanceCursor(folder, uidValidity, uid); !s)
        return std::unexpected(s.error());
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    return *continued ? TakenIn::FollowUp : TakenIn::Contact;
}

Result<std::optional<ContactId>> MailIntake::openContactOfThread(const QString& folder,
                                                                 const IncomingMail& mail) const
{
    QList<QByteArray> thread = mail.references;
    if (!mail.inReplyTo.isEmpty())
        thread.prepend(mail.inReplyTo);
    if (thread.isEmpty())
        return std::optional<ContactId>();
    const auto found = m_repository.contactOfThread(folder, thread, mail.fromAddress);
    if (!found || !*found)
        return found;
    const Result<Contact> contact = m_contacts.contact(**found);
    if (!contact)
        return std::optional<ContactId>(); // gone with its records: a new contact then
    if (contact->state != ContactState::Open)
        return std::optional<ContactId>();
    return found;
}

Result<int> MailIntake::settleInterrupted()
{
    const auto interrupted = m_repository.withAck(AckState::Sending);
    if (!interrupted)
        return std::unexpected(interrupted.error());
    for (const MailRecord& r : *interrupted) {
        if (Status s = m_repository.setAck(r.id, AckState::Uncertain); !s)
            return std::unexpected(s.error());
    }
    return int(interrupted->size());
}

Result<std::optional<PendingAcknowledgement>>
MailIntake::claimAcknowledgement(const QSet<MailRecordId>& skip)
{
    const auto account = m_settings.account();
    const auto czech = m_settings.raw().value(MailSettings::AcknowledgementCzech);
    const auto english = m_settings.raw().value(MailSettings::AcknowledgementEnglish);
    const auto organisation = m_settings.raw().value(MailSettings::OrganisationName);
    const auto pending = m_repository.withAck(AckState::Pending);
    if (!account || !czech || !english || !organisation || !pending)
        return fail(ErrorCode::Database, Tr::tr("The acknowledgements could not be prepared."));

    for (const MailRecord& r : *pending) {
        if (skip.contains(r.id))
            continue;
        if (r.clientAddress.isEmpty()) {
            // The address expired before an acknowledgement could go: nothing to send to.
            if (Status s = m_repository.setAck(r.id, AckState::NotNeeded); !s)
                return std::unexpected(s.error());
            continue;
        }
        OutgoingMail ack;
        ack.fromAddress = account->address;
        ack.fromName = *organisation;
        ack.toAddress = r.clientAddress;
        ack.subject = AcknowledgementText::subject();
        ack.text = AcknowledgementText::body(*czech, *english, r.dueAtUtc, *organisation);
        ack.inReplyTo = r.clientMessageId;
        ack.references = r.clientReferences;
        if (!r.clientMessageId.isEmpty())
            ack.references << r.clientMessageId;
        ack.date = now();
        ack.autoReply = true;
        const Result<QByteArray> bytes = MimeWriter::compose(ack);
        if (!bytes) {
            if (Status s = m_repository.setAck(r.id, AckState::Failed); !s)
                return std::unexpected(s.error());
            continue;
        }
        if (Status s = m_repository.setAck(r.id, AckState::Sending); !s)
            return std::unexpected(s.error());
        return std::optional<PendingAcknowledgement>(PendingAcknowledgement{
            r.id, SmtpEnvelope{account->address, {r.clientAddress}, *bytes}});
    }
    return std::optional<PendingAcknowledgement>();
}

Status MailIntake::acknowledged(MailRecordId record)
{
    return m_repository.setAck(record, AckState::Sent, now());
}

Status MailIntake::acknowledgementFailed(MailRecordId record, bool retry)
{
    return m_repository.setAck(record, retry ? AckState::Pending : AckState::Failed);
}

} // namespace kotva

namespace kotva {

Status MailIntake::acknowledgementUnconfirmed(MailRecordId record)
{
    return m_repository.setAck(record, AckState::Uncertain, now());
}

Result<ServerTidyingPlan> MailIntake::answeredOnServer(const QString& folder,
                                                       quint32 uidValidity) const
{
    const auto policy = m_settings.serverCopyPolicy();
    const auto archive = m_settings.archiveFolder();
    const auto records = m_repository.records();
    if (!policy || !archive || !records)
        return std::unexpected(!policy ? policy.error()
                                       : (!archive ? archive.error() : records.error()));
    ServerTidyingPlan plan{*policy, *archive, {}};
    for (const MailRecord& r : *records) {
        // A UID of another folder generation may now name another message: left alone.
        if (r.answer == AnswerState::Sent && r.serverCopy == ServerCopy::Inbox &&
            r.folder == folder && r.uidValidity == uidValidity)
            plan.messages << ServerTidying{r.id, r.uid};
    }
    return plan;
}

Status MailIntake::serverCopyDone(MailRecordId record, ServerCopy copy)
{
    return m_repository.setServerCopy(record, copy);
}

} // namespace kotva
