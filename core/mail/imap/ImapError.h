#pragma once

#include "core/mail/MailFailure.h"

#include <QString>

namespace kotva {

/// A failure of the IMAP connection with the standard message for its step, translated;
/// `detail` carries the server's or the socket's own words for the log (never secrets).
[[nodiscard]] MailError imapError(MailFailure failure, QString detail = {});

} // namespace kotva
