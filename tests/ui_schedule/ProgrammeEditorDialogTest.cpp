#include "ui/schedule/ProgrammeEditorDialog.h"

#include "core/schedule/MonthSchedule.h"
#include "core/schedule/ProgrammeJson.h"
#include "tests/support/CzechUi.h"
#include "tests/ui_schedule/EditorTyping.h"
#include "tests/ui_schedule/ScheduleUiTestSupport.h"
#include "ui/schedule/ActivitiesEditor.h"
#include "ui/schedule/ActivityForm.h"
#include "ui/schedule/HolidayList.h"
#include "ui/schedule/NameListEditor.h"
#include "ui/schedule/OrganisationForm.h"
#include "ui/schedule/RotaEditor.h"
#include "ui/schedule/RuleForm.h"
#include "ui/schedule/RuleListEditor.h"
#include "ui/schedule/ValidationPanel.h"
#include "ui/schedule/VenueEdit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

#include <gtest/gtest.h>
#include <memory>
#include <ostream>

namespace kotva {

// Readable failure messages: the activity or programme as its JSON.
inline void PrintTo(const Activity& activity, std::ostream* os)
{
    *os << QJsonDocument(ProgrammeJson::activityToJson(activity)).toJson().toStdString();
}
inline void PrintTo(const Programme& programme, std::ostream* os)
{
    *os << ProgrammeJson::serialize(programme).toStdString();
}

namespace {

// Every step goes through the widgets as a person would: keys typed, buttons clicked,
// entries chosen with the arrow keys.

using namespace test::editor;

Activity exampleActivity(const Programme& programme, const QString& id)
{
    const Activity* activity = programme.activity(id);
    return activity ? *activity : Activity{};
}

class ProgrammeEditorDialogTest : public ::testing::Test
{
protected:
    /// Wednesday 25. 11. 2026 in Prague: ISO week 48 (even), its Monday is 23. 11.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};

    std::unique_ptr<ProgrammeEditorDialog> open(const Programme& programme)
    {
        auto dialog = std::make_unique<ProgrammeEditorDialog>(programme, nullptr, m_clock);
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }

    static ActivityForm* form(ProgrammeEditorDialog& dialog)
    {
        return dialog.activitiesEditor()->form();
    }
    static RuleForm* ruleForm(ProgrammeEditorDialog& dialog)
    {
        return form(dialog)->rulesEditor()->form();
    }

    /// Clicks "New activity" and fills the title, time and leads.
    static void newActivity(ProgrammeEditorDialog& dialog, const QString& title,
                            const QString& start, const QString& end, const QStringList& leads)
    {
        click(dialog.activitiesEditor()->addButton());
        typeKeys(form(dialog)->titleEdit(), title);
        typeValue(form(dialog)->startEdit(), start);
        typeValue(form(dialog)->endEdit(), end);
        addNames(form(dialog)->leadsEditor(), leads);
    }

    static bool hasText(const QStringList& texts, const QString& part)
    {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&part](const QString& text) { return text.contains(part); });
    }
};

