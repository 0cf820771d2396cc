#pragma once

// The two servers as a mail run uses them. In the app they are ImapClient and SmtpClient
// (ImapMailboxReader, SmtpMailSender); the seam lets a run be driven from a worker thread
// while the vault stays on its own, and lets the crash tests stop a run at a chosen step.

#include "core/mail/MailFailure.h"
#include "core/mail/imap/ImapMailbox.h"
#include "core/mail/smtp/SmtpEnvelope.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>

namespace kotva {

class MailboxReader
{
public:
    virtual ~MailboxReader() = default;
    /// Connects (once) and opens the folder.
    virtual std::expected<ImapMailbox, MailError> open(const QString& folder) = 0;
    /// The UIDs of the open folder from `uid` on, ascending.
    virtual std::expected<QList<quint32>, MailError> uidsFrom(quint32 uid) = 0;
    /// One message's raw bytes and when the server received it, without marking it read.
    virtual std::expected<ImapMessage, MailError> fetch(quint32 uid) = 0;
    /// After the answer: the server's copy goes into the archive folder (made when missing)
    /// or is deleted, as the organisation chose.
    virtual std::expected<void, MailError> moveTo(quint32 uid, const QString& folder) = 0;
    virtual std::expected<void, MailError> remove(quint32 uid) = 0;
    /// Logs out; a run never keeps a connection open while it sends.
    virtual void close() = 0;
};

class MailSender
{
public:
    virtual ~MailSender() = default;
    /// One whole SMTP session. Success means the server accepted the message.
    virtual std::expected<void, MailError> send(const SmtpEnvelope& envelope) = 0;
};

} // namespace kotva
