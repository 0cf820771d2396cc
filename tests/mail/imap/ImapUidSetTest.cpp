// UID sets as ESEARCH returns them: ranges in either order, duplicates, and sets a hostile
// server makes huge or malformed.

#include "core/mail/imap/ImapUidSet.h"

#include <gtest/gtest.h>

using namespace kotva;

namespace {

TEST(ImapUidSet, ExpandsRangesAndSingleUids)
{
    EXPECT_EQ(parseUidSet("1:3,7,12:10", 100).value_or(QList<quint32>{}),
              (QList<quint32>{1, 2, 3, 7, 10, 11, 12}));
    EXPECT_EQ(parseUidSet("5,5,4:6", 100).value_or(QList<quint32>{}), (QList<quint32>{4, 5, 6}));
    EXPECT_EQ(parseUidSet("4294967295", 100).value_or(QList<quint32>{}),
              QList<quint32>{4294967295u});
}

TEST(ImapUidSet, RefusesMalformedSets)
{
    for (const char* set : {"", ",", "1:", ":3", "0", "1:*", "a", "4294967296", "1,,2", "1:2:3"})
        EXPECT_FALSE(parseUidSet(set, 100).has_value()) << set;
}

TEST(ImapUidSet, RefusesSetsLargerThanTheCapBeforeExpanding)
{
    EXPECT_FALSE(parseUidSet("1:4294967295", 1000000).has_value());
    EXPECT_FALSE(parseUidSet("1:60,61:101", 100).has_value());
    EXPECT_TRUE(parseUidSet("1:100", 100).has_value());
}

} // namespace
