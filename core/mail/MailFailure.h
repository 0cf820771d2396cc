#pragma once

#include <QString>

namespace kotva {

/// The step at which talking to a mail server failed, so "test connection" can say exactly
/// what to fix: the name, the network, the certificate, the password or the folder.
enum class MailFailure {
    None,
    Dns,         ///< the server's name does not resolve
    Tcp,         ///< nothing answers on that address and port (refused, unreachable)
    Tls,         ///< the TLS handshake failed (not TLS, no common protocol)
    Certificate, ///< the certificate is not trusted (expired, wrong host, unknown issuer)
    Greeting,    ///< the server's greeting is missing or not IMAP/SMTP
    Login,       ///< the server refused the user name or password
    Folder,      ///< the mailbox folder does not exist or cannot be opened
    Protocol,    ///< the server answered something Kotva cannot accept (too long, lying sizes)
    Timeout,     ///< the server stopped answering
    Cancelled,   ///< the worker cancelled
    Rejected,    ///< (SMTP) the server refused the sender, a recipient or the message
    Storage,     ///< the vault could not record what was fetched (nothing is lost: fetched again)
    Unconfirmed, ///< (SMTP) the message went out but the server never confirmed it: maybe sent
    Password,    ///< no mailbox password, or the keychain that keeps it is locked or missing
};

/// What failed, for the user (translated) and for the log (the server's own words, no secrets).
struct MailError
{
    MailFailure failure = MailFailure::None;
    QString message;
    QString detail;
};

} // namespace kotva
