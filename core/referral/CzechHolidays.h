#pragma once

#include <QDate>

namespace kotva::czech {

/// Whether the date is a Czech public holiday (státní svátek or ostatní svátek under
/// zákon č. 245/2000 Sb.), including Good Friday and Easter Monday. Used to tell the worker
/// that a line which closes on holidays is closed today.
bool isPublicHoliday(QDate date);

/// Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm).
QDate easterSunday(int year);

} // namespace kotva::czech
