#include "core/mail/imap/ImapError.h"

#include <QCoreApplication>

namespace kotva {

namespace {
// One translation context for everything the IMAP client tells the user.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ImapClient)
};

QString messageFor(MailFailure failure)
{
    switch (failure) {
    case MailFailure::None:
        return {};
    case MailFailure::Dns:
        return Tr::tr("The mail server's name could not be found. Check the server name and "
                      "the internet connection.");
    case MailFailure::Tcp:
        return Tr::tr("The mail server does not answer at this address and port. Check the "
                      "server name, the port (IMAPS is usually 993) and the firewall.");
    case MailFailure::Tls:
        return Tr::tr("No secure connection to the mail server could be made. Kotva connects "
                      "only with TLS from the start (IMAPS, usually port 993).");
    case MailFailure::Certificate:
        return Tr::tr("The mail server's certificate is not trusted.");
    case MailFailure::Greeting:
        return Tr::tr("The server did not greet Kotva as an IMAP mail server.");
    case MailFailure::Login:
        return Tr::tr("The mail server refused the user name or password.");
    case MailFailure::Folder:
        return Tr::tr("The mail folder does not exist or cannot be opened.");
    case MailFailure::Protocol:
        return Tr::tr("The mail server answered something Kotva cannot accept.");
    case MailFailure::Timeout:
        return Tr::tr("The mail server stopped answering.");
    case MailFailure::Cancelled:
        return Tr::tr("Cancelled.");
    default:
        // Failures of other parts (SMTP, the intake) do not arise in IMAP.
        return Tr::tr("The mail server refused the request.");
    }
}
} // namespace

MailError imapError(MailFailure failure, QString detail)
{
    return MailError{failure, messageFor(failure), std::move(detail)};
}

} // namespace kotva
