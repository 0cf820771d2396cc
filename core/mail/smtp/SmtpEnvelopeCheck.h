#pragma once

#include "core/mail/MailFailure.h"
#include "core/mail/smtp/SmtpEnvelope.h"

#include <QString>

#include <expected>

namespace kotva {

/// Refuses an envelope before anything reaches the network: an address that could smuggle a
/// second command or header into the session (CR, LF, "<", ">", spaces and the like), a
/// missing sender or recipient, an empty message, a line longer than SMTP carries. The addresses
/// come from e-mails clients wrote, so they are treated as hostile input.
class SmtpEnvelopeCheck final
{
public:
    /// Most servers refuse more in one transaction; Kotva answers one client at a time.
    static constexpr qsizetype MaxRecipients = 100;
    /// RFC 5322 2.1.1: a line of a message is at most 998 octets without its CRLF.
    static constexpr qsizetype MaxLineBytes = 998;

    [[nodiscard]] static std::expected<void, MailError> check(const SmtpEnvelope& envelope);

    /// A plain ASCII address local@domain as RFC 5321 carries it without quoting, no longer
    /// than 254 characters.
    [[nodiscard]] static bool isSafeAddress(const QString& address);
};

} // namespace kotva
