#include "render/MonthRows.h"

#include "core/schedule/MonthText.h"

#include <QCoreApplication>
#include <QStringList>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MonthRows)
};

QString hhmm(const QTime& time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString range(const QTime& from, const QTime& to)
{
    return hhmm(from) + QChar(0x2013) + hhmm(to);
}

QString dotted(const QDate& date)
{
    return QStringLiteral("%1. %2.").arg(date.day()).arg(date.month());
}

} // namespace

QList<MonthRow> MonthRows::of(const MonthSchedule& month)
{
    QList<MonthRow> rows;
    rows.reserve(month.occurrences.size() + month.holidays.size());
    qsizetype nextHoliday = 0;
    const auto flushHolidaysBefore = [&](const QDate& limit) {
        for (; nextHoliday < month.holidays.size(); ++nextHoliday) {
            const Holiday& holiday = month.holidays.at(nextHoliday);
            if (limit.isValid() && holiday.date > limit)
                return;
            if (month.on(holiday.date).isEmpty())
                rows.append(MonthRow{holiday.date, std::nullopt, holiday.name});
        }
    };
    for (const Occurrence& occurrence : month.occurrences) {
        flushHolidaysBefore(occurrence.date);
        const Holiday* holiday = month.holidayOn(occurrence.date);
        rows.append(MonthRow{occurrence.date, occurrence, holiday ? holiday->name : QString()});
    }
    flushHolidaysBefore(QDate());
    return rows;
}

QString MonthRows::dayText(const MonthRow& row)
{
    return MonthText::dayLabel(row.date);
}

QString MonthRows::timeText(const MonthRow& row)
{
    if (!row.occurrence)
        return {};
    return range(row.occurrence->start, row.occurrence->end);
}

QString MonthRows::breakText(const MonthRow& row)
{
    if (!row.occurrence || row.occurrence->breakMinutes <= 0)
        return {};
    const Occurrence& occurrence = *row.occurrence;
    if (occurrence.breakStart.isValid())
        return Tr::tr("break %1")
            .arg(range(occurrence.breakStart,
                       occurrence.breakStart.addSecs(occurrence.breakMinutes * 60)));
    return Tr::tr("break %n min", nullptr, occurrence.breakMinutes);
}

QString MonthRows::titleText(const MonthRow& row)
{
    if (!row.occurrence)
        return Tr::tr("Public holiday: %1").arg(row.holidayName);
    return row.occurrence->title;
}

QString MonthRows::venueText(const MonthRow& row)
{
    return row.occurrence ? row.occurrence->venueText : QString();
}

QString MonthRows::leadsText(const MonthRow& row)
{
    return row.occurrence ? row.occurrence->leads.join(QStringLiteral(", ")) : QString();
}

QString MonthRows::statusText(const MonthRow& row)
{
    if (!row.occurrence)
        return {};
    const Occurrence& occurrence = *row.occurrence;
    switch (occurrence.status) {
    case Occurrence::Status::Scheduled:
        return {};
    case Occurrence::Status::Changed:
        return Tr::tr("Changed: %1").arg(occurrence.changeNote);
    case Occurrence::Status::Cancelled:
        if (occurrence.cancelledBy == Occurrence::CancelledBy::Holiday)
            return Tr::tr("Cancelled: public holiday (%1)").arg(occurrence.cancellationReason);
        if (occurrence.cancellationReason.isEmpty())
            return Tr::tr("Cancelled");
        return Tr::tr("Cancelled: %1").arg(occurrence.cancellationReason);
    }
    return {};
}

QString MonthRows::rotaWeekText(const RotaWeek& week)
{
    return Tr::tr("Week %1 (%2%3%4)")
        .arg(week.isoWeek.week)
        .arg(dotted(week.monday), QString(QChar(0x2013)), dotted(week.sunday));
}

QString MonthRows::rotaHeading(const MonthSchedule& month)
{
    if (month.rotaPhone.isEmpty())
        return Tr::tr("On-call phone");
    return Tr::tr("On-call phone %1").arg(month.rotaPhone);
}

QString MonthRows::holidaysText(const MonthSchedule& month)
{
    QStringList parts;
    for (const Holiday& holiday : month.holidays)
        parts << QStringLiteral("%1 (%2)").arg(holiday.name, MonthText::dayLabel(holiday.date));
    return parts.join(QStringLiteral(", "));
}

QString MonthRows::contactText(const Organisation& organisation)
{
    QStringList parts;
    for (const QString& part :
         {organisation.address, organisation.email, organisation.phone, organisation.web}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace kotva
