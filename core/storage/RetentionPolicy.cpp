#include "core/storage/RetentionPolicy.h"

#include <QCoreApplication>

namespace kotva {

Result<RetentionPolicy> RetentionPolicy::validated() const
{
    if (messageDays < MinMessageDays || messageDays > MaxMessageDays) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("kotva::RetentionPolicy",
                                                "Message text can be kept from %1 to %2 days.")
                        .arg(MinMessageDays)
                        .arg(MaxMessageDays));
    }
    if (recordMonths < 1 || recordMonths > MaxRecordMonths) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("kotva::RetentionPolicy",
                                        "Records about contacts can be kept from 1 to %1 months.")
                .arg(MaxRecordMonths));
    }
    return *this;
}

QDateTime RetentionPolicy::messageCutoff(const QDateTime& nowUtc) const
{
    return nowUtc.toUTC().addDays(-qint64(messageDays));
}

QDateTime RetentionPolicy::recordCutoff(const QDateTime& nowUtc) const
{
    return nowUtc.toUTC().addMonths(-recordMonths);
}

} // namespace kotva
