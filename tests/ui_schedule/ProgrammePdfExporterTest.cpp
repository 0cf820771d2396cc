#include "render/ProgrammePdfExporter.h"

#include "core/schedule/CzechHolidays.h"
#include "core/schedule/MonthSchedule.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gmock/gmock.h>
#include <unistd.h>

namespace kotva {
namespace {

using test::pdfText;
using test::squeezedLines;

class ProgrammePdfExporterTest : public test::CzechLocaleTest
{
protected:
    void SetUp() override
    {
        CzechLocaleTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_december = MonthSchedule::build(test::exampleProgramme(), 2026, 12);
    }

    [[nodiscard]] QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    MonthSchedule m_december;
};

bool anyLineHasBoth(const QStringList& lines, const QString& first, const QString& second)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString& line) {
        const qsizetype at = line.indexOf(first);
        return at >= 0 && line.indexOf(second, at + first.size()) >= 0;
    });
}

TEST_F(ProgrammePdfExporterTest, DecemberPdfHasEveryEventHolidayAndTheOrganisation)
{
    const QString pdf = path(QStringLiteral("program-2026-12.pdf"));
    const Status written = exportMonthPdf(m_december, pdf);
    ASSERT_TRUE(written.has_value()) << written.error().toString().toStdString();

    const QString text = pdfText(pdf);
    const QStringList lines = squeezedLines(text);
    for (const test::ExpectedRow& row : test::expectedDecember2026())
        EXPECT_TRUE(anyLineHasBoth(lines, row.day, row.title))
            << "missing row " << row.day.toStdString() << " " << row.title.toStdString() << "\n"
            << text.toStdString();

    // 24.-26. 12. are public holidays; their names appear whatever the UI language is.
    const QList<Holiday> holidays = CzechHolidays::ofMonth(2026, 12);
    ASSERT_EQ(holidays.size(), 3);
    for (const Holiday& holiday : holidays) {
        EXPECT_GE(holiday.date.day(), 24);
        EXPECT_TRUE(text.contains(holiday.name)) << holiday.name.toStdString();
    }
    // The holidays without any event still get their own line.
    EXPECT_TRUE(anyLineHasBoth(lines, QStringLiteral("Pá 25. 12."), holidays.at(1).name));
    EXPECT_TRUE(anyLineHasBoth(lines, QStringLiteral("So 26. 12."), holidays.at(2).name));

    const QString joined = squeezedLines(text).join(u' ');
    EXPECT_TRUE(
        joined.contains(QStringLiteral("Kaleidoskop – centrum terapie a vzdělávání, z. ú.")));
    EXPECT_TRUE(joined.contains(QStringLiteral("peers@kaleidoskop-os.cz")));
    EXPECT_TRUE(joined.contains(QStringLiteral("prosinec 2026")));
    // Czech letters survive the round trip (leads, venue, description).
    EXPECT_TRUE(joined.contains(QStringLiteral("Alžběta")));
    EXPECT_TRUE(joined.contains(QStringLiteral("Michaela")));
    EXPECT_TRUE(joined.contains(QStringLiteral("Svatoslavova 260/14")));
    // The on-call rota: one line per ISO week touching December (weeks 49-53).
    for (int week = 49; week <= 53; ++week)
        EXPECT_TRUE(joined.contains(QString::number(week) + QStringLiteral(" (")))
            << "rota week " << week;
    EXPECT_TRUE(joined.contains(QStringLiteral("+420 721 769 386")));
    EXPECT_EQ(test::pdfPageCount(pdf), 1);
}

TEST_F(ProgrammePdfExporterTest, CancelledClubShowsTheHolidayAsItsReason)
{
    const QString pdf = path(QStringLiteral("december.pdf"));
    ASSERT_TRUE(exportMonthPdf(m_december, pdf).has_value());
    const QStringList lines = squeezedLines(pdfText(pdf));
    const QString christmasEve = CzechHolidays::nameOf(QDate(2026, 12, 24));
    // The reason is printed under the struck-through title, in the activity column.
    const auto at = std::find_if(lines.cbegin(), lines.cend(), [](const QString& line) {
        return line.startsWith(QStringLiteral("Čt 24. 12."));
    });
    ASSERT_NE(at, lines.cend());
    const QString block = QStringList(at, std::min(at + 3, lines.cend())).join(u' ');
    EXPECT_TRUE(block.contains(christmasEve)) << block.toStdString();
}

