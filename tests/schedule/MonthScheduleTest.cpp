#include "core/schedule/MonthSchedule.h"

#include "ScheduleTestSupport.h"
#include "core/schedule/MonthText.h"
#include "core/schedule/Programme.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

QString line(const Occurrence& o)
{
    QString status = QStringLiteral("ok");
    if (o.status == Occurrence::Status::Cancelled)
        status = o.cancelledBy == Occurrence::CancelledBy::Holiday ? QStringLiteral("holiday")
                                                                   : QStringLiteral("cancelled");
    else if (o.status == Occurrence::Status::Changed)
        status = QStringLiteral("changed");
    return o.date.toString(Qt::ISODate) + u' ' + o.start.toString(QStringLiteral("HH:mm")) + u'-' +
           o.end.toString(QStringLiteral("HH:mm")) + u' ' + o.activityId + u' ' +
           Venue::kindName(o.venue.kind) + u' ' + status;
}

QStringList lines(const MonthSchedule& month)
{
    QStringList all;
    for (const Occurrence& o : month.occurrences)
        all << line(o);
    return all;
}

TEST(ExampleProgramme, DecemberTwentyTwentySixExactly)
{
    const Programme programme = test::exampleProgramme();
    const MonthSchedule december = MonthSchedule::build(programme, 2026, 12);
    // Mondays 7–28: the group. Clubs: Thursdays of even ISO weeks (50: 10. 12., 52: 24. 12.)
    // at the organisation, Fridays of odd weeks (49: 4. 12., 51: 18. 12.) venue announced.
    // 24. 12. is Christmas Eve: that club is cancelled. 25. 12. is a Friday of week 52 (even)
    // and 31. 12. a Thursday of week 53 (odd): no club on either.
    EXPECT_EQ(lines(december),
              (QStringList{
                  QStringLiteral("2026-12-04 18:00-21:00 club announced ok"),
                  QStringLiteral("2026-12-07 18:00-20:30 support-group organisation ok"),
                  QStringLiteral("2026-12-10 18:00-21:00 club organisation ok"),
                  QStringLiteral("2026-12-14 18:00-20:30 support-group organisation ok"),
                  QStringLiteral("2026-12-18 18:00-21:00 club announced ok"),
                  QStringLiteral("2026-12-21 18:00-20:30 support-group organisation ok"),
                  QStringLiteral("2026-12-24 18:00-21:00 club organisation holiday"),
                  QStringLiteral("2026-12-28 18:00-20:30 support-group organisation ok"),
              }));
    ASSERT_EQ(december.holidays.size(), 3);
    const Occurrence& christmasEve = december.occurrences.at(6);
    EXPECT_EQ(christmasEve.cancellationReason, CzechHolidays::nameOf(QDate(2026, 12, 24)));
    EXPECT_EQ(christmasEve.uid, QStringLiteral("club-20261224@netopeer.kotva"));
    const Occurrence& group = december.occurrences.at(1);
    EXPECT_EQ(group.breakMinutes, 10);
    EXPECT_EQ(group.venueShortText, QStringLiteral("Svatoslavova 260/14"));
    EXPECT_TRUE(group.venueText.startsWith(QStringLiteral("Svatoslavova 260/14")));
    EXPECT_EQ(group.leads.size(), 2);
    EXPECT_EQ(group.startDateTime().toString(Qt::ISODate),
              QStringLiteral("2026-12-07T18:00:00+01:00"));

    ASSERT_EQ(december.rota.size(), 5);
    EXPECT_EQ(december.rota.first().peer, QStringLiteral("Sára"));
    EXPECT_EQ(december.rota.at(1).peer, QStringLiteral("Monika"));
    EXPECT_EQ(december.rota.at(2).peer, QStringLiteral("Michaela"));
    EXPECT_EQ(december.rota.at(3).peer, QStringLiteral("Sára"));
    EXPECT_EQ(december.rotaPhone, QStringLiteral("+420 721 769 386"));
}

TEST(ExampleProgramme, ValidatesWithoutWarnings)
{
    EXPECT_TRUE(test::exampleProgramme().validate().isEmpty());
}

TEST(ExampleProgramme, JanuaryTwentyTwentySevenHasTwoOddFridaysInARow)
{
    const MonthSchedule january = MonthSchedule::build(test::exampleProgramme(), 2027, 1);
    QStringList clubs;
    for (const Occurrence& o : january.occurrences)
        if (o.activityId == u"club")
            clubs << o.date.toString(Qt::ISODate) + u' ' + (o.isCancelled() ? u'x' : u'+');
    // 1. 1. (week 53, odd, New Year holiday), 8. 1. (week 1, odd), 14. 1. (week 2, even), ...
    EXPECT_EQ(clubs, (QStringList{QStringLiteral("2027-01-01 x"), QStringLiteral("2027-01-08 +"),
                                  QStringLiteral("2027-01-14 +"), QStringLiteral("2027-01-22 +"),
                                  QStringLiteral("2027-01-28 +")}));
}

