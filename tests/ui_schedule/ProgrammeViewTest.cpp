#include "ui/schedule/ProgrammeView.h"

#include "core/common/Clock.h"
#include "core/schedule/CzechHolidays.h"
#include "tests/support/TestPaths.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"
#include "ui/schedule/MonthOccurrenceModel.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QPrinter>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace kotva {
namespace {

using Model = MonthOccurrenceModel;

class ProgrammeViewTest : public test::CzechLocaleTest
{
protected:
    void SetUp() override
    {
        CzechLocaleTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_view = std::make_unique<ProgrammeView>(nullptr, m_clock);
    }

    [[nodiscard]] int rowOf(const QDate& date, const QString& activityId) const
    {
        Model* model = m_view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Model::DateRole).toDate() == date &&
                index.data(Model::ActivityIdRole).toString() == activityId)
                return row;
        }
        return -1;
    }

    [[nodiscard]] QString cell(int row, int column) const
    {
        return m_view->model()->index(row, column).data().toString();
    }

    // 10 December 2026, 12:00 in Prague.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 10), QTime(11, 0), QTimeZone::utc())};
    QTemporaryDir m_dir;
    std::unique_ptr<ProgrammeView> m_view;
};

TEST_F(ProgrammeViewTest, OpensOnTodaysMonthAndShowsItsRowsAndRota)
{
    ASSERT_TRUE(
        m_view->loadFile(test::sourceDir() + QStringLiteral("/resources/programmes/example.json"))
            .has_value());
    EXPECT_EQ(m_view->currentMonth().year, 2026);
    EXPECT_EQ(m_view->currentMonth().month, 12);
    EXPECT_EQ(m_view->monthTitleText(), QStringLiteral("prosinec 2026"));
    EXPECT_EQ(m_view->model()->rowCount(), 10);
    EXPECT_TRUE(m_view->rotaText().contains(QStringLiteral("Sára")));
    EXPECT_TRUE(m_view->rotaText().contains(QStringLiteral("+420 721 769 386")));
    EXPECT_TRUE(m_view->rotaText().contains(CzechHolidays::nameOf(QDate(2026, 12, 26))));
}

TEST_F(ProgrammeViewTest, NavigatingMonthsChangesTheRows)
{
    m_view->setProgramme(test::exampleProgramme());
    QList<std::pair<int, int>> shown;
    QObject::connect(m_view.get(), &ProgrammeView::monthShown, m_view.get(),
                     [&shown](int year, int month) {
                         shown.append({year, month});
                     });

    m_view->showNextMonth();
    EXPECT_EQ(m_view->monthTitleText(), QStringLiteral("leden 2027"));
    // Fridays 1. (New Year's Day: cancelled), 8. and 22. 1.; Mondays 4., 11., 18., 25.;
    // Thursdays of even weeks 14. and 28. 1. (week 53 of 2026 and week 1 of 2027 are odd).
    EXPECT_EQ(m_view->model()->rowCount(), 9);
    EXPECT_EQ(cell(0, Model::DayColumn), QStringLiteral("Pá 1. 1."));
    EXPECT_TRUE(m_view->model()->index(0, 0).data(Model::CancelledRole).toBool());

    m_view->showPreviousMonth();
    m_view->showPreviousMonth();
    EXPECT_EQ(m_view->monthTitleText(), QStringLiteral("listopad 2026"));
    EXPECT_NE(m_view->model()->rowCount(), 0);
    EXPECT_NE(rowOf(QDate(2026, 11, 30), QStringLiteral("support-group")), -1);

    m_view->showCurrentMonth();
    EXPECT_EQ(m_view->model()->rowCount(), 10);
    EXPECT_EQ(shown, (QList<std::pair<int, int>>{{2027, 1}, {2026, 12}, {2026, 11}, {2026, 12}}));
}

TEST_F(ProgrammeViewTest, WithoutAProgrammeTheMonthStillShowsItsHolidays)
{
    EXPECT_FALSE(m_view->hasProgramme());
    EXPECT_EQ(m_view->model()->rowCount(), 3); // 24., 25., 26. 12.
}

TEST_F(ProgrammeViewTest, ABrokenFileIsReportedInThePane)
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    const Status loaded = m_view->loadFile(path);
    ASSERT_FALSE(loaded.has_value());
    EXPECT_FALSE(m_view->messageText().isEmpty());
    EXPECT_FALSE(m_view->hasProgramme());
}