TEST_F(ProgrammeEditorDialogTest, CreatesAUsableProgrammeFromNothing)
{
    auto dialog = open(Programme{});
    EXPECT_EQ(dialog->tabs()->currentIndex(),
              static_cast<int>(ProgrammeEditorDialog::Page::Organisation));
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(hasText(dialog->validationPanel()->errors(),
                        QStringLiteral("Organisation: the organisation needs a name")));

    OrganisationForm* organisation = dialog->organisationForm();
    typeKeys(organisation->nameEdit(),
             QStringLiteral("Kaleidoskop – centrum terapie a vzdělávání, z. ú."));
    typeKeys(organisation->programmeEdit(), QStringLiteral("NetoPEER"));
    typeKeys(organisation->addressEdit(),
             QStringLiteral("Svatoslavova 260/14, 140 00 Praha 4 – Nusle"));
    typeKeys(organisation->shortAddressEdit(), QStringLiteral("Svatoslavova 260/14"));
    typeKeys(organisation->emailEdit(), QStringLiteral("peers@kaleidoskop-os.cz"));
    typeKeys(organisation->phoneEdit(), QStringLiteral("+420 721 769 386"));
    typeKeys(organisation->webEdit(), QStringLiteral("https://kaleidoskop-os.cz"));
    EXPECT_TRUE(dialog->okButton()->isEnabled()); // no activity yet is not an error

    clickTab(dialog->tabs(), ProgrammeEditorDialog::Page::Activities);

    // The support group: Mondays of even weeks, 18:00–20:30 with a 10-minute break.
    newActivity(*dialog, QStringLiteral("Podpůrná skupina"), QStringLiteral("18:00"),
                QStringLiteral("20:30"), {QStringLiteral("Sára"), QStringLiteral("Monika")});
    EXPECT_TRUE(form(*dialog)->idLabel()->text().contains(QStringLiteral("podpurna-skupina")));
    typeKeys(form(*dialog)->descriptionEdit(), QStringLiteral("Úvodní a závěrečné kolečko."));
    typeValue(form(*dialog)->breakMinutesBox(), QStringLiteral("10"));
    toggle(form(*dialog)->breakStartCheck());
    typeValue(form(*dialog)->breakStartEdit(), QStringLiteral("19:10"));
    EXPECT_FALSE(dialog->okButton()->isEnabled()); // no date rule yet
    EXPECT_TRUE(hasText(dialog->validationPanel()->errors(),
                        QStringLiteral("Activity “Podpůrná skupina”: the activity needs at "
                                       "least one date rule")));
    click(form(*dialog)->rulesEditor()->addButton());
    choose(ruleForm(*dialog)->parityBox(), static_cast<int>(WeekParity::Even));
    EXPECT_EQ(form(*dialog)->rulesEditor()->list()->item(0)->text(),
              RecurrenceRule::weekly(Qt::Monday, WeekParity::Even).describe());
    EXPECT_TRUE(dialog->okButton()->isEnabled());

    // The club: the last Friday of the month, 18:00–21:00.
    newActivity(*dialog, QStringLiteral("Klub"), QStringLiteral("18:00"), QStringLiteral("21:00"),
                {QStringLiteral("Michaela"), QStringLiteral("Alžběta")});
    click(form(*dialog)->rulesEditor()->addButton());
    choose(ruleForm(*dialog)->kindBox(), static_cast<int>(RecurrenceRule::Kind::MonthlyNthWeekday));
    EXPECT_TRUE(ruleForm(*dialog)->nthBox()->isVisibleTo(dialog.get()));
    EXPECT_FALSE(ruleForm(*dialog)->parityBox()->isVisibleTo(dialog.get()));
    choose(ruleForm(*dialog)->nthBox(), -1);
    choose(ruleForm(*dialog)->weekdayBox(), Qt::Friday);
    EXPECT_EQ(form(*dialog)->rulesEditor()->list()->item(0)->text(),
              RecurrenceRule::monthly(-1, Qt::Friday).describe());

    // A trip on Saturday 12. 12. 2026; the place is the meeting point.
    newActivity(*dialog, QStringLiteral("Výlet na Karlštejn"), QStringLiteral("08:30"),
                QStringLiteral("17:00"), {QStringLiteral("Sára"), QStringLiteral("Michaela")});
    choose(form(*dialog)->venueEdit()->kindBox(), static_cast<int>(Venue::Kind::Place));
    EXPECT_FALSE(dialog->okButton()->isEnabled()); // a place without its name
    typeKeys(form(*dialog)->venueEdit()->placeEdit(), QStringLiteral("Praha hl. n., u pokladen"));
    typeValue(form(*dialog)->capacityBox(), QStringLiteral("12"));
    click(form(*dialog)->rulesEditor()->addButton());
    choose(ruleForm(*dialog)->kindBox(), static_cast<int>(RecurrenceRule::Kind::Once));
    EXPECT_TRUE(ruleForm(*dialog)->dateEdit()->isVisibleTo(dialog.get()));
    EXPECT_FALSE(ruleForm(*dialog)->weekdayBox()->isVisibleTo(dialog.get()));
    typeValue(ruleForm(*dialog)->dateEdit(), QStringLiteral("12122026"));
    EXPECT_EQ(ruleForm(*dialog)->dateEdit()->date(), QDate(2026, 12, 12));

    // The rota: typed in the wrong order and put right with Up; the anchor typed as a
    // Wednesday moves to its Monday when the field is left.
    clickTab(dialog->tabs(), ProgrammeEditorDialog::Page::Rota);
    RotaEditor* rota = dialog->rotaEditor();
    typeKeys(rota->phoneEdit(), QStringLiteral("+420 721 769 386"));
    addNames(rota->peersEditor(),
             {QStringLiteral("Monika"), QStringLiteral("Sára"), QStringLiteral("Michaela")});
    clickRow(rota->peersEditor()->list(), 1);
    click(rota->peersEditor()->upButton());
    EXPECT_EQ(rota->peersEditor()->names(),
              (QStringList{QStringLiteral("Sára"), QStringLiteral("Monika"),
                           QStringLiteral("Michaela")}));
    typeValue(rota->anchorEdit(), QStringLiteral("02122026"));
    QTest::keyClick(rota->anchorEdit(), Qt::Key_Tab);
    EXPECT_EQ(rota->anchorEdit()->date(), QDate(2026, 11, 30));

    Programme expected;
    expected.organisation = {QStringLiteral("Kaleidoskop – centrum terapie a vzdělávání, z. ú."),
                             QStringLiteral("NetoPEER"),
                             QStringLiteral("Svatoslavova 260/14, 140 00 Praha 4 – Nusle"),
                             QStringLiteral("Svatoslavova 260/14"),
                             QStringLiteral("peers@kaleidoskop-os.cz"),
                             QStringLiteral("+420 721 769 386"),
                             QStringLiteral("https://kaleidoskop-os.cz")};
    Activity group;
    group.id = QStringLiteral("podpurna-skupina");
    group.title = QStringLiteral("Podpůrná skupina");
    group.description = QStringLiteral("Úvodní a závěrečné kolečko.");
    group.start = QTime(18, 0);
    group.end = QTime(20, 30);
    group.breakMinutes = 10;
    group.breakStart = QTime(19, 10);
    group.venue = Venue::organisation();
    group.leads = {QStringLiteral("Sára"), QStringLiteral("Monika")};
    group.rules = {RecurrenceRule::weekly(Qt::Monday, WeekParity::Even)};
    Activity club;
    club.id = QStringLiteral("klub");
    club.title = QStringLiteral("Klub");
    club.start = QTime(18, 0);
    club.end = QTime(21, 0);
    club.venue = Venue::organisation();
    club.leads = {QStringLiteral("Michaela"), QStringLiteral("Alžběta")};
    club.rules = {RecurrenceRule::monthly(-1, Qt::Friday)};
    Activity trip;
    trip.id = QStringLiteral("vylet-na-karlstejn");
    trip.title = QStringLiteral("Výlet na Karlštejn");
    trip.start = QTime(8, 30);
    trip.end = QTime(17, 0);
    trip.venue = Venue::at(QStringLiteral("Praha hl. n., u pokladen"));
    trip.leads = {QStringLiteral("Sára"), QStringLiteral("Michaela")};
    trip.capacity = 12;
    trip.rules = {RecurrenceRule::once(QDate(2026, 12, 12))};
    expected.activities = {group, club, trip};
    expected.rota.peers = {QStringLiteral("Sára"), QStringLiteral("Monika"),
                           QStringLiteral("Michaela")};
    expected.rota.anchorMonday = QDate(2026, 11, 30);
    expected.rota.phone = QStringLiteral("+420 721 769 386");

    const Programme programme = dialog->programme();
    EXPECT_EQ(programme.organisation, expected.organisation);
    ASSERT_EQ(programme.activities.size(), 3);
    EXPECT_EQ(programme.activities.at(0), group);
    EXPECT_EQ(programme.activities.at(1), club);
    EXPECT_EQ(programme.activities.at(2), trip);
    EXPECT_EQ(programme.rota, expected.rota);
    EXPECT_EQ(programme, expected);
    EXPECT_TRUE(programme.validate().isEmpty());
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->validationPanel()->errors().isEmpty());
    EXPECT_TRUE(dialog->validationPanel()->warnings().isEmpty());

    // Usable: December 2026 has the group on even Mondays, the trip, and the club's last
    // Friday falls on Christmas Day, so it is cancelled; the programme survives its file.
    const MonthSchedule december = MonthSchedule::build(programme, 2026, 12);
    QStringList days;
    for (const Occurrence& o : december.occurrences)
        days << o.date.toString(QStringLiteral("d ")) + o.activityId +
                    (o.isCancelled() ? QStringLiteral(" x") : QString());
    EXPECT_EQ(
        days,
        (QStringList{QStringLiteral("7 podpurna-skupina"), QStringLiteral("12 vylet-na-karlstejn"),
                     QStringLiteral("21 podpurna-skupina"), QStringLiteral("25 klub x")}));
    EXPECT_EQ(december.rota.first().peer, QStringLiteral("Sára"));
    const Result<LoadedProgramme> reloaded =
        ProgrammeJson::parse(ProgrammeJson::serialize(programme), QStringLiteral("edited.json"));
    ASSERT_TRUE(reloaded.has_value()) << reloaded.error().toString().toStdString();
    EXPECT_EQ(reloaded->programme, programme);
    EXPECT_EQ(dialog->holidayList()->cancelledOn(QDate(2026, 12, 25)), QStringLiteral("Klub"));
}

