#include "core/keys/PassphrasePolicy.h"

#include <cstring>
#include <gtest/gtest.h>

using kotva::ErrorCode;
using kotva::PassphrasePolicy;
using kotva::SecureBuffer;

namespace {

struct PolicyCase
{
    const char* utf8;
    bool accepted;
    ErrorCode code;
};

class PassphrasePolicyTable : public ::testing::TestWithParam<PolicyCase>
{};

TEST_P(PassphrasePolicyTable, Decides)
{
    const PolicyCase& c = GetParam();
    const auto status = PassphrasePolicy::check(
        SecureBuffer::copyOf(c.utf8, static_cast<qsizetype>(std::strlen(c.utf8))));
    EXPECT_EQ(status.has_value(), c.accepted) << c.utf8;
    if (!c.accepted) {
        EXPECT_EQ(status.error().code, c.code);
        EXPECT_FALSE(status.error().message.isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PassphrasePolicyTable,
    ::testing::Values(PolicyCase{"", false, ErrorCode::InvalidArgument},
                      PolicyCase{"1234567", false, ErrorCode::InvalidArgument},
                      PolicyCase{"12345678", true, ErrorCode::InvalidArgument},
                      // 7 characters in 10 bytes: characters count, not bytes
                      PolicyCase{"\xc5\xbelu\xc5\xa5ou\xc4\x8d", false, ErrorCode::InvalidArgument},
                      PolicyCase{"\xc5\xbelu\xc5\xa5ou\xc4\x8dk", true, ErrorCode::InvalidArgument},
                      PolicyCase{"abcdefg\xff", false, ErrorCode::InvalidInput}));

} // namespace
