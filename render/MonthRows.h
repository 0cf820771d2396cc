#pragma once

#include "core/schedule/MonthSchedule.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

/// One line of the month as the view and the printout show it: an occurrence (scheduled,
/// changed or cancelled), or a public holiday on which nothing was planned. Both the table
/// in the app and the printed page read the same rows, so what is printed is what is seen.
struct MonthRow
{
    QDate date;
    std::optional<Occurrence> occurrence; ///< empty for a holiday-only row
    QString holidayName;                  ///< the holiday on `date`, if any

    [[nodiscard]] bool isHolidayOnly() const { return !occurrence.has_value(); }
    [[nodiscard]] bool isCancelled() const { return occurrence && occurrence->isCancelled(); }
};

/// Texts of a row shared by the view and the printout (translated, default QLocale).
class MonthRows final
{
public:
    MonthRows() = delete;

    /// The occurrences in order, with a holiday-only row inserted on each public holiday
    /// that has no occurrence.
    [[nodiscard]] static QList<MonthRow> of(const MonthSchedule& month);

    /// "Po 7. 12."
    [[nodiscard]] static QString dayText(const MonthRow& row);
    /// "18:00–20:30"; empty for a holiday-only row.
    [[nodiscard]] static QString timeText(const MonthRow& row);
    /// "break 10 min" / "break 19:10–19:20"; empty when there is no break.
    [[nodiscard]] static QString breakText(const MonthRow& row);
    /// The title, or "Public holiday: Štědrý den" for a holiday-only row.
    [[nodiscard]] static QString titleText(const MonthRow& row);
    [[nodiscard]] static QString venueText(const MonthRow& row);
    [[nodiscard]] static QString leadsText(const MonthRow& row);
    /// "Cancelled: public holiday (Štědrý den)", "Cancelled: both peers ill",
    /// "Changed: …"; empty for a row that takes place as planned.
    [[nodiscard]] static QString statusText(const MonthRow& row);
    /// "Week 49 (30. 11.–6. 12.)"
    [[nodiscard]] static QString rotaWeekText(const RotaWeek& week);
    /// The rota heading, with the phone number when known.
    [[nodiscard]] static QString rotaHeading(const MonthSchedule& month);
    /// "Štědrý den (Čt 24. 12.), …" — every public holiday of the month.
    [[nodiscard]] static QString holidaysText(const MonthSchedule& month);
    /// "address · e-mail · phone · web" of the organisation (the parts that are known).
    [[nodiscard]] static QString contactText(const Organisation& organisation);
};

} // namespace kotva