TEST_F(ProgrammeEditorDialogTest, EndBeforeStartDisablesOk)
{
    auto dialog = open(test::exampleProgramme());
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    clickRow(dialog->activitiesEditor()->list(), 1);
    typeValue(form(*dialog)->endEdit(), QStringLiteral("17:00"));
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_EQ(
        dialog->validationPanel()->errors(),
        QStringList{QStringLiteral("Activity “Klub”: the end time must be after the start time")});
    typeValue(form(*dialog)->endEdit(), QStringLiteral("21:30"));
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_EQ(dialog->programme().activities.at(1).end, QTime(21, 30));
}

TEST_F(ProgrammeEditorDialogTest, OverlapInOneVenueDisablesOkUntilItMoves)
{
    auto dialog = open(test::exampleProgramme());
    newActivity(*dialog, QStringLiteral("Jóga"), QStringLiteral("19:00"), QStringLiteral("20:00"),
                {QStringLiteral("Sára"), QStringLiteral("Monika")});
    click(form(*dialog)->rulesEditor()->addButton()); // Mondays, as the support group
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    const QStringList errors = dialog->validationPanel()->errors();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().startsWith(
        QStringLiteral("Activity “Jóga”: meets at the same time and place as "
                       "'Podpůrná skupina' (e.g. Monday, 30 November 2026, Svatoslavova")))
        << errors.first().toStdString();

    choose(form(*dialog)->venueEdit()->kindBox(), static_cast<int>(Venue::Kind::Place));
    typeKeys(form(*dialog)->venueEdit()->placeEdit(), QStringLiteral("Tělocvična"));
    EXPECT_TRUE(dialog->okButton()->isEnabled());

    // Back in the organisation but only after the group has finished: fine too.
    choose(form(*dialog)->venueEdit()->kindBox(),
           static_cast<int>(Venue::Kind::OrganisationAddress));
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    typeValue(form(*dialog)->startEdit(), QStringLiteral("20:30"));
    typeValue(form(*dialog)->endEdit(), QStringLiteral("21:30"));
    EXPECT_TRUE(dialog->okButton()->isEnabled());
}

