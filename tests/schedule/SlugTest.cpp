#include "core/schedule/Slug.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

TEST(Slug, FoldsCzechTitlesToAscii)
{
    EXPECT_EQ(Slug::of(QStringLiteral("Podpůrná skupina")), QStringLiteral("podpurna-skupina"));
    EXPECT_EQ(Slug::of(QStringLiteral("  Výlet – Kutná Hora!  ")),
              QStringLiteral("vylet-kutna-hora"));
    EXPECT_EQ(Slug::of(QStringLiteral("Čajovna 2")), QStringLiteral("cajovna-2"));
    EXPECT_EQ(Slug::of(QStringLiteral("—")), QString());
}

TEST(Slug, ActivityIdsAreUnique)
{
    const QSet<QString> taken{QStringLiteral("klub"), QStringLiteral("klub-2")};
    EXPECT_EQ(Slug::uniqueActivityId(QStringLiteral("Klub"), taken), QStringLiteral("klub-3"));
    EXPECT_EQ(Slug::uniqueActivityId(QStringLiteral("Klub deskovek"), taken),
              QStringLiteral("klub-deskovek"));
    EXPECT_EQ(Slug::uniqueActivityId(QStringLiteral("???"), {}), QStringLiteral("activity"));
    EXPECT_EQ(Slug::uniqueActivityId(QStringLiteral("  "), {}), QString());
}

TEST(Slug, OrganisationSlugsInUidsStayAsTheyWere)
{
    // MonthSchedule builds iCalendar UIDs from this; published UIDs must not change.
    EXPECT_EQ(Slug::of(QStringLiteral("NetoPEER")), QStringLiteral("netopeer"));
    EXPECT_EQ(Slug::of(QStringLiteral("Kaleidoskop – centrum terapie a vzdělávání, z. ú.")),
              QStringLiteral("kaleidoskop-centrum-terapie-a-vzdelavani-z-u"));
}

} // namespace
} // namespace kotva
