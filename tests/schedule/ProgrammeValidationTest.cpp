#include "ScheduleTestSupport.h"
#include "core/schedule/Programme.h"
#include "core/schedule/VenueClashes.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace kotva {
namespace {

QList<ValidationIssue> errorsOf(const Programme& programme)
{
    QList<ValidationIssue> errors;
    for (const ValidationIssue& issue : programme.validate())
        if (issue.isError())
            errors.append(issue);
    return errors;
}

/// 18:00–20:00 at the organisation, two leads, on the given rules.
Activity activity(const QString& id, QList<RecurrenceRule> rules, QTime start = QTime(18, 0),
                  QTime end = QTime(20, 0))
{
    Activity item;
    item.id = id;
    item.title = id.toUpper();
    item.start = start;
    item.end = end;
    item.venue = Venue::organisation();
    item.leads = {QStringLiteral("Sára"), QStringLiteral("Monika")};
    item.rules = std::move(rules);
    return item;
}

/// The example programme (group on Mondays 18:00–20:30, club Thu even / Fri odd) plus `extra`.
Programme exampleWith(const Activity& extra)
{
    Programme programme = test::exampleProgramme();
    programme.activities.append(extra);
    return programme;
}

TEST(ProgrammeValidation, AnEmptyOrganisationNameIsAnError)
{
    Programme programme = test::exampleProgramme();
    programme.organisation.name = QStringLiteral("  ");
    const QList<ValidationIssue> errors = errorsOf(programme);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().subject, ValidationIssue::Subject::Organisation);
    EXPECT_EQ(errors.first().where, QStringLiteral("organisation"));
    EXPECT_FALSE(programme.isUsable());
}

TEST(ProgrammeValidation, AnActivityWithoutTitleSaysSoOnce)
{
    Programme programme = test::exampleProgramme();
    programme.activities.append(activity({}, {RecurrenceRule::weekly(Qt::Tuesday)}));
    programme.activities.last().title.clear();
    const QList<ValidationIssue> errors = errorsOf(programme);
    ASSERT_EQ(errors.size(), 1); // not also "needs an id": the id comes from the title
    EXPECT_EQ(errors.first().message, QStringLiteral("the activity needs a title"));
    EXPECT_EQ(errors.first().where, QStringLiteral("activities[2]"));
    EXPECT_EQ(errors.first().subject, ValidationIssue::Subject::Activity);
    EXPECT_EQ(errors.first().index, 2);

    programme.activities.last().title = QStringLiteral("Dílna");
    ASSERT_EQ(errorsOf(programme).size(), 1);
    EXPECT_EQ(errorsOf(programme).first().message, QStringLiteral("the activity needs an id"));
}

TEST(ProgrammeValidation, IssuesNameTheirSubject)
{
    Programme programme = test::exampleProgramme();
    programme.activities[1].leads = {QStringLiteral("Michaela")};
    programme.rota.peers = {QStringLiteral("Sára")};
    programme.cancellations.append({QStringLiteral("gone"), QDate(2026, 12, 7), {}});
    const QList<ValidationIssue> issues = programme.validate();
    ASSERT_EQ(issues.size(), 3);
    EXPECT_EQ(issues.at(0).subject, ValidationIssue::Subject::Activity);
    EXPECT_EQ(issues.at(0).index, 1);
    EXPECT_EQ(issues.at(1).subject, ValidationIssue::Subject::Cancellation);
    EXPECT_EQ(issues.at(1).index, 0);
    EXPECT_EQ(issues.at(2).subject, ValidationIssue::Subject::Rota);
    EXPECT_EQ(issues.at(2).index, -1);
}

TEST(ProgrammeValidation, OverlapInTheSameVenueIsAnError)
{
    // Mondays 19:00–20:00 at the organisation, while the support group meets 18:00–20:30.
    const Programme programme = exampleWith(activity(
        QStringLiteral("yoga"), {RecurrenceRule::weekly(Qt::Monday)}, QTime(19, 0), QTime(20, 0)));
    const QList<ValidationIssue> errors = errorsOf(programme);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().subject, ValidationIssue::Subject::Activity);
    EXPECT_EQ(errors.first().index, 2);
    EXPECT_TRUE(errors.first().message.contains(QStringLiteral("Podpůrná skupina")))
        << errors.first().message.toStdString();
    EXPECT_TRUE(errors.first().message.contains(QStringLiteral("Svatoslavova")));
    EXPECT_FALSE(programme.isUsable());

    // The first Monday from the rota's anchor (30. 11. 2026).
    const QList<VenueClash> clashes = VenueClashes::find(programme, programme.rota.anchorMonday);
    ASSERT_EQ(clashes.size(), 1);
    EXPECT_EQ(clashes.first().first, 0);
    EXPECT_EQ(clashes.first().second, 2);
    EXPECT_EQ(clashes.first().date, QDate(2026, 11, 30));
}