TEST_F(ProgrammeEditorDialogTest, EmptyOrganisationNameDisablesOk)
{
    auto dialog = open(test::exampleProgramme());
    clickTab(dialog->tabs(), ProgrammeEditorDialog::Page::Organisation);
    clearText(dialog->organisationForm()->nameEdit());
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_EQ(dialog->validationPanel()->errors(),
              QStringList{QStringLiteral("Organisation: the organisation needs a name")});
}

TEST_F(ProgrammeEditorDialogTest, AnUntitledActivityIsNamedByItsNumber)
{
    auto dialog = open(test::exampleProgramme());
    click(dialog->activitiesEditor()->addButton());
    click(form(*dialog)->rulesEditor()->addButton());
    choose(ruleForm(*dialog)->weekdayBox(), Qt::Tuesday);
    addNames(form(*dialog)->leadsEditor(), {QStringLiteral("Sára"), QStringLiteral("Monika")});
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_EQ(dialog->validationPanel()->errors(),
              QStringList{QStringLiteral("Activity 3 (no title): the activity needs a title")});
    EXPECT_EQ(dialog->activitiesEditor()->list()->item(2)->text(),
              QStringLiteral("Activity 3 (no title)"));
    typeKeys(form(*dialog)->titleEdit(), QStringLiteral("Dílna"));
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_EQ(dialog->programme().activities.at(2).id, QStringLiteral("dilna"));
}

