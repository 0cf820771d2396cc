#pragma once

#include "core/session/Contact.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

using MailRecordId = qint64;

/// Where the acknowledgement of one message stands. `Sending` is written before the SMTP
/// session and `Sent` after it; a row found in `Sending` after a crash is `Uncertain` and is
/// never sent again, so no client gets two (the inbox says so instead).
enum class AckState { None, Pending, Sending, Sent, Uncertain, Failed, NotNeeded };
enum class AnswerState { None, Sending, Sent, Uncertain };
/// What became of the server's copy after the answer.
enum class ServerCopy { Inbox, Archived, Deleted };

/// One e-mail Kotva took in, as the vault keeps it (never the original message).
struct MailRecord
{
    MailRecordId id = 0;
    QString folder;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    std::optional<ContactId> contactId; ///< none for automated messages (bounces, lists)
    bool automated = false;
    QDateTime receivedAtUtc;
    QDateTime dueAtUtc;
    /// The client's address, subject and message ids, empty once they expired (the answer + grace).
    QString clientAddress;
    QString clientSubject; ///< for the answer's "Re:"; goes with the address
    QByteArray clientMessageId;
    QList<QByteArray> clientReferences;
    int attachmentCount = 0;
    /// The client asked for something the service does not give (a boundary finding on
    /// their message: a diagnosis, medication, legal advice...), counted for supervision.
    bool outOfScope = false;
    AckState ack = AckState::None;
    std::optional<QDateTime> ackAtUtc;
    AnswerState answer = AnswerState::None;
    std::optional<QDateTime> answeredAtUtc;
    ServerCopy serverCopy = ServerCopy::Inbox;
};

} // namespace kotva