TEST_F(ProgrammeViewTest, CancellingAndRestoringAnOccurrence)
{
    m_view->setProgramme(test::exampleProgramme());
    int changes = 0;
    QObject::connect(m_view.get(), &ProgrammeView::programmeChanged, m_view.get(),
                     [&changes] { ++changes; });
    const QDate date(2026, 12, 14);
    ASSERT_TRUE(m_view
                    ->cancelOccurrence(QStringLiteral("support-group"), date,
                                       QStringLiteral("obě vedoucí nemocné"))
                    .has_value());
    int row = rowOf(date, QStringLiteral("support-group"));
    ASSERT_NE(row, -1);
    EXPECT_TRUE(m_view->model()->index(row, 0).data(Model::CancelledRole).toBool());
    EXPECT_TRUE(cell(row, Model::StatusColumn).contains(QStringLiteral("obě vedoucí nemocné")));
    ASSERT_EQ(m_view->programme().cancellations.size(), 1);

    // The printed month shows the reason too.
    const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    ASSERT_TRUE(m_view->exportPdf(pdf).has_value());
    EXPECT_TRUE(test::squeezedLines(test::pdfText(pdf))
                    .join(u' ')
                    .contains(QStringLiteral("obě vedoucí nemocné")));

    m_view->restoreOccurrence(QStringLiteral("support-group"), date);
    row = rowOf(date, QStringLiteral("support-group"));
    EXPECT_FALSE(m_view->model()->index(row, 0).data(Model::CancelledRole).toBool());
    EXPECT_TRUE(m_view->programme().cancellations.isEmpty());
    EXPECT_EQ(changes, 2);
}

TEST_F(ProgrammeViewTest, ASupervisionDateShowsToTheTeamAndNeverInWhatIsPublished)
{
    Programme programme = test::exampleProgramme();
    Activity supervision;
    supervision.id = QStringLiteral("team-supervision");
    supervision.title = QStringLiteral("Supervize s Mgr. Dvořákovou");
    supervision.start = QTime(15, 0);
    supervision.end = QTime(17, 0);
    supervision.rules = {RecurrenceRule::once(QDate(2026, 12, 9))};
    supervision.supervision = SupervisionKind::Team;
    programme.activities << supervision;
    m_view->setProgramme(programme);

    const int row = rowOf(QDate(2026, 12, 9), QStringLiteral("team-supervision"));
    ASSERT_NE(row, -1) << "the team sees its supervision date";
    EXPECT_TRUE(cell(row, Model::TitleColumn).contains(QStringLiteral("intern"))) // either language
        << qPrintable(cell(row, Model::TitleColumn));

    const QString pdf = m_dir.filePath(QStringLiteral("public.pdf"));
    ASSERT_TRUE(m_view->exportPdf(pdf).has_value());
    const QString printed = test::squeezedLines(test::pdfText(pdf)).join(u' ');
    EXPECT_FALSE(printed.contains(QStringLiteral("Supervize"))) << qPrintable(printed);
    const QString ics = m_dir.filePath(QStringLiteral("public.ics"));
    ASSERT_TRUE(m_view->exportICalendar(ics).has_value());
    QFile file(ics);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Supervize")));
    m_view->copyText();
    EXPECT_FALSE(QGuiApplication::clipboard()->text().contains(QStringLiteral("Supervize")));
}

TEST_F(ProgrammeViewTest, CancellingADayWithoutTheActivityIsRefused)
{
    m_view->setProgramme(test::exampleProgramme());
    const Status cancelled = m_view->cancelOccurrence(QStringLiteral("support-group"),
                                                      QDate(2026, 12, 15), QStringLiteral("x"));
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_FALSE(m_view->messageText().isEmpty());
    EXPECT_TRUE(m_view->programme().cancellations.isEmpty());
}

