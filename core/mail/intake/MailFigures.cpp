#include "core/mail/intake/MailFigures.h"

#include "core/schedule/WorkingDays.h"

#include <QMap>

#include <algorithm>
#include <vector>

namespace kotva {

namespace {

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

} // namespace

QList<MailMonthFigures> monthlyMailFigures(const QList<MailRecord>& records)
{
    QMap<QDate, MailMonthFigures> months;
    QMap<QDate, std::vector<double>> hours;
    for (const MailRecord& r : records) {
        if (r.automated || !r.contactId)
            continue;
        const QDate day = r.receivedAtUtc.toTimeZone(WorkingDays::pragueZone()).date();
        const QDate month(day.year(), day.month(), 1);
        MailMonthFigures& figures = months[month];
        figures.month = month;
        ++figures.received;
        figures.acknowledgementsSent += r.ack == AckState::Sent;
        figures.outOfScope += r.outOfScope;
        if (r.answer == AnswerState::Sent && r.answeredAtUtc) {
            ++figures.answered;
            figures.answeredWithinDeadline += *r.answeredAtUtc <= r.dueAtUtc;
            hours[month].push_back(double(r.receivedAtUtc.secsTo(*r.answeredAtUtc)) / 3600.0);
        }
    }
    QList<MailMonthFigures> list;
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->medianHoursToAnswer = median(hours.value(it.key()));
        list.prepend(*it);
    }
    return list;
}

} // namespace kotva
