#include "core/schedule/ProgrammeJson.h"

#include "ScheduleTestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace kotva {
namespace {

const char* const minimal = R"({
  "format": "kotva-programme", "version": 1,
  "organisation": {"name": "Spolek", "address": "Ulice 1, Praha"},
  "activities": [
    {"id": "a", "title": "Skupina", "start": "18:00", "end": "20:00", "leads": ["Eva", "Jana"],
     "rules": [{"kind": "weekly", "weekday": "monday"}]}
  ],
  "rota": {"peers": ["Eva", "Jana"]}
})";

QString errorOf(const QByteArray& json)
{
    const auto loaded = ProgrammeJson::parse(json, QStringLiteral("test.json"));
    EXPECT_FALSE(loaded.has_value());
    if (loaded)
        return {};
    EXPECT_EQ(loaded.error().code, ErrorCode::InvalidInput);
    return loaded.error().message;
}

QByteArray replaced(const char* before, const char* after)
{
    QByteArray json(minimal);
    EXPECT_TRUE(json.contains(before)) << before;
    return json.replace(before, after);
}

TEST(ProgrammeJson, MinimalLoads)
{
    const auto loaded = ProgrammeJson::parse(minimal, QStringLiteral("test.json"));
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_TRUE(loaded->warnings.isEmpty());
    ASSERT_EQ(loaded->programme.activities.size(), 1);
    EXPECT_EQ(loaded->programme.activities.first().venue.kind, Venue::Kind::OrganisationAddress);
}

TEST(ProgrammeJson, APlaceLeftBesideAnotherKindIsDroppedSoSavingKeepsTheProgramme)
{
    // A coordinator changed "place" to "organisation" and left the address: the programme
    // meets at the organisation, and saving it and loading it again gives the same programme.
    const auto loaded = ProgrammeJson::parse(
        replaced(
            R"("leads": ["Eva", "Jana"],)",
            R"("leads": ["Eva", "Jana"], "venue": {"kind": "organisation", "place": "Jinde"},)"),
        QStringLiteral("test.json"));
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->programme.activities.first().venue, Venue::organisation());
    const auto reloaded = ProgrammeJson::parse(ProgrammeJson::serialize(loaded->programme),
                                               QStringLiteral("saved.json"));
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_EQ(reloaded->programme, loaded->programme);
}

struct BadFile
{
    const char* before;
    const char* after;
    const char* expected; ///< must appear in the message (after "test.json: ")
};

void PrintTo(const BadFile& c, std::ostream* os)
{
    *os << c.after << " → " << c.expected;
}

class ProgrammeJsonErrors : public ::testing::TestWithParam<BadFile>
{};

TEST_P(ProgrammeJsonErrors, NameTheFileAndThePlace)
{
    const QString message = errorOf(replaced(GetParam().before, GetParam().after));
    EXPECT_TRUE(message.startsWith(QStringLiteral("test.json"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().expected))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ProgrammeJsonErrors,
    ::testing::Values(
        BadFile{"\"weekday\": \"monday\"", "\"weekday\": \"pondeli\"",
                "activities[0].rules[0].weekday"},
        BadFile{"\"start\": \"18:00\"", "\"start\": \"25:00\"", "activities[0].start"},
        BadFile{"\"start\": \"18:00\"", "\"strat\": \"18:00\"", "activities[0].strat"},
        BadFile{"\"end\": \"20:00\"", "\"end\": \"17:00\"", "activities[0] (a)"},
        BadFile{"\"kind\": \"weekly\"", "\"kind\": \"fortnightly\"", "activities[0].rules[0].kind"},
        BadFile{"\"weekday\": \"monday\"}", "\"weekday\": \"monday\", \"parity\": \"sudy\"}",
                "activities[0].rules[0].parity"},
        BadFile{"\"version\": 1", "\"version\": 7", "version"},
        // Found by tests/fuzz/fuzz_programme: a number beyond int was undefined behaviour.
        BadFile{"\"version\": 1", "\"version\": 1e300", "version"},
        BadFile{"\"version\": 1", "\"version\": -3000000000", "version"},
        BadFile{
            "\"rota\": {\"peers\": [\"Eva\", \"Jana\"]}",
            "\"rota\": {\"peers\": [\"Eva\", \"Jana\"]}, \"cancellations\": [{\"activity\": \"b\", "
            "\"date\": \"2026-12-07\", \"reason\": \"x\"}]",
            "cancellations[0]"},
        BadFile{"\"rules\": [", "\"venue\": {\"kind\": \"place\"}, \"rules\": [",
                "activities[0].venue.place"},
        BadFile{"\"name\": \"Spolek\",", "", "organisation.name"}));

TEST(ProgrammeJson, InvalidJsonGivesTheLine)
{
    const QString message = errorOf(replaced("\"title\": \"Skupina\",", "\"title\": \"Skupina\""));
    EXPECT_TRUE(message.startsWith(QStringLiteral("test.json:5:"))) << message.toStdString();
}

TEST(ProgrammeJson, WarningsDoNotStopLoading)
{
    const auto loaded = ProgrammeJson::parse(replaced("[\"Eva\", \"Jana\"],", "[\"Eva\"],"),
                                             QStringLiteral("test.json"));
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(loaded->warnings.size(), 1);
    EXPECT_EQ(loaded->warnings.first().where, QStringLiteral("activities[0] (a)"));
}

TEST(ProgrammeJson, MissingFileNamesThePath)
{
    const auto loaded = ProgrammeJson::loadFile(QStringLiteral("/nonexistent/programme.json"));
    ASSERT_FALSE(loaded.has_value());
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("/nonexistent/programme.json")));
}

TEST(ProgrammeJson, SaveAndLoadGiveTheSameProgramme)
{
    Programme programme = test::exampleProgramme();
    Activity trip;
    trip.id = QStringLiteral("trip");
    trip.title = QStringLiteral("Výlet");
    trip.start = QTime(9, 0);
    trip.end = QTime(17, 0);
    trip.breakMinutes = 30;
    trip.breakStart = QTime(12, 0);
    trip.venue = Venue::at(QStringLiteral("Karlštejn, nádraží"));
    trip.leads = {QStringLiteral("Sára"), QStringLiteral("Monika")};
    trip.capacity = 10;
    trip.rules = {RecurrenceRule::once(QDate(2026, 12, 12))};
    RecurrenceRule lastFriday = RecurrenceRule::monthly(-1, Qt::Friday);
    lastFriday.validFrom = QDate(2026, 1, 1);
    lastFriday.validUntil = QDate(2026, 12, 31);
    trip.rules.append(lastFriday);
    programme.activities.append(trip);
    programme.cancellations.append(
        {QStringLiteral("club"), QDate(2026, 12, 10), QStringLiteral("Nemoc")});
    programme.changes.append({QStringLiteral("support-group"),
                              QDate(2026, 12, 14),
                              QTime(17, 0),
                              {},
                              Venue::announced(),
                              QStringLiteral("Jinde")});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("programme.json"));
    ASSERT_TRUE(ProgrammeJson::saveFile(programme, path).has_value());
    const auto loaded = ProgrammeJson::loadFile(path);
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->programme, programme);
}

} // namespace
} // namespace kotva