TEST_F(ProgrammeEditorDialogTest, OneLeadIsAWarningNotAnError)
{
    auto dialog = open(test::exampleProgramme());
    NameListEditor* leads = form(*dialog)->leadsEditor(); // the support group is selected
    clickRow(leads->list(), 1);
    click(leads->removeButton());
    EXPECT_EQ(leads->names(), QStringList{QStringLiteral("Sára")});
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(dialog->validationPanel()->errors().isEmpty());
    EXPECT_EQ(dialog->validationPanel()->warnings(),
              QStringList{QStringLiteral("Activity “Podpůrná skupina”: at least 2 peers should "
                                         "lead every activity; 1 given")});
    EXPECT_TRUE(dialog->programme().isUsable());
}

TEST_F(ProgrammeEditorDialogTest, EditingKeepsCancellationsAndChanges)
{
    Programme original = test::exampleProgramme();
    original.cancellations.append(
        {QStringLiteral("club"), QDate(2026, 12, 10), QStringLiteral("Nemoc obou peerek")});
    original.changes.append({QStringLiteral("support-group"), QDate(2026, 12, 21), QTime(17, 0),
                             QTime(19, 30), Venue::at(QStringLiteral("Riegrovy sady")),
                             QStringLiteral("Vánoční posezení")});
    auto dialog = open(original);
    EXPECT_EQ(dialog->programme(), original); // nothing touched, nothing changed

    clickRow(dialog->activitiesEditor()->list(), 1);
    addNames(form(*dialog)->leadsEditor(), {QStringLiteral("Sára")});
    typeText(form(*dialog)->titleEdit(), QStringLiteral("Klub a hry"));
    Programme edited = dialog->programme();
    EXPECT_EQ(edited.cancellations, original.cancellations);
    EXPECT_EQ(edited.changes, original.changes);
    EXPECT_EQ(edited.activities.at(0), original.activities.at(0));
    EXPECT_EQ(edited.activities.at(1).leads.size(), 3);
    EXPECT_TRUE(dialog->okButton()->isEnabled());

    // The club moves from even Thursdays to Wednesdays: its cancellation on Thursday 10. 12.
    // no longer fits. The dialog says so and removes it only when asked.
    RuleListEditor* rules = form(*dialog)->rulesEditor();
    clickRow(rules->list(), 0);
    choose(rules->form()->weekdayBox(), Qt::Wednesday);
    EXPECT_FALSE(dialog->okButton()->isEnabled());
    EXPECT_TRUE(hasText(dialog->validationPanel()->errors(),
                        QStringLiteral("Cancellation of Klub a hry on 10. 12. 2026: 'club' does "
                                       "not take place on 2026-12-10")));
    QPushButton* removeStale = dialog->validationPanel()->removeStaleButton();
    ASSERT_TRUE(removeStale->isVisibleTo(dialog.get()));
    click(removeStale);
    edited = dialog->programme();
    EXPECT_TRUE(edited.cancellations.isEmpty());
    EXPECT_EQ(edited.changes, original.changes); // the group's change still fits
    EXPECT_TRUE(dialog->okButton()->isEnabled());
    EXPECT_FALSE(removeStale->isVisibleTo(dialog.get()));
}

