#include "core/schedule/MonthText.h"

#include <QCoreApplication>
#include <QStringList>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MonthText)
};

const QChar EnDash(0x2013);
const QString EmDashSeparator = QStringLiteral(" \u2014 ");

bool usesDottedDates(const QLocale& locale)
{
    return locale.language() == QLocale::Czech || locale.language() == QLocale::Slovak;
}

QString shortDate(const QDate& date, const QLocale& locale)
{
    return usesDottedDates(locale) ? QStringLiteral("%1. %2.").arg(date.day()).arg(date.month())
                                   : locale.toString(date, QStringLiteral("d MMM"));
}

QString hhmm(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString occurrenceLine(const Occurrence& occurrence, const QLocale& locale)
{
    QString line = MonthText::dayLabel(occurrence.date, locale) + u' ';
    if (occurrence.isCancelled())
        return line + occurrence.title + EmDashSeparator +
               Tr::tr("cancelled (%1)").arg(occurrence.cancellationReason);
    line += hhmm(occurrence.start) + EnDash + hhmm(occurrence.end) + u' ' + occurrence.title;
    if (!occurrence.venueShortText.isEmpty())
        line += EmDashSeparator + occurrence.venueShortText;
    if (occurrence.capacity)
        line += u' ' + Tr::tr("(%1 places)").arg(*occurrence.capacity);
    if (occurrence.status == Occurrence::Status::Changed)
        line += u' ' + Tr::tr("[change: %1]").arg(occurrence.changeNote);
    return line;
}

} // namespace

QString MonthText::dayLabel(const QDate& date, const QLocale& locale)
{
    QString day = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
    if (!day.isEmpty())
        day[0] = day.at(0).toUpper();
    if (day.endsWith(u'.'))
        day.chop(1);
    return day + u' ' + shortDate(date, locale);
}

QString MonthText::format(const MonthSchedule& month, const QLocale& locale)
{
    QStringList lines;
    const Organisation& organisation = month.organisation;
    const QString owner =
        organisation.programme.isEmpty() ? organisation.name : organisation.programme;
    const QString monthName = locale.standaloneMonthName(month.month, QLocale::LongFormat) + u' ' +
                              QString::number(month.year);
    lines << Tr::tr("%1 \u2013 programme for %2").arg(owner, monthName);
    QStringList contact;
    if (!organisation.programme.isEmpty() && !organisation.name.isEmpty())
        contact << organisation.name;
    if (!organisation.email.isEmpty())
        contact << organisation.email;
    if (!organisation.phone.isEmpty())
        contact << organisation.phone;
    if (!contact.isEmpty())
        lines << contact.join(QStringLiteral(" \u00b7 "));
    lines << QString();

    if (month.occurrences.isEmpty())
        lines << Tr::tr("Nothing is planned this month.");
    for (const Occurrence& occurrence : month.occurrences)
        lines << occurrenceLine(occurrence, locale);

    if (!month.holidays.isEmpty()) {
        QStringList holidays;
        for (const Holiday& holiday : month.holidays)
            holidays << dayLabel(holiday.date, locale) + u' ' + holiday.name;
        lines << QString()
              << Tr::tr("Public holidays: %1").arg(holidays.join(QStringLiteral(", ")));
    }

    if (!month.rota.isEmpty()) {
        lines << QString()
              << (month.rotaPhone.isEmpty() ? Tr::tr("On-call phone:")
                                            : Tr::tr("On-call phone %1:").arg(month.rotaPhone));
        for (const RotaWeek& week : month.rota)
            lines << Tr::tr("week %1 (%2%3%4): %5")
                         .arg(week.isoWeek.week)
                         .arg(shortDate(week.monday, locale), EnDash,
                              shortDate(week.sunday, locale),
                              week.peer.isEmpty() ? Tr::tr("nobody") : week.peer);
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace kotva
