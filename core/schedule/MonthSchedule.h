#pragma once

#include "core/schedule/CzechHolidays.h"
#include "core/schedule/Occurrence.h"
#include "core/schedule/OnCallRota.h"
#include "core/schedule/Organisation.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kotva {

struct Programme;

/// The programme of one calendar month, ready to show, print, post or export:
/// the month view widget, the printout, the PDF, the chat text and the .ics all read this.
struct MonthSchedule
{
    int year = 0;
    int month = 0; ///< 1–12
    Organisation organisation;
    QString rotaPhone; ///< the on-call phone number to print beside the rota
    QList<Occurrence>
        occurrences;         ///< by date, then start time, then title; cancelled ones included
    QList<Holiday> holidays; ///< public holidays in the month, also those without any occurrence
    QList<RotaWeek> rota;    ///< ISO weeks (Mon–Sun) touching the month

    /// Builds the month: every rule of every activity is expanded over the month;
    /// recurring occurrences on a public holiday are cancelled (CancelledBy::Holiday,
    /// reason = holiday name); manual cancellations then changes are applied. Single
    /// dated events are not cancelled by holidays (they are planned for that day),
    /// only by a manual cancellation.
    /// Who the month is for: the public programme (printed, posted, published: the default)
    /// leaves out the internal supervision dates; the team's view in Kotva shows them.
    enum class Audience { Public, Team };
    [[nodiscard]] static MonthSchedule build(const Programme& programme, int year, int month,
                                             Audience audience = Audience::Public);

    [[nodiscard]] QDate firstDay() const { return QDate(year, month, 1); }
    [[nodiscard]] QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    /// Translated "December 2026" / "prosinec 2026" in the default QLocale.
    [[nodiscard]] QString title() const;
    /// Occurrences on `date` (including cancelled ones).
    [[nodiscard]] QList<Occurrence> on(const QDate& date) const;
    /// The supervision dates of the month that take place (Audience::Team months only).
    [[nodiscard]] QList<Occurrence> supervisionDates() const;
    /// The holiday on `date`, if any.
    [[nodiscard]] const Holiday* holidayOn(const QDate& date) const;
};

} // namespace kotva