TEST_F(ProgrammePdfExporterTest, RenderedFirstPageIsAnA4PortraitImageWithInk)
{
    const QString pdf = path(QStringLiteral("page.pdf"));
    ASSERT_TRUE(exportMonthPdf(m_december, pdf).has_value());
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), pdf, path(QStringLiteral("page"))});
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    const QString png = path(QStringLiteral("page-1.png"));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // A4 at 60 dpi: 210 x 297 mm = 496 x 702 px.
    EXPECT_NEAR(image.width(), 496, 2);
    EXPECT_NEAR(image.height(), 702, 2);
    qsizetype dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    // Text covers a few per cent of a filled page; an empty or black page fails.
    const double share = double(dark) / (image.width() * image.height());
    EXPECT_GT(share, 0.005);
    EXPECT_LT(share, 0.3);
    // For a person to look at: KOTVA_TEST_KEEP_DIR=/tmp/x keeps the PDF and the PNG.
    if (const QString keep = qEnvironmentVariable("KOTVA_TEST_KEEP_DIR"); !keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/program-2026-12.pdf"));
        QFile::remove(keep + QStringLiteral("/program-2026-12-1.png"));
        QFile::copy(pdf, keep + QStringLiteral("/program-2026-12.pdf"));
        QFile::copy(png, keep + QStringLiteral("/program-2026-12-1.png"));
    }
}

TEST_F(ProgrammePdfExporterTest, ManyEventsBreakOntoNumberedPagesAndNothingIsLost)
{
    Programme programme = test::exampleProgramme();
    const Activity base = programme.activities.first();
    for (int i = 0; i < 6; ++i) {
        Activity extra = base;
        extra.id = QStringLiteral("workshop-%1").arg(i);
        extra.title = QStringLiteral("Dílna č. %1").arg(i);
        extra.rules = {RecurrenceRule::weekly(Qt::Tuesday), RecurrenceRule::weekly(Qt::Wednesday),
                       RecurrenceRule::weekly(Qt::Saturday)};
        programme.activities.append(extra);
    }
    const MonthSchedule month = MonthSchedule::build(programme, 2026, 12);
    ASSERT_GT(month.occurrences.size(), 60);
    const QString pdf = path(QStringLiteral("long.pdf"));
    ASSERT_TRUE(exportMonthPdf(month, pdf).has_value());
    const int pages = test::pdfPageCount(pdf);
    EXPECT_GE(pages, 2);
    if (const QString keep = qEnvironmentVariable("KOTVA_TEST_KEEP_DIR"); !keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/long.pdf"));
        QFile::copy(pdf, keep + QStringLiteral("/long.pdf"));
    }
    const QString text = pdfText(pdf);
    for (int i = 0; i < 6; ++i)
        // 5 Tuesdays, 5 Wednesdays and 4 Saturdays in December 2026, and once where the
        // activities are described.
        EXPECT_EQ(text.count(QStringLiteral("Dílna č. %1").arg(i)), 14 + 1) << i;
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)))
            << "page number " << page;
}

TEST_F(ProgrammePdfExporterTest, ReplacesAnExistingFile)
{
    const QString pdf = path(QStringLiteral("again.pdf"));
    {
        QFile old(pdf);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    ASSERT_TRUE(exportMonthPdf(m_december, pdf).has_value());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("again.pdf")});
}

TEST_F(ProgrammePdfExporterTest, ReadOnlyFolderGivesAClearErrorAndNoFile)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes into read-only folders; see the /sys test";
    const QString folder = path(QStringLiteral("locked"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const Status written = exportMonthPdf(m_december, folder + QStringLiteral("/x.pdf"));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::ReadOnly);
    EXPECT_TRUE(written.error().message.contains(QDir::toNativeSeparators(folder)));
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(ProgrammePdfExporterTest, UnwritableSystemFolderGivesAClearErrorAndNoFile)
{
    // sysfs refuses new files even to root, so this runs in every environment.
    const QString target = QStringLiteral("/sys/kotva-programme-test.pdf");
    const Status written = exportMonthPdf(m_december, target);
    ASSERT_FALSE(written.has_value());
    EXPECT_THAT(written.error().code, ::testing::AnyOf(ErrorCode::ReadOnly, ErrorCode::Io));
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("/sys")))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST_F(ProgrammePdfExporterTest, MissingFolderIsAnIoErrorNamingTheFolder)
{
    const Status written = exportMonthPdf(m_december, path(QStringLiteral("no/such/x.pdf")));
    ASSERT_FALSE(written.has_value());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("no/such")));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("no"))));
}

} // namespace
} // namespace kotva
