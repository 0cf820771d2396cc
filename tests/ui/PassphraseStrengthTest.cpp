#include "ui/shell/PassphraseStrength.h"

#include <gtest/gtest.h>

namespace kotva {
namespace {

using Level = PassphraseStrength::Level;

struct StrengthCase
{
    const char* passphrase;
    Level expected;
};

class PassphraseStrengthTest : public ::testing::TestWithParam<StrengthCase>
{};

TEST_P(PassphraseStrengthTest, RatesLikeAPersonWould)
{
    const StrengthCase& c = GetParam();
    EXPECT_EQ(PassphraseStrength::evaluate(QString::fromUtf8(c.passphrase)), c.expected)
        << c.passphrase;
}

INSTANTIATE_TEST_SUITE_P(Table, PassphraseStrengthTest,
                         ::testing::Values(StrengthCase{"", Level::Empty},
                                           StrengthCase{"kocka", Level::TooShort},
                                           StrengthCase{"1234567", Level::TooShort},
                                           StrengthCase{"password1", Level::Weak},
                                           StrengthCase{"heslo123", Level::Weak},
                                           StrengthCase{"aaaaaaaaaaaa", Level::Weak},
                                           StrengthCase{"abcdefgh", Level::Weak},
                                           StrengthCase{"modrá kočka spí", Level::Fair},
                                           StrengthCase{"Zelený-čaj7Ostrava", Level::Strong},
                                           StrengthCase{"kotva lod prisan mraky", Level::Strong}));

TEST(PassphraseStrength, OnlyTooShortAndEmptyAreRefused)
{
    EXPECT_FALSE(PassphraseStrength::isAcceptable(Level::Empty));
    EXPECT_FALSE(PassphraseStrength::isAcceptable(Level::TooShort));
    EXPECT_TRUE(PassphraseStrength::isAcceptable(Level::Weak));
    EXPECT_TRUE(PassphraseStrength::isAcceptable(Level::Strong));
}

TEST(PassphraseStrength, CountsCharactersNotBytes)
{
    // Eight Czech letters are eight characters even though they take more UTF-8 bytes.
    EXPECT_NE(PassphraseStrength::evaluate(QString::fromUtf8("žluťoučk")), Level::TooShort);
}

} // namespace
} // namespace kotva
