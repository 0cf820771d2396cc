#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace kotva {

/// A folder as SELECT reports it. Messages are known by UID; UIDs of one folder stay valid
/// only while its UIDVALIDITY stays the same (RFC 9051 2.3.1.1).
struct ImapMailbox
{
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 exists = 0;
};

/// One message fetched by UID: its raw bytes, exactly as the server stores it.
struct ImapMessage
{
    quint32 uid = 0;
    QByteArray raw;
    QDateTime internalDate; ///< when the server received it (UTC); invalid when not said
};

} // namespace kotva