TEST_F(ProgrammeViewTest, AOneOffChangeOfVenueShowsInTheRow)
{
    m_view->setProgramme(test::exampleProgramme());
    OccurrenceChange change;
    change.activityId = QStringLiteral("club");
    change.date = QDate(2026, 12, 10);
    change.venue = Venue::at(QStringLiteral("Kino Atlas, Praha"));
    change.note = QStringLiteral("promítání");
    ASSERT_TRUE(m_view->changeOccurrence(change).has_value());
    const int row = rowOf(change.date, change.activityId);
    ASSERT_NE(row, -1);
    EXPECT_EQ(cell(row, Model::VenueColumn), QStringLiteral("Kino Atlas, Praha"));
    EXPECT_TRUE(cell(row, Model::StatusColumn).contains(QStringLiteral("promítání")));
    EXPECT_EQ(m_view->model()->index(row, 0).data(Model::StatusRole).toInt(),
              static_cast<int>(Occurrence::Status::Changed));
}

TEST_F(ProgrammeViewTest, CopiesTheMonthAsChatText)
{
    m_view->setProgramme(test::exampleProgramme());
    m_view->copyText();
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("NetoPEER")));
    EXPECT_TRUE(text.contains(QStringLiteral("Po 7. 12.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Podpůrná skupina")));
    EXPECT_FALSE(m_view->messageText().isEmpty());
}

TEST_F(ProgrammeViewTest, ExportsTheMonthAsICalendar)
{
    m_view->setProgramme(test::exampleProgramme());
    const QString path = m_dir.filePath(QStringLiteral("program.ics"));
    ASSERT_TRUE(m_view->exportICalendar(path).has_value());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 8);
    EXPECT_EQ(ics.count("STATUS:CANCELLED"), 1);
    EXPECT_TRUE(ics.contains("DTSTAMP:20261210T110000Z"));
}

TEST_F(ProgrammeViewTest, ExportErrorsAreShownInThePane)
{
    m_view->setProgramme(test::exampleProgramme());
    EXPECT_FALSE(m_view->exportPdf(m_dir.filePath(QStringLiteral("missing/x.pdf"))).has_value());
    EXPECT_TRUE(m_view->messageText().contains(QStringLiteral("missing")));
    EXPECT_FALSE(
        m_view->exportICalendar(m_dir.filePath(QStringLiteral("missing/x.ics"))).has_value());
    EXPECT_TRUE(m_view->messageText().contains(QStringLiteral("missing")));
}

TEST_F(ProgrammeViewTest, PrintsThroughTheSameRendererAsThePdf)
{
    m_view->setProgramme(test::exampleProgramme());
    // A QPrinter that writes PDF stands in for a real printer: same QPrinter code path.
    QPrinter printer(QPrinter::HighResolution);
    const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    ASSERT_TRUE(m_view->print(printer).has_value());
    const QStringList lines = test::squeezedLines(test::pdfText(pdf));
    for (const test::ExpectedRow& row : test::expectedDecember2026()) {
        EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(), [&row](const QString& line) {
            return line.startsWith(row.day) && line.contains(row.title);
        })) << row.day.toStdString();
    }
}

TEST_F(ProgrammeViewTest, TheWidgetPaintsItsMonth)
{
    m_view->setProgramme(test::exampleProgramme());
    m_view->resize(1000, 700);
    m_view->show();
    const QImage image = m_view->grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1000);
    // The table's rows are drawn: its area is not one flat colour.
    const QRect table = m_view->findChild<QTableView*>()->geometry();
    QSet<QRgb> colours;
    for (int y = table.top(); y < table.top() + 200 && y < image.height(); y += 3)
        for (int x = table.left(); x < table.right(); x += 3)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 3);
    if (const QString keep = qEnvironmentVariable("KOTVA_TEST_KEEP_DIR"); !keep.isEmpty())
        image.save(keep + QStringLiteral("/programme-view.png"));
}

TEST_F(ProgrammeViewTest, SavedProgrammeLoadsBackWithItsEdits)
{
    m_view->setProgramme(test::exampleProgramme());
    ASSERT_TRUE(
        m_view
            ->cancelOccurrence(QStringLiteral("club"), QDate(2026, 12, 18), QStringLiteral("výlet"))
            .has_value());
    const QString path = m_dir.filePath(QStringLiteral("program.json"));
    ASSERT_TRUE(m_view->saveFile(path).has_value());
    ProgrammeView other(nullptr, m_clock);
    ASSERT_TRUE(other.loadFile(path).has_value());
    EXPECT_EQ(other.programme(), m_view->programme());
}

} // namespace
} // namespace kotva
