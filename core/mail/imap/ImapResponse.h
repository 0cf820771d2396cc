#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace kotva {

/// The condition of a status response (RFC 9051 7.1).
enum class ImapStatus { None, Ok, No, Bad, PreAuth, Bye };

/// What a FETCH response said about one message. Only the items Kotva asks for are kept;
/// any other item is read (so literals stay in step) and dropped.
struct ImapFetchData
{
    std::optional<quint32> uid;
    std::optional<quint64> size;    ///< RFC822.SIZE
    std::optional<QByteArray> body; ///< BODY[] (the whole message), exactly as sent
    /// INTERNALDATE: when the server received the message (UTC); unset when absent or not
    /// the RFC 9051 form.
    std::optional<QDateTime> internalDate;
    std::optional<QList<QByteArray>> flags;
};

/// One complete server response: a tagged completion, untagged data or a continuation
/// request. Atoms that the protocol treats case-insensitively (status, keyword, code) are
/// upper-cased here so callers compare them directly.
struct ImapResponse
{
    enum class Kind { Tagged, Untagged, Continuation };

    Kind kind = Kind::Untagged;
    QByteArray tag;                       ///< Tagged only
    ImapStatus status = ImapStatus::None; ///< status responses (tagged, `* OK`, `* BYE`...)
    QByteArray code;                      ///< response code name, e.g. "UIDVALIDITY"
    QByteArray codeArgument;              ///< the rest inside the brackets, e.g. "3857529045"
    QByteArray text;                      ///< human-readable text (continuation: its data)
    std::optional<quint32> number;        ///< `* 23 EXISTS` → 23
    QByteArray keyword;                   ///< data keyword: EXISTS, FETCH, SEARCH, CAPABILITY...
    QList<QByteArray> values;             ///< top-level atoms and strings of other data
    ImapFetchData fetch;                  ///< FETCH only
};

} // namespace kotva
