#include "core/referral/LocalServices.h"

#include "core/common/Clock.h"
#include "core/referral/ReferralPlanner.h"
#include "tests/referral/PlannerFixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <gtest/gtest.h>

using namespace kotva;
using kotva::test::builtInDirectory;

namespace {

/// A walk-in crisis centre in Královéhradecký kraj, the region the built-in directory has
/// none for: Mon–Thu 8–16, Fri 8–12, closed on public holidays, confirmed by phone.
ReferralEntry ownCentre(const LocalServices& services)
{
    ReferralEntry entry;
    entry.id = services.newId(QString::fromUtf8("Krizová pomoc Náchod"));
    entry.kind = EntryKind::CrisisCentre;
    entry.topics = {Topic::General, Topic::Suicide};
    entry.name = {QString::fromUtf8("Krizová pomoc Náchod"), QStringLiteral("Crisis help Náchod")};
    entry.operatorName = QString::fromUtf8("Spolek Kotva Náchod");
    entry.phone = QStringLiteral("491 000 111");
    entry.region = QStringLiteral("CZ052");
    entry.address = QString::fromUtf8("Palackého 1, 547 01 Náchod");
    entry.audience = {QString::fromUtf8("Dospělí v krizi"), QStringLiteral("Adults in crisis")};
    for (int day = Qt::Monday; day <= Qt::Thursday; ++day)
        entry.hours.addRange(Qt::DayOfWeek(day), MinuteRange{8 * 60, 16 * 60});
    entry.hours.addRange(Qt::Friday, MinuteRange{8 * 60, 12 * 60});
    entry.hours.setHolidays(OpeningHours::Holidays::Closed);
    entry.free = false;
    entry.sourceKind = SourceKind::Organisation;
    entry.verified = QDate(2026, 11, 30);
    entry.note = QStringLiteral("Confirmed by phone with the head of the centre.");
    return entry;
}

QStringList phonesFor(const ReferralDirectory& directory, const QString& region)
{
    kotva::FixedClock clock(kotva::test::wednesdayMorning());
    const ReferralPlan plan =
        ReferralPlanner(directory, clock)
            .plan(PlanRequest{
                kotva::test::assessment(RiskLevel::Acute, {SignalKind::Plan}), {}, region, {}});
    QStringList phones;
    for (const Referral& referral : plan.referrals)
        phones << referral.phone();
    return phones;
}

} // namespace

TEST(LocalServices, AServiceAddedIsSavedReadBackAndOfferedInItsRegion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("referrals/local-services.json"));
    LocalServices services(builtInDirectory(), path);
    ASSERT_TRUE(services.load()); // no file yet: an empty list
    EXPECT_TRUE(services.entries().isEmpty());
    EXPECT_FALSE(phonesFor(services.directory(), QStringLiteral("CZ052"))
                     .contains(QStringLiteral("491 000 111")));

    const ReferralEntry centre = ownCentre(services);
    ASSERT_TRUE(services.put(centre));
    ASSERT_TRUE(QFile::exists(path));
    // The planner's directory is the same object, now with the service: no restart needed.
    EXPECT_TRUE(phonesFor(services.directory(), QStringLiteral("CZ052"))
                    .contains(QStringLiteral("491 000 111")));
    EXPECT_FALSE(services.directory().notCovered().contains(QStringLiteral("CZ052")));

    // Another start of Kotva reads the same service back, field by field.
    LocalServices again(builtInDirectory(), path);
    ASSERT_TRUE(again.load());
    ASSERT_EQ(again.entries().size(), 1);
    const ReferralEntry& read = again.entries().first();
    EXPECT_EQ(read.id, centre.id);
    EXPECT_EQ(read.name.cs, centre.name.cs);
    EXPECT_EQ(read.address, centre.address);
    EXPECT_EQ(read.hours.ranges(Qt::Friday), centre.hours.ranges(Qt::Friday));
    EXPECT_TRUE(read.hours.ranges(Qt::Saturday).isEmpty());
    EXPECT_EQ(read.hours.holidays(), OpeningHours::Holidays::Closed);
    EXPECT_EQ(read.sourceKind, SourceKind::Organisation);
    EXPECT_TRUE(read.sourceUrl.isEmpty());
    EXPECT_EQ(read.verified, QDate(2026, 11, 30));
    EXPECT_FALSE(read.free);
}

