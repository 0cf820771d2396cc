#include "ui/workspace/WorkspaceFormat.h"

#include <QLocale>

namespace kotva::format {

QString dateTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString date(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().date(), QLocale::ShortFormat)
                         : QString();
}

QString time(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat)
                         : QString();
}

QString moment(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? time(utc) : date(utc);
}

} // namespace kotva::format
