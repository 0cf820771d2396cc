#include "core/schedule/MonthSchedule.h"

#include "core/schedule/Programme.h"
#include "core/schedule/Slug.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MonthSchedule)
};

/// "NetoPEER" → "netopeer", "Kaleidoskop – centrum" → "kaleidoskop-centrum": ASCII for UIDs.
QString slugOf(const Organisation& organisation)
{
    const QString slug =
        Slug::of(organisation.programme.isEmpty() ? organisation.name : organisation.programme);
    return slug.isEmpty() ? QStringLiteral("programme") : slug;
}

QString timeRange(const QTime& start, const QTime& end)
{
    return start.toString(QStringLiteral("HH:mm")) + QChar(0x2013) +
           end.toString(QStringLiteral("HH:mm"));
}

Occurrence makeOccurrence(const Activity& activity, const RecurrenceRule& rule, const QDate& date,
                          const QString& slug)
{
    Occurrence occurrence;
    occurrence.activityId = activity.id;
    occurrence.uid = activity.id + u'-' + date.toString(QStringLiteral("yyyyMMdd")) + u'@' + slug +
                     QStringLiteral(".kotva");
    occurrence.title = activity.title;
    occurrence.description = activity.description;
    occurrence.date = date;
    occurrence.start = activity.start;
    occurrence.end = activity.end;
    occurrence.breakMinutes = activity.breakMinutes;
    occurrence.breakStart = activity.breakStart;
    occurrence.venue = activity.venueFor(rule);
    occurrence.leads = activity.leads;
    occurrence.capacity = activity.capacity;
    occurrence.singleEvent = rule.kind == RecurrenceRule::Kind::Once;
    occurrence.supervision = activity.supervision;
    return occurrence;
}

void applyChange(Occurrence& occurrence, const OccurrenceChange& change)
{
    QStringList what;
    const QTime start = change.start.isValid() ? change.start : occurrence.start;
    const QTime end = change.end.isValid() ? change.end : occurrence.end;
    if (start != occurrence.start || end != occurrence.end) {
        what << Tr::tr("time changed to %1").arg(timeRange(start, end));
        occurrence.start = start;
        occurrence.end = end;
    }
    if (change.venue && !(*change.venue == occurrence.venue)) {
        occurrence.venue = *change.venue;
        what << Tr::tr("venue changed");
    }
    if (!change.note.isEmpty())
        what << change.note;
    occurrence.status = Occurrence::Status::Changed;
    occurrence.changeNote = what.join(QStringLiteral("; "));
}

} // namespace

MonthSchedule MonthSchedule::build(const Programme& programme, int year, int month,
                                   Audience audience)
{
    MonthSchedule result;
    result.year = year;
    result.month = month;
    result.organisation = programme.organisation;
    result.rotaPhone =
        programme.rota.phone.isEmpty() ? programme.organisation.phone : programme.rota.phone;
    result.holidays = CzechHolidays::ofMonth(year, month);
    result.rota = programme.rota.weeksOfMonth(year, month);

    const QString slug = slugOf(programme.organisation);
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    for (const Activity& activity : programme.activities) {
        if (activity.isInternal() && audience == Audience::Public)
            continue;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const RecurrenceRule* rule = activity.ruleOn(day);
            if (!rule)
                continue;
            Occurrence occurrence = makeOccurrence(activity, *rule, day, slug);
            if (!occurrence.singleEvent && CzechHolidays::isHoliday(day)) {
                occurrence.status = Occurrence::Status::Cancelled;
                occurrence.cancelledBy = Occurrence::CancelledBy::Holiday;
                occurrence.cancellationReason = CzechHolidays::nameOf(day);
            }
            for (const Cancellation& cancellation : programme.cancellations) {
                if (cancellation.activityId == activity.id && cancellation.date == day &&
                    !occurrence.isCancelled()) {
                    occurrence.status = Occurrence::Status::Cancelled;
                    occurrence.cancelledBy = Occurrence::CancelledBy::Manual;
                    occurrence.cancellationReason = cancellation.reason;
                }
            }
            if (!occurrence.isCancelled())
                for (const OccurrenceChange& change : programme.changes)
                    if (change.activityId == activity.id && change.date == day)
                        applyChange(occurrence, change);
            occurrence.venueText = occurrence.venue.describe(programme.organisation);
            occurrence.venueShortText = occurrence.venue.describeShort(programme.organisation);
            result.occurrences.append(std::move(occurrence));
        }
    }
    std::stable_sort(result.occurrences.begin(), result.occurrences.end(),
                     [](const Occurrence& a, const Occurrence& b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         if (a.start != b.start)
                             return a.start < b.start;
                         return a.title < b.title;
                     });
    return result;
}

QString MonthSchedule::title() const
{
    const QLocale locale;
    return locale.standaloneMonthName(month, QLocale::LongFormat) + u' ' + QString::number(year);
}

QList<Occurrence> MonthSchedule::supervisionDates() const
{
    QList<Occurrence> dates;
    for (const Occurrence& occurrence : occurrences)
        if (occurrence.supervision && !occurrence.isCancelled())
            dates << occurrence;
    return dates;
}

QList<Occurrence> MonthSchedule::on(const QDate& date) const
{
    QList<Occurrence> onDay;
    for (const Occurrence& occurrence : occurrences)
        if (occurrence.date == date)
            onDay.append(occurrence);
    return onDay;
}

const Holiday* MonthSchedule::holidayOn(const QDate& date) const
{
    for (const Holiday& holiday : holidays)
        if (holiday.date == date)
            return &holiday;
    return nullptr;
}

} // namespace kotva
