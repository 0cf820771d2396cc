#pragma once

#include "core/mail/smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>

namespace kotva {

/// What a server offers in its answer to EHLO (RFC 5321 4.1.1.1): the AUTH mechanisms and
/// 8BITMIME are all Kotva needs.
struct SmtpCapabilities
{
    QList<QByteArray> authMechanisms; ///< upper case, e.g. "PLAIN", "LOGIN"
    bool eightBitMime = false;

    [[nodiscard]] static SmtpCapabilities fromEhlo(const SmtpReply& reply);
};

} // namespace kotva
