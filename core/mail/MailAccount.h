#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace kotva {

/// One server of the organisation's mailbox. Kotva speaks implicit TLS only (IMAPS 993,
/// SMTPS 465): STARTTLS has a long record of downgrade and command-injection bugs.
struct MailServer
{
    QString host;
    quint16 port = 0;
};

/// Which certificates a connection accepts beyond the system's trusted authorities.
struct MailTrust
{
    /// Extra authorities (an organisation's own CA; the tests' throwaway CA).
    QList<QSslCertificate> authorities;
    /// SHA-256 digests of certificates the organisation trusted explicitly after looking at
    /// them. A pinned certificate is accepted although it fails verification, and only it:
    /// another certificate with the same errors is still refused.
    QList<QByteArray> pinnedSha256;
};

/// The organisation's mailbox as Kotva reaches it. The password is not here: it lives in
/// the OS keychain or the vault, and is handed to a client only for one connection.
struct MailAccount
{
    MailServer imap{QString(), 993};
    MailServer smtp{QString(), 465};
    QString user;
    QString address; ///< the service's own address, the sender of acknowledgements and answers
    QString inboxFolder = QStringLiteral("INBOX");
    MailTrust trust;
    int timeoutMs = 30000; ///< no answer for this long ends a connection with a timeout
};

} // namespace kotva
