#include "core/schedule/Occurrence.h"

#include "core/schedule/WorkingDays.h"

namespace kotva {

QDateTime Occurrence::startDateTime() const
{
    return QDateTime(date, start, WorkingDays::pragueZone());
}

QDateTime Occurrence::endDateTime() const
{
    return QDateTime(date, end, WorkingDays::pragueZone());
}

} // namespace kotva
