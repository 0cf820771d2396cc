#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kotva {

/// A Czech public holiday (státní svátek or ostatní svátek under zákon č. 245/2000 Sb.);
/// on all of them shops may close and work does not count as a working day.
struct Holiday
{
    QDate date;
    QString name; ///< translated ("Christmas Eve" → "Štědrý den")

    friend bool operator==(const Holiday&, const Holiday&) = default;
};

/// The statutory public holidays of the Czech Republic, computed for any year from 2000
/// (the current list came with zákon 245/2000 Sb.): 1. 1., Good Friday (only from 2016,
/// novela 359/2015 Sb.), Easter Monday, 1. 5., 8. 5., 5. 7., 6. 7., 28. 9., 28. 10.,
/// 17. 11., 24. 12., 25. 12., 26. 12. For earlier years the same list is used (without
/// Good Friday); the programme never needs them.
class CzechHolidays final
{
public:
    CzechHolidays() = delete;

    /// Easter Sunday of the Gregorian calendar (anonymous Gregorian computus, Meeus/Jones/Butcher).
    [[nodiscard]] static QDate easterSunday(int year);
    /// The holidays of `year`, in date order.
    [[nodiscard]] static QList<Holiday> ofYear(int year);
    /// The holidays falling in the month, in date order.
    [[nodiscard]] static QList<Holiday> ofMonth(int year, int month);
    [[nodiscard]] static bool isHoliday(const QDate& date);
    /// The translated name, or an empty string when `date` is not a holiday.
    [[nodiscard]] static QString nameOf(const QDate& date);
};

} // namespace kotva
