#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kotva {

/// One header of a message as it arrived: its name and unfolded value.
struct MailHeader
{
    QByteArray name;
    QByteArray value;
};

/// Recognises messages no person wrote: auto-replies, bounces and mailing-list mail. Kotva
/// never acknowledges them, so two auto-responders cannot answer each other for ever
/// (RFC 3834) and a list does not receive the service's acknowledgement.
class AutomatedMail final
{
public:
    /// The header (or "From") that shows the message is automated, or an empty string.
    /// `fromAddress` is the From mailbox (not Reply-To); `contentType` the top-level type,
    /// e.g. "multipart/report".
    [[nodiscard]] static QString reason(const QList<MailHeader>& headers,
                                        const QString& fromAddress, const QByteArray& contentType);
};

} // namespace kotva
