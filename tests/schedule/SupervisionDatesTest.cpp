// Supervision dates are internal events of the programme (issue 15): the team sees them in
// Kotva, the public programme (print, PDF, chat post, .ics) never does.

#include "ScheduleTestSupport.h"
#include "core/schedule/ICalendarWriter.h"
#include "core/schedule/MonthSchedule.h"
#include "core/schedule/MonthText.h"
#include "core/schedule/Programme.h"
#include "core/schedule/ProgrammeJson.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace kotva {
namespace {

Programme withSupervision()
{
    Programme programme = test::exampleProgramme();
    Activity team;
    team.id = QStringLiteral("team-supervision");
    team.title = QStringLiteral("Týmová supervize s Mgr. Dvořákovou");
    team.start = QTime(15, 0);
    team.end = QTime(17, 0);
    team.venue = Venue::at(QStringLiteral("zasedačka ve 2. patře"));
    team.leads = {QStringLiteral("supervizorka")};
    team.rules = {RecurrenceRule::once(QDate(2026, 12, 9))};
    team.supervision = SupervisionKind::Team;
    Activity individual = team;
    individual.id = QStringLiteral("individual-supervision");
    individual.title = QStringLiteral("Individuální supervize");
    individual.start = QTime(10, 0);
    individual.end = QTime(11, 0);
    individual.rules = {RecurrenceRule::once(QDate(2026, 12, 16))};
    individual.supervision = SupervisionKind::Individual;
    programme.activities << team << individual;
    return programme;
}

TEST(SupervisionDates, ThePublicMonthLeavesThemOutAndTheTeamsMonthShowsThem)
{
    const Programme programme = withSupervision();
    const MonthSchedule publicMonth = MonthSchedule::build(programme, 2026, 12);
    const MonthSchedule teamMonth =
        MonthSchedule::build(programme, 2026, 12, MonthSchedule::Audience::Team);
    const MonthSchedule plain = MonthSchedule::build(test::exampleProgramme(), 2026, 12);

    EXPECT_EQ(publicMonth.occurrences, plain.occurrences)
        << "the public programme is exactly what it was without supervision dates";
    EXPECT_TRUE(publicMonth.supervisionDates().isEmpty());
    EXPECT_EQ(teamMonth.occurrences.size(), plain.occurrences.size() + 2);
    const QList<Occurrence> dates = teamMonth.supervisionDates();
    ASSERT_EQ(dates.size(), 2);
    EXPECT_EQ(dates.at(0).date, QDate(2026, 12, 9));
    EXPECT_EQ(dates.at(0).supervision, SupervisionKind::Team);
    EXPECT_EQ(dates.at(1).supervision, SupervisionKind::Individual);

    // Nothing of them in the chat post or the calendar file the public gets.
    const QString post = MonthText::format(publicMonth);
    const QByteArray ics = ICalendarWriter::write(publicMonth, QDateTime::currentDateTimeUtc());
    for (const QString& word : {QStringLiteral("supervize"), QStringLiteral("Dvořákov")}) {
        EXPECT_FALSE(post.contains(word, Qt::CaseInsensitive)) << qPrintable(word);
        EXPECT_FALSE(QString::fromUtf8(ics).contains(word, Qt::CaseInsensitive))
            << qPrintable(word);
    }
}

TEST(SupervisionDates, ACancelledDateIsNoDate)
{
    Programme programme = withSupervision();
    programme.cancellations.append(
        {QStringLiteral("team-supervision"), QDate(2026, 12, 9), QStringLiteral("nemoc")});
    const QList<Occurrence> dates =
        MonthSchedule::build(programme, 2026, 12, MonthSchedule::Audience::Team).supervisionDates();
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates.constFirst().supervision, SupervisionKind::Individual);
}

TEST(SupervisionDates, TheProgrammeFileKeepsTheKindAndRefusesAnUnknownOne)
{
    const Programme programme = withSupervision();
    const QJsonObject json = ProgrammeJson::activityToJson(programme.activities.constLast());
    EXPECT_EQ(json.value(QStringLiteral("supervision")).toString(), QStringLiteral("individual"));
    const Result<Activity> read = ProgrammeJson::activityFromJson(json, QStringLiteral("a"));
    ASSERT_TRUE(read) << qPrintable(read.error().toString());
    EXPECT_EQ(*read, programme.activities.constLast());
    // A public activity writes no key at all, so older files and readers stay as they were.
    EXPECT_FALSE(ProgrammeJson::activityToJson(programme.activities.constFirst())
                     .contains(QStringLiteral("supervision")));

    QJsonObject wrong = json;
    wrong.insert(QStringLiteral("supervision"), QStringLiteral("group"));
    const Result<Activity> refused = ProgrammeJson::activityFromJson(wrong, QStringLiteral("a"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("supervision")));
}

TEST(SupervisionDates, ASupervisorAloneLeadsWithoutAWarning)
{
    const Programme programme = withSupervision();
    for (const ValidationIssue& issue : programme.validate())
        EXPECT_FALSE(issue.where.contains(QStringLiteral("supervision")))
            << qPrintable(issue.message);
    EXPECT_TRUE(programme.isUsable());
}

} // namespace
} // namespace kotva
