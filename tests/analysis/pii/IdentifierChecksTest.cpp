#include "core/analysis/pii/IdentifierChecks.h"

#include "tests/analysis/pii/PiiTestData.h"

#include <gtest/gtest.h>

using namespace kotva;
using namespace kotva::pii;
using kotva::test::anyBirthNumber;
using kotva::test::completeAccount;

namespace {

struct IdCase
{
    const char* name;
    QString value;
    bool valid;
};

void PrintTo(const IdCase& c, std::ostream* os)
{
    *os << c.name << " (" << c.value.toStdString() << ")";
}

// Changes the last digit so the checksum no longer holds.
QString breakLastDigit(const QString& digits)
{
    QString out = digits;
    const int last = out.back().unicode() - u'0';
    out.back() = QChar(u'0' + (last + 1) % 10);
    return out;
}

// A 10-digit number whose first nine digits leave remainder 10, ending in 0.
QString remainderTenNumber(int yy, int month, int day)
{
    for (int serial = 0; serial < 1000; ++serial) {
        const QString first9 = QStringLiteral("%1%2%3%4")
                                   .arg(yy, 2, 10, QLatin1Char('0'))
                                   .arg(month, 2, 10, QLatin1Char('0'))
                                   .arg(day, 2, 10, QLatin1Char('0'))
                                   .arg(serial, 3, 10, QLatin1Char('0'));
        if (first9.toLongLong() % 11 == 10)
            return first9 + QLatin1Char('0');
    }
    return {};
}

class BirthNumberTest : public ::testing::TestWithParam<IdCase>
{};

TEST_P(BirthNumberTest, Validates)
{
    EXPECT_EQ(isValidBirthNumber(GetParam().value), GetParam().valid);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BirthNumberTest,
    ::testing::Values(IdCase{"man_1985", anyBirthNumber(85, 3, 14), true},
                      IdCase{"woman_plus_50", anyBirthNumber(92, 61, 2), true},
                      IdCase{"man_2004_series_plus_20", anyBirthNumber(8, 23, 10), true},
                      IdCase{"woman_2004_series_plus_70", anyBirthNumber(5, 74, 2), true},
                      IdCase{"born_2000", anyBirthNumber(0, 1, 1), true},
                      IdCase{"leap_day_1988", anyBirthNumber(88, 2, 29), true},
                      IdCase{"remainder_ten_check_zero", remainderTenNumber(70, 5, 20), true},
                      IdCase{"nine_digits_1950", QStringLiteral("500312123"), true},
                      IdCase{"nine_digits_woman_1939", QStringLiteral("395215456"), true},
                      IdCase{"wrong_check_digit", breakLastDigit(anyBirthNumber(85, 3, 14)), false},
                      IdCase{"plus_20_before_2004", anyBirthNumber(85, 23, 14), false},
                      IdCase{"plus_70_before_2004", anyBirthNumber(99, 74, 2), false},
                      IdCase{"month_13", anyBirthNumber(85, 13, 1), false},
                      IdCase{"february_30", anyBirthNumber(85, 2, 30), false},
                      IdCase{"not_leap_day_1989", anyBirthNumber(89, 2, 29), false},
                      IdCase{"nine_digits_after_1953", QStringLiteral("600312123"), false},
                      IdCase{"nine_digits_plus_20", QStringLiteral("502312123"), false},
                      IdCase{"eight_digits", QStringLiteral("85031433"), false},
                      IdCase{"eleven_digits", anyBirthNumber(85, 3, 14) + QLatin1Char('1'), false},
                      IdCase{"letters", QStringLiteral("85031A3319"), false}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(BirthNumber, DateOfTheNumber)
{
    EXPECT_EQ(birthNumberDate(anyBirthNumber(92, 61, 2)), QDate(1992, 11, 2));
    EXPECT_EQ(birthNumberDate(anyBirthNumber(8, 23, 10)), QDate(2008, 3, 10));
    EXPECT_EQ(birthNumberDate(QStringLiteral("395215456")), QDate(1939, 2, 15));
    EXPECT_FALSE(birthNumberDate(QStringLiteral("851332123")).isValid());
}

struct AccountCase
{
    const char* name;
    QString prefix;
    QString number;
    bool valid;
};

void PrintTo(const AccountCase& c, std::ostream* os)
{
    *os << c.name << " (" << c.prefix.toStdString() << "-" << c.number.toStdString() << ")";
}

class AccountTest : public ::testing::TestWithParam<AccountCase>
{};

TEST_P(AccountTest, Validates)
{
    EXPECT_EQ(isValidAccountNumber(GetParam().prefix, GetParam().number), GetParam().valid);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AccountTest,
    ::testing::Values(
        AccountCase{"ten_digits", {}, completeAccount(QStringLiteral("200014539")), true},
        AccountCase{"six_digits", {}, completeAccount(QStringLiteral("96385")), true},
        AccountCase{"two_digits", {}, completeAccount(QStringLiteral("5")), true},
        AccountCase{"with_prefix", completeAccount(QStringLiteral("1"), true),
                    completeAccount(QStringLiteral("200014539")), true},
        AccountCase{"six_digit_prefix", completeAccount(QStringLiteral("10000"), true),
                    completeAccount(QStringLiteral("123456")), true},
        AccountCase{"wrong_number",
                    {},
                    breakLastDigit(completeAccount(QStringLiteral("200014539"))),
                    false},
        AccountCase{"wrong_prefix", breakLastDigit(completeAccount(QStringLiteral("1"), true)),
                    completeAccount(QStringLiteral("200014539")), false},
        AccountCase{"all_zeros", {}, QStringLiteral("0000000000"), false},
        AccountCase{"eleven_digits", {}, QStringLiteral("20001453991"), false},
        AccountCase{"one_digit", {}, QStringLiteral("0"), false},
        AccountCase{"seven_digit_prefix", QStringLiteral("1000000"),
                    completeAccount(QStringLiteral("123456")), false}),
    [](const auto& p) { return std::string(p.param.name); });

class IbanTest : public ::testing::TestWithParam<IdCase>
{};

TEST_P(IbanTest, Validates)
{
    EXPECT_EQ(isValidIban(GetParam().value), GetParam().valid);
}

QString czechIban(const QString& bank, const QString& prefix, const QString& number)
{
    return kotva::test::iban(QStringLiteral("CZ"), bank + prefix.rightJustified(6, u'0') +
                                                       number.rightJustified(10, u'0'));
}

INSTANTIATE_TEST_SUITE_P(
    Table, IbanTest,
    ::testing::Values(
        IdCase{"czech",
               czechIban(QStringLiteral("0800"), {}, completeAccount(QStringLiteral("200014539"))),
               true},
        IdCase{"czech_with_prefix",
               czechIban(QStringLiteral("0100"), completeAccount(QStringLiteral("1"), true),
                         completeAccount(QStringLiteral("12345"))),
               true},
        IdCase{"lower_case",
               czechIban(QStringLiteral("0300"), {}, completeAccount(QStringLiteral("27810")))
                   .toLower(),
               true},
        IdCase{"german",
               kotva::test::iban(QStringLiteral("DE"), QStringLiteral("370400440532013000")), true},
        IdCase{"slovak",
               kotva::test::iban(QStringLiteral("SK"), QStringLiteral("11000000002926872458")),
               true},
        IdCase{"british",
               kotva::test::iban(QStringLiteral("GB"), QStringLiteral("WEST12345698765432")), true},
        IdCase{"wrong_check_digits",
               breakLastDigit(czechIban(QStringLiteral("0800"), {},
                                        completeAccount(QStringLiteral("200014539")))),
               false},
        // The mod-97 check holds but the account inside fails its own mod-11 check.
        IdCase{"czech_invalid_account",
               czechIban(QStringLiteral("0800"), {},
                         breakLastDigit(completeAccount(QStringLiteral("200014539")))),
               false},
        IdCase{"czech_too_short",
               kotva::test::iban(QStringLiteral("CZ"), QStringLiteral("08000000001234567")), false},
        IdCase{"too_short", QStringLiteral("DE8937040044"), false},
        IdCase{"digits_for_country", QStringLiteral("1289370400440532013000"), false}),
    [](const auto& p) { return std::string(p.param.name); });

} // namespace
