#include "core/mail/smtp/SmtpData.h"

#include <QString>

#include <gtest/gtest.h>
#include <ostream>

namespace kotva {
namespace {

struct DataCase
{
    const char* name;
    QByteArray message;
    QByteArray wire;
};

// ctest names show the case, not its bytes.
void PrintTo(const DataCase& param, std::ostream* out)
{
    *out << param.name;
}

class SmtpDataTest : public testing::TestWithParam<DataCase>
{};

TEST_P(SmtpDataTest, EncodesForTheWire)
{
    EXPECT_EQ(SmtpData::encode(GetParam().message), GetParam().wire);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SmtpDataTest,
    testing::Values(DataCase{"crlf_untouched", "a\r\nb\r\n", "a\r\nb\r\n"},
                    DataCase{"bare_lf", "a\nb\n", "a\r\nb\r\n"},
                    DataCase{"bare_cr", "a\rb", "a\r\nb\r\n"},
                    DataCase{"last_line_ended", "a\r\nb", "a\r\nb\r\n"},
                    DataCase{"leading_dot", ".a\r\n..b\r\n", "..a\r\n...b\r\n"},
                    DataCase{"lone_dot_line", "a\r\n.\r\nb\r\n", "a\r\n..\r\nb\r\n"},
                    DataCase{"dot_first_byte", ".", "..\r\n"},
                    DataCase{"dot_after_bare_lf", "a\n.b", "a\r\n..b\r\n"},
                    DataCase{"dot_inside_line", "a.b\r\n", "a.b\r\n"}),
    [](const testing::TestParamInfo<DataCase>& param) { return param.param.name; });

TEST(SmtpDataEightBitTest, SeesBytesAboveAscii)
{
    EXPECT_FALSE(SmtpData::hasEightBitBytes("plain ascii\r\n"));
    EXPECT_TRUE(SmtpData::hasEightBitBytes(QStringLiteral("Dobrý den").toUtf8()));
}

} // namespace
} // namespace kotva
