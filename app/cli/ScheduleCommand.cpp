#include "app/cli/CliCommand.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/schedule/ICalendarWriter.h"
#include "core/schedule/MonthSchedule.h"
#include "core/schedule/MonthText.h"
#include "core/schedule/ProgrammeJson.h"
#include "core/schedule/WorkingDays.h"
#include "render/ProgrammePdfExporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

// kotva-cli schedule --programme FILE --month YYYY-MM [--pdf OUT] [--ics OUT] [--text]
//   The month of a programme file as PDF, iCalendar and/or chat text; OUT "-" = stdout
//   (only one output may go to stdout). Validation warnings go to stderr.
// kotva-cli deadline --received ISO-8601 [--days 4]
//   The due date-time after N Czech working days (definition: core/schedule/WorkingDays.h),
//   printed as ISO-8601 with the Europe/Prague offset. A time without offset is Prague time.

namespace kotva::cli {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::cli::schedule)
};

int usageError(CliIo& io, const QString& message, const QCommandLineParser& parser)
{
    io.err << message << u'\n' << u'\n' << parser.helpText();
    return ExitUsage;
}

int failure(CliIo& io, const Error& error)
{
    io.err << error.toString() << u'\n';
    return ExitFailure;
}

/// An output is a new path or a regular file: a device or a folder is refused before a
/// temporary file could be renamed over it ("--pdf /dev/full" as root).
Status checkOutputPath(const QString& path)
{
    const QFileInfo info(path);
    if (path != u"-" && (info.exists() || info.isSymLink()) && !info.isFile())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 is not a regular file; give a new file name or \"-\".").arg(path));
    return {};
}

/// Writes bytes to `path`, or to stdout for "-" (the text stream is flushed first).
Status writeOutput(CliIo& io, const QString& path, const QByteArray& bytes)
{
    if (Status checked = checkOutputPath(path); !checked)
        return checked;
    if (path == u"-") {
        io.out.flush();
        QFile out;
        // A full disk or a closed pipe shows only at the flush: it is an error, not success.
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return fail(ErrorCode::Io, Tr::tr("Cannot write to standard output."));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1.").arg(path), file.errorString());
    return {};
}

/// The PDF renderer lives in ui/schedule (it paints with QPainter, the same layout as the
/// printout); main() gives this command an offscreen QGuiApplication for it.
Status writePdf(const MonthSchedule& month, const QString& path)
{
    return exportMonthPdf(month, path);
}

Status writePdfOutput(CliIo& io, const MonthSchedule& month, const QString& path)
{
    if (Status checked = checkOutputPath(path); !checked)
        return checked;
    if (path != u"-")
        return writePdf(month, path);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ErrorCode::Io, Tr::tr("Cannot create a temporary folder for the PDF."));
    const QString temporary = dir.filePath(QStringLiteral("month.pdf"));
    if (Status written = writePdf(month, temporary); !written)
        return written;
    QFile file(temporary);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot read the PDF back."), file.errorString());
    return writeOutput(io, path, file.readAll());
}

/// "2026-12" → (2026, 12); nullopt when malformed.
std::optional<std::pair<int, int>> parseMonth(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < 1900 || month < 1 || month > 12)
        return std::nullopt;
    return std::pair{year, month};
}

} // namespace

