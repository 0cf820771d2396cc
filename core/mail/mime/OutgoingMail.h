#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kotva {

/// A message Kotva sends: an acknowledgement or a worker's answer, always plain text.
struct OutgoingMail
{
    QString fromAddress; ///< the service's address
    QString fromName;    ///< the service's name as clients see it
    QString toAddress;
    QString subject;
    QString text; ///< plain text; any line ends
    /// The Message-ID of the message answered, without angle brackets; empty for none.
    QByteArray inReplyTo;
    /// The References of the message answered, without angle brackets, oldest first. The
    /// written References header is these plus inReplyTo (RFC 5322 section 3.6.4).
    QList<QByteArray> references;
    /// Without angle brackets; when empty a new one is generated (MimeWriter::newMessageId).
    QByteArray messageId;
    QDateTime date; ///< when invalid, the current time
    /// An automatic reply (the acknowledgement): marked so that other automata do not answer
    /// it (RFC 3834 Auto-Submitted, Exchange's X-Auto-Response-Suppress).
    bool autoReply = false;
};

} // namespace kotva