TEST(ProgrammeValidation, BackToBackOrElsewhereOrAnnouncedDoesNotClash)
{
    EXPECT_TRUE(exampleWith(activity(QStringLiteral("after"), {RecurrenceRule::weekly(Qt::Monday)},
                                     QTime(20, 30), QTime(21, 30)))
                    .isUsable());

    Activity elsewhere = activity(QStringLiteral("walk"), {RecurrenceRule::weekly(Qt::Monday)});
    elsewhere.venue = Venue::at(QStringLiteral("Riegrovy sady"));
    EXPECT_TRUE(exampleWith(elsewhere).isUsable());

    // The Friday club's venue is announced that week: nobody knows it yet, so no clash.
    Activity friday = activity(QStringLiteral("games"), {RecurrenceRule::weekly(Qt::Friday)});
    friday.venue = Venue::announced();
    EXPECT_TRUE(exampleWith(friday).isUsable());
}

TEST(ProgrammeValidation, APlaceNamingTheOrganisationsAddressIsTheOrganisation)
{
    Activity same = activity(QStringLiteral("same"), {RecurrenceRule::weekly(Qt::Monday)});
    same.venue = Venue::at(QStringLiteral("  svatoslavova 260/14 "));
    EXPECT_FALSE(exampleWith(same).isUsable());

    Programme programme = test::exampleProgramme();
    Activity a = activity(QStringLiteral("a"), {RecurrenceRule::weekly(Qt::Tuesday)});
    Activity b = activity(QStringLiteral("b"), {RecurrenceRule::weekly(Qt::Tuesday)});
    a.venue = Venue::at(QStringLiteral("Kino Atlas"));
    b.venue = Venue::at(QStringLiteral("kino  atlas"));
    programme.activities << a << b;
    EXPECT_FALSE(programme.isUsable());
}

TEST(ProgrammeValidation, EvenAndOddWeeksNeverMeet)
{
    // The club meets on Thursdays of even weeks; odd Thursdays at the same time are free.
    EXPECT_TRUE(exampleWith(activity(QStringLiteral("odd"),
                                     {RecurrenceRule::weekly(Qt::Thursday, WeekParity::Odd)}))
                    .isUsable());
    EXPECT_FALSE(
        exampleWith(activity(QStringLiteral("every"), {RecurrenceRule::weekly(Qt::Thursday)}))
            .isUsable());
}

TEST(ProgrammeValidation, MonthlyRulesClashOnlyWhereTheyMeet)
{
    Programme programme;
    programme.organisation.name = QStringLiteral("Org");
    programme.organisation.address = QStringLiteral("Ulice 1, Praha");
    programme.activities = {
        activity(QStringLiteral("first"), {RecurrenceRule::monthly(1, Qt::Wednesday)}),
        activity(QStringLiteral("last"), {RecurrenceRule::monthly(-1, Qt::Wednesday)}),
    };
    EXPECT_TRUE(errorsOf(programme).isEmpty());

    // The fifth Wednesday is always the last one: the two meet in months that have five.
    programme.activities.append(
        activity(QStringLiteral("fifth"), {RecurrenceRule::monthly(5, Qt::Wednesday)}));
    const QList<VenueClash> clashes = VenueClashes::find(programme, QDate(2027, 1, 1));
    ASSERT_EQ(clashes.size(), 1);
    EXPECT_EQ(clashes.first().first, 1);
    EXPECT_EQ(clashes.first().second, 2);
    EXPECT_EQ(clashes.first().date, QDate(2027, 3, 31));

    // The last Friday of a month against Fridays of odd weeks.
    programme.activities = {
        activity(QStringLiteral("last-friday"), {RecurrenceRule::monthly(-1, Qt::Friday)}),
        activity(QStringLiteral("odd-friday"),
                 {RecurrenceRule::weekly(Qt::Friday, WeekParity::Odd)}),
    };
    EXPECT_FALSE(programme.isUsable());
}