TEST_F(ProgrammeEditorDialogTest, SlugIsStableOnRename)
{
    auto dialog = open(test::exampleProgramme());
    clickRow(dialog->activitiesEditor()->list(), 1);
    typeText(form(*dialog)->titleEdit(), QStringLiteral("Klub deskovek"));
    EXPECT_EQ(dialog->programme().activities.at(1).id, QStringLiteral("club"));
    EXPECT_TRUE(form(*dialog)->idLabel()->text().contains(QStringLiteral("club")));

    // A new activity's id follows its title while it was never saved, and is unique.
    newActivity(*dialog, QStringLiteral("Čajovna"), QStringLiteral("16:00"),
                QStringLiteral("17:00"), {});
    EXPECT_EQ(dialog->programme().activities.at(2).id, QStringLiteral("cajovna"));
    typeText(form(*dialog)->titleEdit(), QStringLiteral("Čajovna u Draka"));
    EXPECT_EQ(dialog->programme().activities.at(2).id, QStringLiteral("cajovna-u-draka"));
    click(dialog->activitiesEditor()->duplicateButton());
    EXPECT_EQ(dialog->programme().activities.at(3).title, QStringLiteral("Čajovna u Draka (copy)"));
    typeText(form(*dialog)->titleEdit(), QStringLiteral("Čajovna u Draka"));
    EXPECT_EQ(dialog->programme().activities.at(3).id, QStringLiteral("cajovna-u-draka-2"));

    // Saved and opened again: the ids stay, whatever the titles become.
    const Programme saved = dialog->programme();
    auto again = open(saved);
    clickRow(again->activitiesEditor()->list(), 2);
    typeText(form(*again)->titleEdit(), QStringLiteral("Kavárna"));
    const Programme renamed = again->programme();
    EXPECT_EQ(renamed.activities.at(2).title, QStringLiteral("Kavárna"));
    EXPECT_EQ(renamed.activities.at(2).id, QStringLiteral("cajovna-u-draka"));
    EXPECT_EQ(renamed.activities.at(1).id, QStringLiteral("club"));

    // Removing an activity and adding one with the same title does not take over its id.
    click(again->activitiesEditor()->removeButton());
    newActivity(*again, QStringLiteral("Čajovna u Draka"), QStringLiteral("16:00"),
                QStringLiteral("17:00"), {});
    EXPECT_EQ(again->programme().activities.last().id, QStringLiteral("cajovna-u-draka-3"));
}

TEST_F(ProgrammeEditorDialogTest, HolidaysShowWhatIsCancelledAutomatically)
{
    auto dialog = open(test::exampleProgramme());
    HolidayList* holidays = dialog->holidayList();
    // 28. 9. 2026 is a Monday (the group), 24. 12. 2026 a Thursday of even week 52 (the club),
    // 1. 1. 2027 a Friday of odd week 53 (the club again).
    EXPECT_EQ(holidays->cancelledOn(QDate(2026, 9, 28)), QStringLiteral("Podpůrná skupina"));
    EXPECT_EQ(holidays->cancelledOn(QDate(2026, 12, 24)), QStringLiteral("Klub"));
    EXPECT_EQ(holidays->cancelledOn(QDate(2027, 1, 1)), QStringLiteral("Klub"));
    EXPECT_EQ(holidays->cancelledOn(QDate(2026, 12, 25)), QString());
    EXPECT_EQ(holidays->tree()->topLevelItemCount(), 2); // 2026 and 2027

    // Editing the rules updates the list at once.
    clickRow(dialog->activitiesEditor()->list(), 1);
    clickRow(form(*dialog)->rulesEditor()->list(), 1);
    choose(ruleForm(*dialog)->parityBox(), static_cast<int>(WeekParity::Any));
    EXPECT_EQ(holidays->cancelledOn(QDate(2026, 12, 25)), QStringLiteral("Klub"));
}

