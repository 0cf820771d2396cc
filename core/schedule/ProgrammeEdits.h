#pragma once

#include "core/schedule/Programme.h"

#include <QDate>
#include <QString>

namespace kotva {

/// The one-off edits the month view makes to a programme. Each returns the edited copy;
/// the caller validates it (Programme::validate) before using it. An occurrence has at most
/// one manual cancellation and one change: a new one replaces the old.
class ProgrammeEdits final
{
public:
    ProgrammeEdits() = delete;

    [[nodiscard]] static Programme cancel(Programme programme, const QString& activityId,
                                          const QDate& date, const QString& reason);
    [[nodiscard]] static Programme change(Programme programme, const OccurrenceChange& change);
    /// Drops the manual cancellation and the change of the occurrence.
    [[nodiscard]] static Programme restore(Programme programme, const QString& activityId,
                                           const QDate& date);
};

} // namespace kotva