Programme programmeWithExceptions()
{
    Programme programme = test::exampleProgramme();
    Activity trip;
    trip.id = QStringLiteral("trip");
    trip.title = QStringLiteral("Výlet do Kutné Hory");
    trip.start = QTime(8, 30);
    trip.end = QTime(18, 0);
    trip.venue = Venue::at(QStringLiteral("Praha hl. n., u pokladen"));
    trip.leads = {QStringLiteral("Sára")};
    trip.capacity = 12;
    trip.rules = {RecurrenceRule::once(QDate(2026, 12, 26))};
    programme.activities.append(trip);
    programme.cancellations.append(
        {QStringLiteral("club"), QDate(2026, 12, 10), QStringLiteral("Nemoc obou peerek")});
    programme.changes.append({QStringLiteral("support-group"), QDate(2026, 12, 21), QTime(17, 0),
                              QTime(19, 30), Venue::at(QStringLiteral("Riegrovy sady")),
                              QStringLiteral("Vánoční posezení")});
    return programme;
}

TEST(MonthSchedule, ManualCancellationChangeAndSingleEventOnAHoliday)
{
    const Programme programme = programmeWithExceptions();
    const QList<ValidationIssue> issues = programme.validate();
    ASSERT_EQ(issues.size(), 1); // the trip has only one lead: a warning, not an error
    EXPECT_EQ(issues.first().severity, ValidationIssue::Severity::Warning);
    EXPECT_TRUE(issues.first().where.contains(QStringLiteral("trip")));
    EXPECT_TRUE(programme.isUsable());

    const MonthSchedule december = MonthSchedule::build(programme, 2026, 12);
    const QStringList all = lines(december);
    EXPECT_TRUE(all.contains(QStringLiteral("2026-12-10 18:00-21:00 club organisation cancelled")));
    EXPECT_TRUE(all.contains(QStringLiteral("2026-12-21 17:00-19:30 support-group place changed")));
    // A trip planned for St. Stephen's Day is not cancelled by the holiday.
    EXPECT_TRUE(all.contains(QStringLiteral("2026-12-26 08:30-18:00 trip place ok")));
    EXPECT_EQ(all.size(), 9);
    for (const Occurrence& o : december.occurrences) {
        if (o.date == QDate(2026, 12, 10)) {
            EXPECT_EQ(o.cancellationReason, QStringLiteral("Nemoc obou peerek"));
        }
        if (o.date == QDate(2026, 12, 21)) {
            EXPECT_EQ(o.venueText, QStringLiteral("Riegrovy sady"));
            EXPECT_TRUE(o.changeNote.contains(QStringLiteral("Vánoční posezení")));
        }
    }
}

TEST(ProgrammeValidation, ErrorsAndWarnings)
{
    Programme programme = test::exampleProgramme();
    programme.activities[0].leads = {QStringLiteral("Sára")};
    programme.rota.peers = {QStringLiteral("Sára")};
    QList<ValidationIssue> issues = programme.validate();
    ASSERT_EQ(issues.size(), 2);
    EXPECT_FALSE(issues.at(0).isError());
    EXPECT_FALSE(issues.at(1).isError());
    EXPECT_EQ(issues.at(1).where, QStringLiteral("rota"));

    programme = test::exampleProgramme();
    programme.activities[1].end = QTime(17, 0);
    programme.activities[1].id = programme.activities[0].id;
    programme.cancellations.append(
        {QStringLiteral("club"), QDate(2026, 12, 9), QStringLiteral("x")});
    programme.cancellations.append(
        {QStringLiteral("support-group"), QDate(2026, 12, 8), QStringLiteral("x")});
    issues = programme.validate();
    int errors = 0;
    for (const ValidationIssue& issue : issues)
        errors += issue.isError() ? 1 : 0;
    EXPECT_EQ(errors,
              4); // end before start, duplicate id, unknown activity, not on 8. 12. (a Tuesday)
    EXPECT_FALSE(programme.isUsable());
}

TEST(MonthText, CzechCompactLines)
{
    const MonthSchedule december = MonthSchedule::build(programmeWithExceptions(), 2026, 12);
    const QLocale czech(QLocale::Czech, QLocale::CzechRepublic);
    const QString text = MonthText::format(december, czech);
    const QStringList textLines = text.split(u'\n');
    EXPECT_TRUE(textLines.contains(
        QStringLiteral("Po 7. 12. 18:00\u201320:30 Podpůrná skupina \u2014 Svatoslavova 260/14")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pá 4. 12. 18:00\u201321:00 Klub \u2014 ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Čt 24. 12. Klub \u2014 ")));
    EXPECT_TRUE(text.contains(CzechHolidays::nameOf(QDate(2026, 12, 24))));
    EXPECT_TRUE(text.contains(QStringLiteral("Nemoc obou peerek")));
    EXPECT_TRUE(text.contains(QStringLiteral("So 26. 12. 08:30\u201318:00 Výlet do Kutné Hory")));
    EXPECT_TRUE(text.contains(QStringLiteral("Vánoční posezení")));
    EXPECT_TRUE(text.contains(QStringLiteral("+420 721 769 386")));
    EXPECT_TRUE(text.contains(QStringLiteral("NetoPEER")));
    EXPECT_TRUE(text.contains(QStringLiteral("prosinec 2026")));
    // The rota: ISO weeks 49–53 with who has the phone.
    EXPECT_TRUE(text.contains(QStringLiteral("49")));
    EXPECT_TRUE(text.contains(QStringLiteral("53")));
    EXPECT_TRUE(text.contains(QStringLiteral("28. 12.\u20133. 1.")));
    EXPECT_TRUE(text.contains(QStringLiteral("Michaela")));
    // Every occurrence is one line starting with its day.
    for (const Occurrence& o : december.occurrences)
        EXPECT_TRUE(text.contains(MonthText::dayLabel(o.date, czech) + u' '))
            << o.date.toString().toStdString();
}

} // namespace
} // namespace kotva
