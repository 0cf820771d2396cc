#pragma once

#include "core/schedule/MonthSchedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kotva {

/// Writes a month as an RFC 5545 iCalendar stream (UTF-8, CRLF, folded at 75 octets):
/// VCALENDAR (PRODID, VERSION:2.0, CALSCALE:GREGORIAN, METHOD:PUBLISH, X-WR-CALNAME),
/// one VTIMEZONE for Europe/Prague (STANDARD/DAYLIGHT with RRULEs, EU rules since 1996),
/// one VEVENT per occurrence: UID (stable per occurrence), DTSTAMP (UTC),
/// DTSTART/DTEND;TZID=Europe/Prague, SUMMARY, LOCATION, DESCRIPTION, and
/// STATUS:CANCELLED (with the reason in the description) for cancelled ones,
/// STATUS:CONFIRMED otherwise.
class ICalendarWriter final
{
public:
    ICalendarWriter() = delete;

    /// `stampUtc` is the DTSTAMP of every event (the time the file is made; a Clock's now).
    [[nodiscard]] static QByteArray write(const MonthSchedule& month, const QDateTime& stampUtc);

    /// Escapes a TEXT value: backslash, semicolon, comma, and newlines as "\n".
    [[nodiscard]] static QString escapeText(const QString& text);
    /// Folds one content line (without its CRLF) into lines of at most 75 octets,
    /// continuation lines starting with a space; never splits a UTF-8 sequence.
    /// Returns the folded line(s) joined with CRLF, without a trailing CRLF.
    [[nodiscard]] static QByteArray foldLine(const QByteArray& utf8Line);
};

} // namespace kotva
