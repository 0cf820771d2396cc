#pragma once

#include "core/schedule/MonthSchedule.h"

#include <QLocale>
#include <QString>

namespace kotva {

/// The month as plain text to paste into a group chat or a social-media post. Compact,
/// one line per event, in the given locale (the default QLocale, Czech when Kotva runs
/// in Czech), labels through translate():
///
///   NetoPEER – program na prosinec 2026
///   Po 7. 12. 18:00–20:30 Podpůrná skupina — Svatoslavova 260/14
///   Čt 24. 12. Klub — zrušeno (Štědrý den)
///   ...
///   Svátky: 24. 12. Štědrý den, ...
///   Telefon v pohotovosti: +420 …; týden 49 (30. 11.–6. 12.) Sára, ...
class MonthText final
{
public:
    MonthText() = delete;

    [[nodiscard]] static QString format(const MonthSchedule& month,
                                        const QLocale& locale = QLocale());
    /// "Po 7. 12." — capitalised short weekday and day.month.
    [[nodiscard]] static QString dayLabel(const QDate& date, const QLocale& locale = QLocale());
};

} // namespace kotva
