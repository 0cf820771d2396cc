#include "ScheduleTestSupport.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace kotva {
namespace {

QString example()
{
    return test::sourceDir() + QStringLiteral("/resources/programmes/example.json");
}

test::ProcessResult cli(const QStringList& arguments)
{
    return test::runProcess(test::cliPath(), arguments);
}

TEST(ScheduleCli, TextForDecember)
{
    const auto result =
        cli({QStringLiteral("schedule"), QStringLiteral("--programme"), example(),
             QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--text"),
             QStringLiteral("--lang"), QStringLiteral("cs")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QString text = QString::fromUtf8(result.out);
    EXPECT_TRUE(text.contains(
        QStringLiteral("Po 7. 12. 18:00\u201320:30 Podpůrná skupina \u2014 Svatoslavova 260/14")))
        << text.toStdString();
    // Eight occurrences (one cancelled): one line each, starting with the day.
    for (const char* day : {"Pá 4. 12. ", "Po 7. 12. ", "Čt 10. 12. ", "Po 14. 12. ", "Pá 18. 12. ",
                            "Po 21. 12. ", "Čt 24. 12. Klub", "Po 28. 12. "})
        EXPECT_TRUE(text.contains(QString::fromUtf8(day))) << day;
    EXPECT_FALSE(text.contains(QStringLiteral("Čt 31. 12.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Pá 25. 12. 18:00")));
    // The example has no validation warnings (stderr may carry Qt's own platform notes).
    EXPECT_FALSE(result.err.contains("activities[") || result.err.contains("rota"))
        << result.err.toStdString();
}

TEST(ScheduleCli, IcsToStdout)
{
    const auto result =
        cli({QStringLiteral("schedule"), QStringLiteral("--programme"), example(),
             QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--ics"),
             QStringLiteral("-"), QStringLiteral("--now"), QStringLiteral("2026-11-20T08:15:00Z")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_EQ(result.out.count("BEGIN:VEVENT"), 8);
    EXPECT_EQ(result.out.count("STATUS:CANCELLED"), 1);
    EXPECT_TRUE(result.out.contains("DTSTAMP:20261120T081500Z\r\n"));
    EXPECT_TRUE(result.out.contains("UID:club-20261224@netopeer.kotva\r\n"));
}

TEST(ScheduleCli, IcsToFileReadsBackInPython)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("december.ics"));
    const auto result =
        cli({QStringLiteral("schedule"), QStringLiteral("--programme"), example(),
             QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--ics"), path});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    const auto read =
        test::runProcess(test::systemPython(),
                         {test::sourceDir() + QStringLiteral("/tests/schedule/read_ics.py"), path});
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    EXPECT_EQ(read.out.count("\"uid\""), 8);
    EXPECT_TRUE(read.out.contains("\"start\": \"2026-12-07T18:00:00+01:00\""));
}

TEST(ScheduleCli, ClearErrors)
{
    struct Case
    {
        QStringList arguments;
        int exitCode;
        const char* mentions;
    };
    const QString missing = QStringLiteral("/nonexistent/programme.json");
    const QList<Case> cases = {
        {{QStringLiteral("--programme"), example(), QStringLiteral("--month"),
          QStringLiteral("2026-12")},
         2,
         "--text"},
        {{QStringLiteral("--programme"), example(), QStringLiteral("--month"),
          QStringLiteral("2026-13"), QStringLiteral("--text")},
         2,
         "2026-13"},
        {{QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--text")},
         2,
         "--programme"},
        {{QStringLiteral("--programme"), missing, QStringLiteral("--month"),
          QStringLiteral("2026-12"), QStringLiteral("--text")},
         1,
         "/nonexistent/programme.json"},
        {{QStringLiteral("--programme"), example(), QStringLiteral("--month"),
          QStringLiteral("2026-12"), QStringLiteral("--text"), QStringLiteral("--ics"),
          QStringLiteral("-")},
         2,
         "standard output"},
        {{QStringLiteral("--programme"), example(), QStringLiteral("--month"),
          QStringLiteral("2026-12"), QStringLiteral("--bogus")},
         2,
         "bogus"},
    };
    for (const Case& c : cases) {
        const auto result = cli(QStringList{QStringLiteral("schedule"), QStringLiteral("--lang"),
                                            QStringLiteral("en")} +
                                c.arguments);
        EXPECT_EQ(result.exitCode, c.exitCode) << c.arguments.join(u' ').toStdString();
        EXPECT_TRUE(result.err.contains(c.mentions)) << result.err.toStdString();
        EXPECT_TRUE(result.out.isEmpty());
    }
}

TEST(ScheduleCli, BrokenProgrammeNamesFileAndPlace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile source(example());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    json.replace("\"weekday\": \"thursday\"", "\"weekday\": \"thurday\"");
    QFile broken(path);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write(json);
    broken.close();
    const auto result =
        cli({QStringLiteral("schedule"), QStringLiteral("--programme"), path,
             QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--text")});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains("broken.json")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("activities[1].rules[0].weekday")) << result.err.toStdString();
    EXPECT_TRUE(result.err.contains("thurday")) << result.err.toStdString();
}

TEST(ScheduleCli, PdfIsReportedUnavailableUntilWired)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("december.pdf"));
    const auto result =
        cli({QStringLiteral("schedule"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--programme"), example(), QStringLiteral("--month"),
             QStringLiteral("2026-12"), QStringLiteral("--pdf"), path});
    if (result.exitCode == 0) { // wired: the renderer must have written a PDF
        QFile pdf(path);
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    } else {
        EXPECT_EQ(result.exitCode, 1);
        EXPECT_TRUE(result.err.contains("PDF")) << result.err.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
}

struct DeadlineCase
{
    const char* received;
    const char* days;
    const char* due;
};

class DeadlineCli : public ::testing::TestWithParam<DeadlineCase>
{};

TEST_P(DeadlineCli, PrintsTheDueTime)
{
    QStringList arguments{QStringLiteral("deadline"), QStringLiteral("--received"),
                          QString::fromLatin1(GetParam().received)};
    if (GetParam().days)
        arguments << QStringLiteral("--days") << QString::fromLatin1(GetParam().days);
    const auto result = cli(arguments);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, QByteArray(GetParam().due) + '\n');
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DeadlineCli,
    ::testing::Values(DeadlineCase{"2026-12-23T10:00:00+01:00", nullptr,
                                   "2026-12-31T10:00:00+01:00"},
                      DeadlineCase{"2026-12-23T10:00:00", "1", "2026-12-28T10:00:00+01:00"},
                      DeadlineCase{"2026-04-02T08:00:00Z", "4", "2026-04-10T10:00:00+02:00"},
                      DeadlineCase{"2026-12-26T11:00:00+01:00", "4", "2027-01-04T00:00:00+01:00"}));

// Issue 13: a time the clocks skip, or a date whose due date lies past year 9999, is a
// clear error, never an empty answer with exit 0.
TEST(DeadlineCli, TimesWithNoAnswerAreErrors)
{
    const auto skipped = cli({QStringLiteral("deadline"), QStringLiteral("--received"),
                              QStringLiteral("2026-03-29T02:30:00")});
    EXPECT_EQ(skipped.exitCode, 2);
    EXPECT_TRUE(skipped.out.isEmpty());
    EXPECT_FALSE(skipped.err.isEmpty());
    const auto farFuture = cli({QStringLiteral("deadline"), QStringLiteral("--received"),
                                QStringLiteral("9999-12-31T23:59:59Z")});
    EXPECT_EQ(farFuture.exitCode, 2);
    EXPECT_TRUE(farFuture.out.isEmpty());
    // The same night with an offset is an ordinary time.
    EXPECT_EQ(cli({QStringLiteral("deadline"), QStringLiteral("--received"),
                   QStringLiteral("2026-03-29T02:30:00+01:00")})
                  .exitCode,
              0);
}

// Issue 13: a device as the programme file is refused at once, never read forever.
TEST(ScheduleCli, ADeviceIsNoProgrammeFile)
{
    const auto result =
        cli({QStringLiteral("schedule"), QStringLiteral("--programme"), QStringLiteral("/dev/zero"),
             QStringLiteral("--month"), QStringLiteral("2026-12"), QStringLiteral("--text")});
    EXPECT_NE(result.exitCode, 0);
    EXPECT_TRUE(result.err.contains("/dev/zero")) << result.err.constData();
}

// Issue 13: an output that is a device is refused and the device is left as it was.
TEST(ScheduleCli, ADeviceIsNoOutputFile)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here";
    for (const char* option : {"--pdf", "--ics"}) {
        const auto result = cli({QStringLiteral("schedule"), QStringLiteral("--programme"),
                                 example(), QStringLiteral("--month"), QStringLiteral("2026-12"),
                                 QString::fromLatin1(option), QStringLiteral("/dev/full")});
        EXPECT_NE(result.exitCode, 0) << option;
        EXPECT_TRUE(result.err.contains("/dev/full")) << result.err.constData();
        const QFileInfo device(QStringLiteral("/dev/full"));
        EXPECT_FALSE(device.isFile()) << "the device node was replaced";
    }
}

// Issue 13: a month printed into a full standard output is a failure that says so, never a
// silent success with the programme lost.
TEST(ScheduleCli, StandardOutputThatCannotBeWrittenIsAFailure)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here";
    for (const QStringList& output : {QStringList{QStringLiteral("--text")},
                                      QStringList{QStringLiteral("--ics"), QStringLiteral("-")}}) {
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(test::cliPath(),
                      QStringList{QStringLiteral("schedule"), QStringLiteral("--programme"),
                                  example(), QStringLiteral("--month"), QStringLiteral("2026-12")} +
                          output);
        ASSERT_TRUE(process.waitForFinished(60'000));
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(process.exitCode(), 1) << output.join(u' ').toStdString();
        EXPECT_TRUE(process.readAllStandardError().contains("could not be written"));
    }
}

TEST(DeadlineCli, BadInput)
{
    EXPECT_EQ(
        cli({QStringLiteral("deadline"), QStringLiteral("--received"), QStringLiteral("tomorrow")})
            .exitCode,
        2);
    EXPECT_EQ(cli({QStringLiteral("deadline")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("deadline"), QStringLiteral("--received"),
                   QStringLiteral("2026-12-23T10:00:00Z"), QStringLiteral("--days"),
                   QStringLiteral("-1")})
                  .exitCode,
              2);
}

} // namespace
} // namespace kotva
