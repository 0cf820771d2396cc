#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace kotva::shell {

// One way to write dates and times on every screen. Czech writes "4. 12. 2026" and "9:05"
// (the locale's short format would give "04.12.26"); other languages get "4 Dec 2026".

[[nodiscard]] QString dateText(const QDate& date);
/// The local date of an instant stored in UTC.
[[nodiscard]] QString dateText(const QDateTime& utc);
[[nodiscard]] QString timeText(const QDateTime& utc);
[[nodiscard]] QString dateTimeText(const QDateTime& utc);

} // namespace kotva::shell
