#include "core/schedule/ICalendarWriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ICalendarWriter)
};

constexpr qsizetype MaxLineOctets = 75;

/// Europe/Prague as Thunderbird, Evolution and Outlook describe it: the EU rules
/// (last Sunday of March 02:00 → CEST, last Sunday of October 03:00 → CET).
constexpr const char* pragueTimezone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Prague",
    "X-LIC-LOCATION:Europe/Prague",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

class ContentLines
{
public:
    void add(const QString& line) { m_out += ICalendarWriter::foldLine(line.toUtf8()) + "\r\n"; }
    void add(const char* line) { add(QString::fromLatin1(line)); }
    void text(const char* name, const QString& value)
    {
        add(QLatin1String(name) + u':' + ICalendarWriter::escapeText(value));
    }
    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

QString localStamp(const QDate& date, const QTime& time)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + u'T' +
           time.toString(QStringLiteral("HHmmss"));
}

QString descriptionOf(const Occurrence& occurrence)
{
    QStringList lines;
    if (occurrence.isCancelled())
        lines << Tr::tr("Cancelled: %1").arg(occurrence.cancellationReason);
    if (occurrence.status == Occurrence::Status::Changed)
        lines << Tr::tr("Changed: %1").arg(occurrence.changeNote);
    if (!occurrence.description.isEmpty())
        lines << occurrence.description;
    if (occurrence.breakMinutes > 0)
        lines << Tr::tr("Including a %1-minute break.").arg(occurrence.breakMinutes);
    if (!occurrence.leads.isEmpty())
        lines << Tr::tr("Led by: %1").arg(occurrence.leads.join(QStringLiteral(", ")));
    if (occurrence.capacity)
        lines << Tr::tr("Places: %1").arg(*occurrence.capacity);
    return lines.join(u'\n');
}

void writeEvent(ContentLines& lines, const Occurrence& occurrence, const QString& stamp)
{
    lines.add("BEGIN:VEVENT");
    lines.add(QStringLiteral("UID:") + occurrence.uid);
    lines.add(QStringLiteral("DTSTAMP:") + stamp);
    lines.add(QStringLiteral("DTSTART;TZID=Europe/Prague:") +
              localStamp(occurrence.date, occurrence.start));
    lines.add(QStringLiteral("DTEND;TZID=Europe/Prague:") +
              localStamp(occurrence.date, occurrence.end));
    lines.text("SUMMARY", occurrence.isCancelled() ? Tr::tr("Cancelled: %1").arg(occurrence.title)
                                                   : occurrence.title);
    if (!occurrence.venueText.isEmpty())
        lines.text("LOCATION", occurrence.venueText);
    const QString description = descriptionOf(occurrence);
    if (!description.isEmpty())
        lines.text("DESCRIPTION", description);
    lines.add(occurrence.isCancelled() ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
    lines.add("TRANSP:OPAQUE");
    lines.add("END:VEVENT");
}

} // namespace

QByteArray ICalendarWriter::write(const MonthSchedule& month, const QDateTime& stampUtc)
{
    const QString stamp = stampUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    ContentLines lines;
    lines.add("BEGIN:VCALENDAR");
    lines.add("PRODID:-//Kotva//Group programme//CS");
    lines.add("VERSION:2.0");
    lines.add("CALSCALE:GREGORIAN");
    lines.add("METHOD:PUBLISH");
    const QString owner = month.organisation.programme.isEmpty() ? month.organisation.name
                                                                 : month.organisation.programme;
    lines.text("X-WR-CALNAME", owner + QStringLiteral(" – ") + month.title());
    lines.add("X-WR-TIMEZONE:Europe/Prague");
    for (const char* line : pragueTimezone)
        lines.add(line);
    for (const Occurrence& occurrence : month.occurrences)
        writeEvent(lines, occurrence, stamp);
    lines.add("END:VCALENDAR");
    return lines.take();
}

QString ICalendarWriter::escapeText(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        switch (ch.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u';':
            escaped += QStringLiteral("\\;");
            break;
        case u',':
            escaped += QStringLiteral("\\,");
            break;
        case u'\r':
            // CRLF and a lone CR both become one escaped newline.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QStringLiteral("\\n");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (ch.unicode() >= 0x20 || ch == u'\t')
                escaped += ch;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::foldLine(const QByteArray& utf8Line)
{
    QByteArray folded;
    folded.reserve(utf8Line.size() + utf8Line.size() / MaxLineOctets * 3 + 2);
    qsizetype pos = 0;
    bool firstLine = true;
    while (pos < utf8Line.size()) {
        // A continuation line starts with one space, which counts towards the 75 octets.
        const qsizetype room = firstLine ? MaxLineOctets : MaxLineOctets - 1;
        qsizetype end = std::min(pos + room, utf8Line.size());
        if (end < utf8Line.size()) {
            // Back off to the start of a UTF-8 sequence (never cut after a lead byte).
            while (end > pos && (static_cast<unsigned char>(utf8Line.at(end)) & 0xC0) == 0x80)
                --end;
        }
        if (!firstLine)
            folded += "\r\n ";
        folded += utf8Line.mid(pos, end - pos);
        pos = end;
        firstLine = false;
    }
    return folded;
}

} // namespace kotva
