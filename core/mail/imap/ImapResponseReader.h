#pragma once

#include "core/mail/imap/ImapResponse.h"

#include <QByteArrayView>
#include <QString>

#include <expected>

namespace kotva {

/// Reads one complete response (as ImapResponseParser framed it: ending in CRLF, literals
/// inline) by the grammar of RFC 9051 section 9, as far as a client needs it. Recursive
/// descent over the bytes; nesting is bounded so hostile input cannot exhaust the stack.
class ImapResponseReader final
{
public:
    explicit ImapResponseReader(QByteArrayView response);

    /// The response, or a technical description of the first byte that does not fit.
    [[nodiscard]] std::expected<ImapResponse, QString> read();

private:
    using Step = std::expected<void, QString>;

    [[nodiscard]] Step readUntagged(ImapResponse& response);
    [[nodiscard]] Step readStatusText(ImapResponse& response);
    [[nodiscard]] Step readSearch(ImapResponse& response);
    [[nodiscard]] Step readFetch(ImapResponse& response);
    [[nodiscard]] Step readValues(ImapResponse& response);
    [[nodiscard]] Step skipValue(int depth);
    [[nodiscard]] Step expectEnd();
    [[nodiscard]] Step expect(char c);

    [[nodiscard]] std::expected<QByteArray, QString> atom();
    [[nodiscard]] std::expected<QByteArray, QString> string();
    [[nodiscard]] std::expected<std::optional<QByteArray>, QString> nstring();
    [[nodiscard]] std::expected<quint64, QString> number(quint64 max);
    [[nodiscard]] std::expected<QList<QByteArray>, QString> flagList();
    [[nodiscard]] QByteArray restOfLine();

    [[nodiscard]] bool atLineEnd() const;
    [[nodiscard]] char peek() const { return m_pos < m_data.size() ? m_data[m_pos] : '\0'; }
    [[nodiscard]] QString where(const char* what) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace kotva
