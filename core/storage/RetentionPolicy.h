#pragma once

#include "core/common/Error.h"

#include <QDateTime>

namespace kotva {

/// How long the vault keeps things. Message text goes first (default 30 days,
/// 1–365); everything else about a contact goes after 12 months at the latest,
/// and that ceiling cannot be raised.
struct RetentionPolicy
{
    static constexpr int DefaultMessageDays = 30;
    static constexpr int MinMessageDays = 1;
    static constexpr int MaxMessageDays = 365;
    static constexpr int MaxRecordMonths = 12;

    int messageDays = DefaultMessageDays;
    int recordMonths = MaxRecordMonths; ///< may be lowered (1–12), never raised

    /// The policy itself if within bounds, otherwise an InvalidArgument error saying which bound.
    [[nodiscard]] Result<RetentionPolicy> validated() const;
    /// Message text created before this instant has expired.
    [[nodiscard]] QDateTime messageCutoff(const QDateTime& nowUtc) const;
    /// Anything else created before this instant has expired.
    [[nodiscard]] QDateTime recordCutoff(const QDateTime& nowUtc) const;

    friend bool operator==(const RetentionPolicy&, const RetentionPolicy&) = default;
};

} // namespace kotva