int runSchedule(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The group programme of one month as PDF, iCalendar or text."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption programmeOption(QStringLiteral("programme"),
                                             Tr::tr("The programme file (JSON)."), Tr::tr("file"));
    const QCommandLineOption monthOption(QStringLiteral("month"), Tr::tr("The month, as YYYY-MM."),
                                         Tr::tr("month"));
    const QCommandLineOption pdfOption(
        QStringLiteral("pdf"), Tr::tr("Write an A4 PDF to the file ('-' for standard output)."),
        Tr::tr("out"));
    const QCommandLineOption icsOption(
        QStringLiteral("ics"),
        Tr::tr("Write iCalendar (.ics) to the file ('-' for standard output)."), Tr::tr("out"));
    const QCommandLineOption textOption(QStringLiteral("text"),
                                        Tr::tr("Print the month as text for a group chat."));
    const QCommandLineOption nowOption(
        QStringLiteral("now"), Tr::tr("Use this time (ISO-8601) as the iCalendar time stamp."),
        Tr::tr("time"));
    parser.addOptions({programmeOption, monthOption, pdfOption, icsOption, textOption, nowOption});
    if (!parser.parse(arguments))
        return usageError(io, parser.errorText(), parser);
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(programmeOption) || !parser.isSet(monthOption))
        return usageError(io, Tr::tr("Both --programme and --month are required."), parser);
    const auto month = parseMonth(parser.value(monthOption));
    if (!month)
        return usageError(io,
                          Tr::tr("'%1' is not a month; use YYYY-MM, e.g. 2026-12.")
                              .arg(parser.value(monthOption)),
                          parser);
    const bool pdf = parser.isSet(pdfOption);
    const bool ics = parser.isSet(icsOption);
    const bool text = parser.isSet(textOption);
    if (!pdf && !ics && !text)
        return usageError(io, Tr::tr("Choose at least one output: --pdf, --ics or --text."),
                          parser);
    const int toStdout = (pdf && parser.value(pdfOption) == u"-") +
                         (ics && parser.value(icsOption) == u"-") + (text ? 1 : 0);
    if (toStdout > 1)
        return usageError(io, Tr::tr("Only one output can go to standard output."), parser);

    QDateTime stamp = Clock::system().nowUtc();
    if (parser.isSet(nowOption)) {
        stamp = QDateTime::fromString(parser.value(nowOption), Qt::ISODateWithMs);
        if (!stamp.isValid())
            return usageError(
                io, Tr::tr("'%1' is not an ISO-8601 time.").arg(parser.value(nowOption)), parser);
    }

    const Result<LoadedProgramme> loaded = ProgrammeJson::loadFile(parser.value(programmeOption));
    if (!loaded)
        return failure(io, loaded.error());
    for (const ValidationIssue& warning : loaded->warnings)
        io.err << Tr::tr("Warning: %1: %2").arg(warning.where, warning.message) << u'\n';
    io.err.flush();

    const MonthSchedule schedule =
        MonthSchedule::build(loaded->programme, month->first, month->second);
    if (ics) {
        if (Status written =
                writeOutput(io, parser.value(icsOption), ICalendarWriter::write(schedule, stamp));
            !written)
            return failure(io, written.error());
    }
    if (pdf) {
        if (Status written = writePdfOutput(io, schedule, parser.value(pdfOption)); !written)
            return failure(io, written.error());
    }
    if (text)
        io.out << MonthText::format(schedule);
    return ExitOk;
}

int runDeadline(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "The due date-time after N Czech working days (weekends and public holidays skipped). "
        "Counting starts at the time received; on a weekend or holiday, at 00:00 of the next "
        "working day. The deadline is the same time of day on the Nth working day after."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption receivedOption(
        QStringLiteral("received"),
        Tr::tr(
            "When the message came, ISO-8601 (e.g. 2026-12-23T10:00:00+01:00; without an offset, "
            "Prague time)."),
        Tr::tr("time"));
    const QCommandLineOption daysOption(QStringLiteral("days"), Tr::tr("Working days (default 4)."),
                                        Tr::tr("n"), QStringLiteral("4"));
    parser.addOptions({receivedOption, daysOption});
    if (!parser.parse(arguments))
        return usageError(io, parser.errorText(), parser);
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(receivedOption))
        return usageError(io, Tr::tr("--received is required."), parser);
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days < 0 || days > 3650)
        return usageError(io, Tr::tr("--days must be a whole number from 0 to 3650."), parser);
    QDateTime received = QDateTime::fromString(parser.value(receivedOption), Qt::ISODateWithMs);
    if (!received.isValid())
        return usageError(
            io, Tr::tr("'%1' is not an ISO-8601 date and time.").arg(parser.value(receivedOption)),
            parser);
    if (received.timeSpec() ==
        Qt::LocalTime) { // no offset given: Prague time, not the machine's zone
        const QDateTime prague(received.date(), received.time(), WorkingDays::pragueZone());
        // 2:30 on the night the clocks go forward never happened in Prague: say so rather
        // than answer for another time.
        if (!prague.isValid() || prague.time() != received.time())
            return usageError(io,
                              Tr::tr("'%1' does not exist in Prague (the clocks skip that "
                                     "hour); give the time with its offset.")
                                  .arg(parser.value(receivedOption)),
                              parser);
        received = prague;
    }
    const QDateTime due = WorkingDays::addWorkingDays(received, days);
    if (!due.isValid() || due.date().year() > 9999)
        return usageError(io,
                          Tr::tr("No due date can be given for '%1': it is too far in the "
                                 "future.")
                              .arg(parser.value(receivedOption)),
                          parser);
    io.out << due.toString(Qt::ISODate) << u'\n';
    return ExitOk;
}

} // namespace kotva::cli
