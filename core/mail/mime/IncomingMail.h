#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kotva {

/// An attachment as the worker sees it: its name and size only. Its content is never
/// decoded, opened, saved or shown (seed 003: attachments are not opened).
struct MailAttachment
{
    QString name;
    qint64 size = 0; ///< decoded size in bytes, estimated from the encoded part
};

/// One e-mail from a client, read from its raw RFC 5322 bytes. Only this reaches the rest of
/// Kotva: the original message is never kept.
struct IncomingMail
{
    QByteArray messageId;         ///< without angle brackets; empty when the message has none
    QByteArray inReplyTo;         ///< without angle brackets
    QList<QByteArray> references; ///< without angle brackets, oldest first
    QString fromAddress;          ///< the address to answer (Reply-To when present, else From)
    QString fromName;             ///< the display name, decoded
    QString subject;              ///< decoded (encoded words, any charset)
    QDateTime date;               ///< the Date header, invalid when missing or unreadable
    QString text;                 ///< the readable text: text/plain, else the HTML as plain text
    QList<MailAttachment> attachments;
    /// An auto-reply, bounce or mailing-list message: never acknowledged.
    bool automated = false;
    QString automatedReason; ///< which header or sender made it automated (for the log)
    /// What was damaged and how it was read anyway (translated), shown beside the text.
    QStringList problems;
};

} // namespace kotva