TEST(LocalServices, ConfirmingDatesItAndAYearOldOneIsStale)
{
    QTemporaryDir dir;
    LocalServices services(builtInDirectory(), dir.filePath(QStringLiteral("local.json")));
    ReferralEntry centre = ownCentre(services);
    centre.verified = QDate(2025, 10, 1);
    ASSERT_TRUE(services.put(centre));
    EXPECT_TRUE(services.entries().first().isStaleOn(QDate(2026, 12, 5)));

    ASSERT_TRUE(services.confirm(centre.id, QDate(2026, 12, 5)));
    EXPECT_EQ(services.entries().first().verified, QDate(2026, 12, 5));
    EXPECT_FALSE(services.entries().first().isStaleOn(QDate(2026, 12, 5)));
    EXPECT_FALSE(services.confirm(QStringLiteral("local-gone"), QDate(2026, 12, 5)));
}

TEST(LocalServices, AnInvalidServiceOrAFailedWriteChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("local.json"));
    LocalServices services(builtInDirectory(), path);
    ASSERT_TRUE(services.put(ownCentre(services)));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    ReferralEntry noAddress = ownCentre(services);
    noAddress.id = services.newId(QStringLiteral("Second"));
    noAddress.address.clear(); // a crisis centre needs an address
    const Status refused = services.put(noAddress);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("address")))
        << refused.error().message.toStdString();
    EXPECT_EQ(services.entries().size(), 1);
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);

    // A folder that cannot be made (its parent is a file): a clear error, nothing in memory.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LocalServices blocked(builtInDirectory(), dir.filePath(QStringLiteral("blocker/local.json")));
    const Status failed = blocked.put(ownCentre(blocked));
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().message.contains(QLatin1String("nothing was changed")));
    EXPECT_TRUE(blocked.entries().isEmpty());
    EXPECT_FALSE(blocked.directory().find(ownCentre(blocked).id));
}

TEST(LocalServices, ExportedListImportsIntoAnotherOrganisationOnce)
{
    QTemporaryDir dir;
    LocalServices ours(builtInDirectory(), dir.filePath(QStringLiteral("ours.json")));
    ASSERT_TRUE(ours.put(ownCentre(ours)));
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    ASSERT_TRUE(ours.exportTo(shared));

    LocalServices theirs(builtInDirectory(), dir.filePath(QStringLiteral("theirs.json")));
    auto first = theirs.importFrom(shared);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->added, 1);
    EXPECT_EQ(theirs.entries().size(), 1);

    // The same file again adds nothing; a copy confirmed later replaces the older one.
    auto second = theirs.importFrom(shared);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->added + second->updated, 0);
    EXPECT_EQ(second->skipped, 1);
    ASSERT_TRUE(ours.confirm(ours.entries().first().id, QDate(2026, 12, 4)));
    ASSERT_TRUE(ours.exportTo(shared));
    auto third = theirs.importFrom(shared);
    ASSERT_TRUE(third);
    EXPECT_EQ(third->updated, 1);
    EXPECT_EQ(theirs.entries().first().verified, QDate(2026, 12, 4));

    // The built-in directory itself brings nothing new: its services are there already.
    auto builtIn = theirs.importFrom(ReferralDirectory::builtInPath());
    ASSERT_TRUE(builtIn);
    EXPECT_EQ(builtIn->added, 0);
    EXPECT_EQ(theirs.entries().size(), 1);

    // A file that is not a directory: the error names it, the list is untouched.
    const QString junk = dir.filePath(QStringLiteral("junk.json"));
    QFile junkFile(junk);
    ASSERT_TRUE(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("{\"format\": \"something else\"}");
    junkFile.close();
    EXPECT_FALSE(theirs.importFrom(junk));
    EXPECT_EQ(theirs.entries().size(), 1);
}
