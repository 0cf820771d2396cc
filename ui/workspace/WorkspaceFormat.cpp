#include "ui/workspace/WorkspaceFormat.h"

#include "ui/shell/DateText.h"

#include <QLocale>

namespace kotva::format {

QString dateTime(const QDateTime& utc)
{
    return shell::dateTimeText(utc);
}

QString date(const QDateTime& utc)
{
    return shell::dateText(utc);
}

QString time(const QDateTime& utc)
{
    return shell::timeText(utc);
}

QString moment(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? time(utc) : date(utc);
}

} // namespace kotva::format
