#include "core/referral/ReferralDirectory.h"

#include "tests/referral/PlannerFixtures.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kotva;
using kotva::test::builtInDirectory;

namespace {

QStringList phones(const ReferralDirectory& directory)
{
    QStringList result;
    for (const ReferralEntry& entry : directory.entries())
        result << entry.phone;
    return result;
}

} // namespace

TEST(ReferralDirectory, BuiltInLoadsAndMatchesTheFileInTheSourceTree)
{
    ASSERT_FALSE(builtInDirectory().entries().isEmpty());
    Result<ReferralDirectory> fromTree = ReferralDirectory::loadFile(
        kotva::test::sourceDir() + QStringLiteral("/resources/referrals/cz.json"));
    ASSERT_TRUE(fromTree) << fromTree.error().toString().toStdString();
    EXPECT_EQ(phones(*fromTree), phones(builtInDirectory()));
}

TEST(ReferralDirectory, NamesAllFourteenRegions)
{
    ASSERT_EQ(ReferralDirectory::czechRegionCodes().size(), 14);
    for (const QString& code : ReferralDirectory::czechRegionCodes())
        EXPECT_FALSE(builtInDirectory().regionName(code).isEmpty()) << code.toStdString();
    EXPECT_EQ(builtInDirectory().regionName(QStringLiteral("CZ080")),
              QString::fromUtf8("Moravskoslezský kraj"));
}

// The built-in directory lists only what could be confirmed (resources/referrals/README.md).
// This pins the documented coverage: a change to the data must change this test too.
TEST(ReferralDirectory, CoversExactlyTheDocumentedRegions)
{
    const ReferralDirectory& directory = builtInDirectory();
    // Issue 12: every region but two has a crisis centre from the research of 2026-12-04;
    // every region but Královéhradecký has a regional service.
    QStringList withCentre = ReferralDirectory::czechRegionCodes();
    withCentre.removeAll(QStringLiteral("CZ051"));
    withCentre.removeAll(QStringLiteral("CZ052"));
    EXPECT_EQ(directory.regionsWithCrisisCentre(), withCentre);
    QStringList withEntries = ReferralDirectory::czechRegionCodes();
    withEntries.removeAll(QStringLiteral("CZ052"));
    EXPECT_EQ(directory.regionsWithEntries(), withEntries);
    for (const QString& code : ReferralDirectory::czechRegionCodes()) {
        const bool hasCentre = directory.regionsWithCrisisCentre().contains(code);
        const QString reason = directory.notCovered().value(code);
        EXPECT_NE(hasCentre, !reason.isEmpty())
            << code.toStdString() << ": needs a crisis centre or a reason why not";
    }
    EXPECT_EQ(directory.notCovered().size(), 2);
}

TEST(ReferralDirectory, EveryEntryCitesASourceAndAVerifiedDate)
{
    for (const ReferralEntry& entry : builtInDirectory().entries()) {
        SCOPED_TRACE(entry.id.toStdString());
        EXPECT_TRUE(entry.sourceUrl.startsWith(QLatin1String("https://")));
        EXPECT_TRUE(entry.verified.isValid());
        EXPECT_LE(entry.verified, QDate::currentDate());
        EXPECT_FALSE(entry.name.cs.isEmpty());
        EXPECT_FALSE(entry.name.en.isEmpty());
        EXPECT_FALSE(entry.audience.cs.isEmpty());
        EXPECT_FALSE(entry.audience.en.isEmpty());
        if (entry.kind == EntryKind::CrisisCentre) {
            EXPECT_FALSE(entry.address.isEmpty());
        }
    }
}

TEST(ReferralDirectory, HasTheNationalNumbersAndNotTheClosedOnes)
{
    const QStringList all = phones(builtInDirectory());
    for (const char* number : {"112", "155", "158", "116 123", "116 111", "116 006"})
        EXPECT_TRUE(all.contains(QLatin1String(number))) << number;
    EXPECT_FALSE(all.contains(QStringLiteral("284 016 666"))); // Bohnice line, closed 2023
    const ReferralEntry* line116123 = builtInDirectory().find(QStringLiteral("line-116123"));
    ASSERT_NE(line116123, nullptr);
    EXPECT_FALSE(line116123->hours.isAlways()); // weekends cut in December 2024
}

TEST(ReferralDirectory, MissingFileIsNotFound)
{
    Result<ReferralDirectory> loaded =
        ReferralDirectory::loadFile(QStringLiteral("/nonexistent/x.json"));
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(loaded.error().message.contains(QLatin1String("/nonexistent/x.json")));
}

TEST(ReferralDirectory, LoadsAnOrganisationsOwnFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("own.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format": "kotva-referrals", "version": 1, "regions": {"CZ064": "Jihomoravský kraj"},
"entries": [{"id": "own-centre", "kind": "crisis_centre", "topics": ["general"], "region": "CZ064",
 "name": {"cs": "Naše krizové centrum", "en": "Our crisis centre"}, "phone": "+420 500 000 000",
 "address": "Ulice 1, Brno", "hours": {"always": true},
 "source": {"url": "https://example.org/", "kind": "operator"}, "verified": "2026-01-15"}]})");
    file.close();
    Result<ReferralDirectory> loaded = ReferralDirectory::loadFile(path);
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->regionsWithCrisisCentre(), QStringList{QStringLiteral("CZ064")});

    // The same file cannot replace the national directory: the crisis pane would have no 155
    // and no 112 to start an acute plan with. The app then falls back to the built-in one.
    const Result<ReferralDirectory> national = ReferralDirectory::loadNational(path);
    ASSERT_FALSE(national);
    EXPECT_EQ(national.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(national.error().message.contains(path));
    EXPECT_TRUE(national.error().message.contains(QLatin1String("112")));
    EXPECT_TRUE(ReferralDirectory::loadNational(ReferralDirectory::builtInPath()));
}

