#include "core/mail/intake/ServerTransport.h"

#include "core/mail/smtp/SmtpClient.h"

namespace kotva {

ImapMailboxReader::ImapMailboxReader(const MailAccount& account, const SecureBuffer& password,
                                     std::stop_token stop)
    : m_password(password)
    , m_client(account, std::move(stop))
{}

ImapMailboxReader::~ImapMailboxReader()
{
    close();
}

std::expected<ImapMailbox, MailError> ImapMailboxReader::open(const QString& folder)
{
    if (!m_connected) {
        if (auto connected = m_client.connectToServer(); !connected)
            return std::unexpected(connected.error());
        m_connected = true;
        if (auto loggedIn = m_client.login(m_password); !loggedIn)
            return std::unexpected(loggedIn.error());
    }
    return m_client.select(folder);
}

std::expected<QList<quint32>, MailError> ImapMailboxReader::uidsFrom(quint32 uid)
{
    return m_client.uidSearch(uid);
}

std::expected<ImapMessage, MailError> ImapMailboxReader::fetch(quint32 uid)
{
    return m_client.fetch(uid);
}

std::expected<void, MailError> ImapMailboxReader::moveTo(quint32 uid, const QString& folder)
{
    if (auto created = m_client.createFolder(folder); !created)
        return created;
    return m_client.moveTo(uid, folder);
}

std::expected<void, MailError> ImapMailboxReader::remove(quint32 uid)
{
    return m_client.remove(uid);
}

void ImapMailboxReader::close()
{
    if (!m_connected)
        return;
    m_connected = false;
    // A failed goodbye changes nothing: the connection is closed either way.
    (void)m_client.logout();
}

SmtpMailSender::SmtpMailSender(const MailAccount& account, const SecureBuffer& password,
                               std::stop_token stop)
    : m_account(account)
    , m_password(password)
    , m_stop(std::move(stop))
{}

std::expected<void, MailError> SmtpMailSender::send(const SmtpEnvelope& envelope)
{
    SmtpClient client(m_account, SecureBuffer::copyOf(m_password.constData(), m_password.size()),
                      m_stop);
    // A message that went out without the server's verdict comes back as Unconfirmed.
    return client.send(envelope);
}

} // namespace kotva
