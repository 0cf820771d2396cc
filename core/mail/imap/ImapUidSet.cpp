#include "core/mail/imap/ImapUidSet.h"

#include <algorithm>
#include <optional>

namespace kotva {

namespace {

std::optional<quint32> uidOf(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 10)
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value == 0 || value > 0xffffffffu)
        return std::nullopt;
    return quint32(value);
}

} // namespace

std::expected<QList<quint32>, QString> parseUidSet(QByteArrayView set, qsizetype maxCount)
{
    struct Range
    {
        quint32 first;
        quint32 last;
    };
    QList<Range> ranges;
    quint64 count = 0;
    for (const QByteArrayView part : QByteArray(set.toByteArray()).split(',')) {
        const qsizetype colon = part.indexOf(':');
        const auto first = uidOf(colon < 0 ? part : part.first(colon));
        const auto last = colon < 0 ? first : uidOf(part.sliced(colon + 1));
        if (!first || !last)
            return std::unexpected(QStringLiteral("an invalid UID set"));
        // RFC 9051 allows a range in either order.
        const Range range{std::min(*first, *last), std::max(*first, *last)};
        count += quint64(range.last - range.first) + 1;
        if (count > quint64(maxCount))
            return std::unexpected(QStringLiteral("a UID set of more than %1 UIDs").arg(maxCount));
        ranges.append(range);
    }
    QList<quint32> uids;
    uids.reserve(qsizetype(count));
    for (const Range& range : ranges) {
        for (quint64 uid = range.first; uid <= range.last; ++uid)
            uids.append(quint32(uid));
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

} // namespace kotva