// ---- invalid directories: each gives the file, the line and what is wrong -----------------

namespace {

const char* const kValid = R"({
  "format": "kotva-referrals",
  "version": 1,
  "regions": {"CZ032": "Plzeňský kraj"},
  "entries": [
    {"id": "first", "kind": "crisis_line", "topics": ["general"],
     "name": {"cs": "První", "en": "First"}, "phone": "116 123", "hours": {"always": true},
     "source": {"url": "https://example.org/a", "kind": "operator"}, "verified": "2026-01-01"},
    {"id": "second", "kind": "crisis_centre", "topics": ["general"], "region": "CZ032",
     "name": {"cs": "Druhé", "en": "Second"}, "phone": "777 000 000", "address": "Ulice 1, Plzeň",
     "hours": {"weekly": {"mon": ["08:00-17:00"]}, "publicHolidays": "closed"},
     "source": {"url": "https://example.org/b", "kind": "operator"}, "verified": "2026-01-01"}
  ]
})";

struct InvalidCase
{
    const char* name;
    const char* from;     ///< replaced in the valid text …
    const char* to;       ///< … by this
    const char* expected; ///< part of the message
    const char* lineOf;   ///< the message names the line where this text is (after replacing)
};

void PrintTo(const InvalidCase& c, std::ostream* os)
{
    *os << c.name;
}

class InvalidDirectory : public ::testing::TestWithParam<InvalidCase>
{};

int lineOf(const QByteArray& text, const char* marker)
{
    const qsizetype at = text.indexOf(marker);
    return at < 0 ? -1 : 1 + static_cast<int>(text.left(at).count('\n'));
}

} // namespace

TEST(InvalidDirectoryBase, TheBaseTextIsValid)
{
    Result<ReferralDirectory> loaded = ReferralDirectory::parse(kValid, QStringLiteral("org.json"));
    ASSERT_TRUE(loaded) << loaded.error().toString().toStdString();
    EXPECT_EQ(loaded->entries().size(), 2);
}

TEST_P(InvalidDirectory, NamesFileLineAndProblem)
{
    const InvalidCase& c = GetParam();
    QByteArray text(kValid);
    ASSERT_TRUE(text.contains(c.from)) << c.from;
    text.replace(c.from, c.to);
    Result<ReferralDirectory> loaded = ReferralDirectory::parse(text, QStringLiteral("org.json"));
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::InvalidInput);
    const QString message = loaded.error().message;
    EXPECT_TRUE(message.contains(QLatin1String(c.expected))) << message.toStdString();
    const int line = lineOf(text, c.lineOf);
    ASSERT_GT(line, 0);
    EXPECT_TRUE(message.startsWith(QStringLiteral("org.json:%1:").arg(line)))
        << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Cases, InvalidDirectory,
    ::testing::Values(
        InvalidCase{"missing_phone", R"("phone": "777 000 000", )", "",
                    "entry \"second\": the phone number is missing", R"({"id": "second")"},
        InvalidCase{"not_a_phone", R"("phone": "116 123")", R"("phone": "call us")",
                    "entry \"first\": \"call us\" is not a phone number", R"({"id": "first")"},
        InvalidCase{"unknown_entry_region", R"("region": "CZ032")", R"("region": "CZ999")",
                    "unknown region \"CZ999\"", R"({"id": "second")"},
        InvalidCase{"unknown_region_key", R"({"CZ032": "Plzeňský kraj"})", R"({"CZ099": "Nikde"})",
                    "unknown region code \"CZ099\"", R"("regions")"},
        InvalidCase{"bad_date", R"("verified": "2026-01-01"},
    {"id": "second")",
                    R"("verified": "1. 1. 2026"},
    {"id": "second")",
                    "\"verified\" must be a date written YYYY-MM-DD, not \"1. 1. 2026\"",
                    R"({"id": "first")"},
        InvalidCase{"unknown_kind", R"("kind": "crisis_line")", R"("kind": "hotline")",
                    "unknown kind \"hotline\"", R"({"id": "first")"},
        InvalidCase{"centre_without_address", R"("address": "Ulice 1, Plzeň",)", "",
                    "a crisis centre needs an address", R"({"id": "second")"},
        InvalidCase{"bad_hours", R"(["08:00-17:00"])", R"(["8-17"])",
                    "bad opening hours: \"8-17\" is not a time range", R"({"id": "second")"},
        InvalidCase{"no_source_url", R"("https://example.org/a")", R"("example dot org")",
                    "\"source\" needs the http(s) address", R"({"id": "first")"},
        InvalidCase{"duplicate_id", R"({"id": "second")", R"({"id": "first")",
                    "the id is used by an earlier entry",
                    R"({"id": "first", "kind": "crisis_centre")"},
        InvalidCase{"missing_id", R"({"id": "second", )", "{", "entry #2: the \"id\" is missing",
                    R"({"kind": "crisis_centre")"},
        InvalidCase{"broken_json", R"("version": 1,)", R"("version": 1)", "not valid JSON",
                    R"("regions")"},
        InvalidCase{"wrong_format", R"("kotva-referrals")", R"("something-else")",
                    "not a Kotva referral directory", R"("format")"}),
    [](const ::testing::TestParamInfo<InvalidCase>& param) {
        return std::string(param.param.name);
    });
