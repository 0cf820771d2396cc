#pragma once

// Dates and times as the workspace shows them: local time, the UI locale's short format.

#include <QDateTime>
#include <QString>

namespace kotva::format {

QString dateTime(const QDateTime& utc);
QString date(const QDateTime& utc);
QString time(const QDateTime& utc);
/// Compact, for lists: the time alone when it is today, else the date.
QString moment(const QDateTime& utc);

} // namespace kotva::format
