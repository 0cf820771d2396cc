#include "ScheduleTestSupport.h"
#include "core/schedule/ICalendarWriter.h"
#include "core/schedule/MonthSchedule.h"
#include "core/schedule/Programme.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

const QDateTime stamp(QDate(2026, 11, 20), QTime(8, 15, 0), QTimeZone::utc());

TEST(ICalendarEscaping, CommasSemicolonsBackslashesNewlines)
{
    EXPECT_EQ(ICalendarWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
              QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    EXPECT_EQ(ICalendarWriter::escapeText(QStringLiteral("Svatoslavova 260/14, Praha 4 – Nusle")),
              QStringLiteral("Svatoslavova 260/14\\, Praha 4 – Nusle"));
}

TEST(ICalendarFolding, ShortLinesStayWhole)
{
    EXPECT_EQ(ICalendarWriter::foldLine("SUMMARY:Klub"), QByteArray("SUMMARY:Klub"));
    const QByteArray exactly75(75, 'x');
    EXPECT_EQ(ICalendarWriter::foldLine(exactly75), exactly75);
}

TEST(ICalendarFolding, LongCzechLinesFoldAtSeventyFiveOctetsWithoutSplittingCharacters)
{
    // "ř" and "ž" are two octets each, "–" three: a naive 75-octet cut would split them.
    const QString text = QStringLiteral("DESCRIPTION:") +
                         QStringLiteral("Příliš žluťoučký kůň úpěl ďábelské ódy – ").repeated(6);
    const QByteArray utf8 = text.toUtf8();
    for (int shift = 0; shift < 4; ++shift) {
        const QByteArray line = QByteArray(shift, 'x') + utf8;
        const QByteArray folded = ICalendarWriter::foldLine(line);
        const QList<QByteArray> parts = folded.split('\n');
        ASSERT_GT(parts.size(), 3);
        QByteArray unfolded;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QByteArray part = parts.at(i);
            if (i + 1 < parts.size()) {
                ASSERT_TRUE(part.endsWith('\r'));
                part.chop(1);
            }
            EXPECT_LE(part.size(), 75) << "line " << i;
            if (i > 0) {
                ASSERT_TRUE(part.startsWith(' '));
                part.remove(0, 1);
            }
            // Each physical line is valid UTF-8 on its own: no character was split.
            EXPECT_EQ(QString::fromUtf8(part).toUtf8(), part) << "line " << i;
            EXPECT_FALSE(QString::fromUtf8(part).contains(QChar::ReplacementCharacter))
                << "line " << i;
            unfolded += part;
        }
        EXPECT_EQ(unfolded, line);
    }
}

TEST(ICalendarWriter, StructureOfTheExampleMonth)
{
    const MonthSchedule december = MonthSchedule::build(test::exampleProgramme(), 2026, 12);
    const QByteArray ics = ICalendarWriter::write(december, stamp);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("\r\n"), ics.count('\n')) << "every line ends with CRLF";
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 8);
    EXPECT_EQ(ics.count("STATUS:CANCELLED"), 1);
    EXPECT_EQ(ics.count("BEGIN:VTIMEZONE"), 1);
    EXPECT_TRUE(ics.contains("DTSTAMP:20261120T081500Z\r\n"));
    EXPECT_TRUE(ics.contains("DTSTART;TZID=Europe/Prague:20261207T180000\r\n"));
    EXPECT_TRUE(ics.contains("UID:support-group-20261207@netopeer.kotva\r\n"));
    for (const QByteArray& line : ics.split('\n'))
        EXPECT_LE(line.size(), 76) << line.toStdString(); // 75 octets + the CR
    // The same month written again is byte-identical (stable UIDs, given DTSTAMP).
    EXPECT_EQ(ICalendarWriter::write(december, stamp), ics);
}

TEST(ICalendarWriter, ReadBackWithPythonIcalendar)
{
    Programme programme = test::exampleProgramme();
    programme.cancellations.append({QStringLiteral("club"), QDate(2026, 12, 10),
                                    QStringLiteral("Nemoc; obě peerky, bohužel\nomlouváme se")});
    const MonthSchedule december = MonthSchedule::build(programme, 2026, 12);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("december.ics"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ICalendarWriter::write(december, stamp));
    file.close();

    const test::ProcessResult result =
        test::runProcess(test::systemPython(),
                         {test::sourceDir() + QStringLiteral("/tests/schedule/read_ics.py"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject calendar = QJsonDocument::fromJson(result.out).object();
    EXPECT_EQ(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
    EXPECT_EQ(calendar.value(QStringLiteral("calscale")).toString(), QStringLiteral("GREGORIAN"));
    EXPECT_FALSE(calendar.value(QStringLiteral("prodid")).toString().isEmpty());
    EXPECT_EQ(calendar.value(QStringLiteral("timezones")).toArray(),
              QJsonArray{QStringLiteral("Europe/Prague")});
    EXPECT_EQ(calendar.value(QStringLiteral("timezone_parts")).toArray(),
              (QJsonArray{QStringLiteral("DAYLIGHT"), QStringLiteral("STANDARD")}));

    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), december.occurrences.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        const Occurrence& o = december.occurrences.at(i);
        SCOPED_TRACE(o.uid.toStdString());
        EXPECT_EQ(event.value(QStringLiteral("uid")).toString(), o.uid);
        EXPECT_TRUE(event.value(QStringLiteral("summary")).toString().contains(o.title));
        EXPECT_EQ(event.value(QStringLiteral("location")).toString(), o.venueText);
        EXPECT_EQ(event.value(QStringLiteral("start")).toString(),
                  o.startDateTime().toString(Qt::ISODate));
        EXPECT_EQ(event.value(QStringLiteral("end")).toString(),
                  o.endDateTime().toString(Qt::ISODate));
        EXPECT_EQ(event.value(QStringLiteral("start_tzid")).toString(),
                  QStringLiteral("Europe/Prague"));
        EXPECT_EQ(event.value(QStringLiteral("end_tzid")).toString(),
                  QStringLiteral("Europe/Prague"));
        EXPECT_EQ(event.value(QStringLiteral("start_utc_offset")).toInt(), 3600); // CET in December
        EXPECT_EQ(event.value(QStringLiteral("dtstamp")).toString(),
                  QStringLiteral("2026-11-20T08:15:00+00:00"));
        EXPECT_EQ(event.value(QStringLiteral("status")).toString(),
                  o.isCancelled() ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
        const QString description = event.value(QStringLiteral("description")).toString();
        EXPECT_TRUE(description.contains(o.isCancelled() ? o.cancellationReason : o.description));
    }
    // The escaped reason (semicolon, comma, newline, Czech letters) survives the round trip.
    EXPECT_TRUE(result.out.contains("Nemoc; obě peerky, bohužel\\nomlouváme se"));
}

TEST(ICalendarWriter, SummerEventsGetSummerOffsetInAnIndependentReader)
{
    const MonthSchedule june = MonthSchedule::build(test::exampleProgramme(), 2026, 6);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("june.ics"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(ICalendarWriter::write(june, stamp));
    file.close();
    const test::ProcessResult result =
        test::runProcess(test::systemPython(),
                         {test::sourceDir() + QStringLiteral("/tests/schedule/read_ics.py"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray events =
        QJsonDocument::fromJson(result.out).object().value(QStringLiteral("events")).toArray();
    ASSERT_FALSE(events.isEmpty());
    for (const QJsonValue& event : events)
        EXPECT_EQ(event.toObject().value(QStringLiteral("start_utc_offset")).toInt(), 7200);
}

} // namespace
} // namespace kotva