TEST(ProgrammeValidation, ValidityWindowsSeparateOrMeetAnyTime)
{
    Programme programme = test::exampleProgramme();
    Activity spring = activity(QStringLiteral("spring"), {RecurrenceRule::weekly(Qt::Monday)});
    spring.rules[0].validUntil = QDate(2026, 6, 30);
    programme.activities[0].rules[0].validFrom = QDate(2026, 7, 1);
    programme.activities.append(spring);
    EXPECT_TRUE(programme.isUsable());

    // Windows that overlap years from the anchor are still found, on their first common day.
    programme.activities[0].rules[0].validFrom = QDate(2030, 3, 1);
    programme.activities.last().rules[0].validUntil = QDate(2030, 3, 31);
    const QList<VenueClash> clashes = VenueClashes::find(programme, QDate(2026, 11, 30));
    ASSERT_EQ(clashes.size(), 1);
    EXPECT_EQ(clashes.first().date, QDate(2030, 3, 4));
    EXPECT_FALSE(programme.isUsable());
}

TEST(ProgrammeValidation, OneOffEventsClashUnlessTheOtherDoesNotTakePlace)
{
    // A workshop on Monday 14. 12. 2026 at the organisation during the support group.
    Activity workshop =
        activity(QStringLiteral("workshop"), {RecurrenceRule::once(QDate(2026, 12, 14))});
    Programme programme = exampleWith(workshop);
    ASSERT_EQ(errorsOf(programme).size(), 1);

    // The group is cancelled that day: the room is free.
    programme.cancellations.append(
        {QStringLiteral("support-group"), QDate(2026, 12, 14), QStringLiteral("dílna")});
    EXPECT_TRUE(programme.isUsable());

    // Or the group moves for that day.
    programme.cancellations.clear();
    programme.changes.append({QStringLiteral("support-group"),
                              QDate(2026, 12, 14),
                              {},
                              {},
                              Venue::at(QStringLiteral("Riegrovy sady")),
                              {}});
    EXPECT_TRUE(programme.isUsable());

    // Easter Monday 2027 (29. 3.) cancels the group: a one-off workshop that day is fine.
    programme = exampleWith(
        activity(QStringLiteral("workshop"), {RecurrenceRule::once(QDate(2027, 3, 29))}));
    EXPECT_TRUE(programme.isUsable());
}

TEST(ProgrammeValidation, OneActivitysOwnRulesNeverClash)
{
    Programme programme = test::exampleProgramme();
    programme.activities[0].rules.append(RecurrenceRule::once(QDate(2026, 12, 7)));
    programme.activities[0].rules.append(RecurrenceRule::monthly(1, Qt::Monday));
    EXPECT_TRUE(errorsOf(programme).isEmpty());
}

TEST(ProgrammeValidation, ManyActivitiesValidateQuickly)
{
    Programme programme = test::exampleProgramme();
    for (int i = 0; i < 40; ++i) {
        Activity item = activity(QStringLiteral("a%1").arg(i),
                                 {RecurrenceRule::weekly(Qt::Saturday, WeekParity::Even),
                                  RecurrenceRule::monthly(-1, Qt::Sunday),
                                  RecurrenceRule::once(QDate(2027, 1, 1).addDays(i))});
        item.venue = Venue::at(QStringLiteral("Room %1").arg(i));
        programme.activities.append(item);
        // A one-off change makes every date of the activity worth a look.
        programme.changes.append({item.id, QDate(2027, 1, 1).addDays(i), QTime(18, 0), {}, {}, {}});
    }
    QElapsedTimer timer;
    timer.start();
    EXPECT_TRUE(programme.isUsable());
    // Live validation in the editor runs on every keystroke.
    EXPECT_LT(timer.elapsed(), 500);
}

TEST(ProgrammeValidation, StaleExceptionsCanBeRemoved)
{
    Programme programme = test::exampleProgramme();
    const Cancellation fitting{QStringLiteral("club"), QDate(2026, 12, 10), QStringLiteral("x")};
    programme.cancellations = {
        fitting, {QStringLiteral("support-group"), QDate(2026, 12, 8), QStringLiteral("Tue")}};
    programme.changes = {{QStringLiteral("removed"), QDate(2026, 12, 7), QTime(17, 0), {}, {}, {}}};
    EXPECT_TRUE(programme.fits(fitting));
    EXPECT_FALSE(programme.fits(programme.changes.first()));
    EXPECT_EQ(programme.removeStaleExceptions(), 2);
    EXPECT_EQ(programme.cancellations, QList<Cancellation>{fitting});
    EXPECT_TRUE(programme.changes.isEmpty());
    EXPECT_TRUE(programme.isUsable());
}

} // namespace
} // namespace kotva
