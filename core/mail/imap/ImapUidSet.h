#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <expected>

namespace kotva {

/// The UIDs of a sequence set as ESEARCH returns it ("1:3,7,9:12"), ascending and without
/// duplicates. A set naming more than `maxCount` UIDs is refused before it is expanded, so
/// a hostile "1:4294967295" cannot fill memory.
[[nodiscard]] std::expected<QList<quint32>, QString> parseUidSet(QByteArrayView set,
                                                                 qsizetype maxCount);

} // namespace kotva