TEST_F(ProgrammeEditorDialogTest, RotaAnchorAcceptsOnlyMondays)
{
    auto dialog = open(Programme{});
    RotaEditor* rota = dialog->rotaEditor();
    clickTab(dialog->tabs(), ProgrammeEditorDialog::Page::Rota);
    EXPECT_EQ(rota->anchorEdit()->date(), QDate(2026, 11, 23));    // this week's Monday
    EXPECT_FALSE(dialog->programme().rota.anchorMonday.isValid()); // nothing set yet

    typeValue(rota->anchorEdit(), QStringLiteral("10122026")); // a Thursday
    EXPECT_EQ(dialog->programme().rota.anchorMonday, QDate(2026, 12, 7));
    QTest::keyClick(rota->anchorEdit(), Qt::Key_Tab);
    EXPECT_EQ(rota->anchorEdit()->date(), QDate(2026, 12, 7));
    addNames(rota->peersEditor(), {QStringLiteral("Sára"), QStringLiteral("Monika")});
    EXPECT_TRUE(rota->previewLabel()->text().contains(QStringLiteral("week 49")));
    EXPECT_EQ(dialog->programme().rota.peerOn(QDate(2026, 12, 9)), QStringLiteral("Sára"));
    EXPECT_EQ(dialog->programme().rota.peerOn(QDate(2026, 12, 16)), QStringLiteral("Monika"));
}

TEST_F(ProgrammeEditorDialogTest, ClickingAnIssueOpensItsActivity)
{
    auto dialog = open(test::exampleProgramme());
    clickRow(dialog->activitiesEditor()->list(), 1);
    typeValue(form(*dialog)->endEdit(), QStringLiteral("17:00"));
    clickRow(dialog->activitiesEditor()->list(), 0);
    clickTab(dialog->tabs(), ProgrammeEditorDialog::Page::Rota);

    QListWidget* issues = dialog->validationPanel()->list();
    ASSERT_EQ(issues->count(), 2); // the heading and the error
    clickRow(issues, 1);
    QTest::keyClick(issues, Qt::Key_Return);
    EXPECT_EQ(dialog->tabs()->currentIndex(),
              static_cast<int>(ProgrammeEditorDialog::Page::Activities));
    EXPECT_EQ(dialog->activitiesEditor()->currentIndex(), 1);
    EXPECT_EQ(form(*dialog)->titleEdit()->text(), QStringLiteral("Klub"));
}

TEST_F(ProgrammeEditorDialogTest, CzechTextsAndAScreenshot)
{
    test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    Programme programme = test::exampleProgramme();
    Activity trip = exampleActivity(programme, QStringLiteral("club"));
    trip.id = QStringLiteral("vylet");
    trip.title = QStringLiteral("Výlet na Karlštejn");
    trip.start = QTime(8, 30);
    trip.end = QTime(17, 0);
    trip.leads = {QStringLiteral("Sára")};
    trip.capacity = 12;
    trip.venue = Venue::at(QStringLiteral("Praha hl. n., u pokladen"));
    trip.rules = {RecurrenceRule::once(QDate(2026, 12, 12))};
    programme.activities.append(trip);
    auto dialog = open(programme);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(1060, 760)));
    clickRow(dialog->activitiesEditor()->list(), 1);
    clickRow(form(*dialog)->rulesEditor()->list(), 0);

    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Upravit program"));
    EXPECT_EQ(dialog->tabs()->tabText(1), QStringLiteral("&Aktivity"));
    EXPECT_EQ(dialog->validationPanel()->warnings(),
              QStringList{QStringLiteral("Aktivita „Výlet na Karlštejn“: každou aktivitu by měli "
                                         "vést alespoň 2 peer pracovníci; zadáno: 1")});

    if (const QString keep = qEnvironmentVariable("KOTVA_TEST_KEEP_DIR"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        for (auto page :
             {ProgrammeEditorDialog::Page::Activities, ProgrammeEditorDialog::Page::Organisation,
              ProgrammeEditorDialog::Page::Rota, ProgrammeEditorDialog::Page::Holidays}) {
            dialog->showPage(page);
            QTest::qWait(20);
            const QString name =
                page == ProgrammeEditorDialog::Page::Activities
                    ? QStringLiteral("programme-editor.png")
                    : QStringLiteral("programme-editor-%1.png").arg(static_cast<int>(page));
            EXPECT_TRUE(dialog->grab().save(keep + u'/' + name));
        }
        dialog->showPage(ProgrammeEditorDialog::Page::Activities);
        clickRow(dialog->activitiesEditor()->list(), 2);
        QTest::qWait(20);
        EXPECT_TRUE(dialog->grab().save(keep + QStringLiteral("/programme-editor-trip.png")));
    }
}

} // namespace
} // namespace kotva
