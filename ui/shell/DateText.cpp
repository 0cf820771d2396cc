#include "ui/shell/DateText.h"

#include <QLocale>

namespace kotva::shell {

QString dateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.language() == QLocale::Czech
               ? locale.toString(date, QStringLiteral("d. M. yyyy"))
               : locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString dateText(const QDateTime& utc)
{
    return utc.isValid() ? dateText(utc.toLocalTime().date()) : QString();
}

QString timeText(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().time(), QStringLiteral("H:mm"))
                         : QString();
}

QString dateTimeText(const QDateTime& utc)
{
    return utc.isValid() ? dateText(utc) + u' ' + timeText(utc) : QString();
}

} // namespace kotva::shell
