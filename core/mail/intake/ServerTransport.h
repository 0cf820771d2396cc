#pragma once

// The real servers behind MailRun's seam: ImapClient for the mailbox, SmtpClient for
// sending. Both are blocking; a run drives them from a worker thread.

#include "core/common/SecureBuffer.h"
#include "core/mail/MailAccount.h"
#include "core/mail/imap/ImapClient.h"
#include "core/mail/intake/MailTransport.h"

#include <memory>
#include <stop_token>

namespace kotva {

/// The organisation's mailbox over IMAP: one connection, opened by open() and closed by
/// close() (or the destructor).
class ImapMailboxReader final : public MailboxReader
{
public:
    ImapMailboxReader(const MailAccount& account, const SecureBuffer& password,
                      std::stop_token stop = {});
    ~ImapMailboxReader() override;

    std::expected<ImapMailbox, MailError> open(const QString& folder) override;
    std::expected<QList<quint32>, MailError> uidsFrom(quint32 uid) override;
    std::expected<ImapMessage, MailError> fetch(quint32 uid) override;
    std::expected<void, MailError> moveTo(quint32 uid, const QString& folder) override;
    std::expected<void, MailError> remove(quint32 uid) override;
    void close() override;

private:
    const SecureBuffer& m_password;
    ImapClient m_client;
    bool m_connected = false;
};

/// The organisation's SMTP server: one whole session per message.
class SmtpMailSender final : public MailSender
{
public:
    SmtpMailSender(const MailAccount& account, const SecureBuffer& password,
                   std::stop_token stop = {});
    std::expected<void, MailError> send(const SmtpEnvelope& envelope) override;

private:
    MailAccount m_account;
    const SecureBuffer& m_password;
    std::stop_token m_stop;
};

} // namespace kotva
