#include "core/analysis/pii/IdentifierChecks.h"

#include <array>

namespace kotva::pii {

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

int digitAt(QStringView s, qsizetype i)
{
    return s[i].unicode() - u'0';
}

int twoDigits(QStringView s, qsizetype i)
{
    return digitAt(s, i) * 10 + digitAt(s, i + 1);
}

// Weighted sum with the weights aligned to the right end of the digits.
template <std::size_t N>
bool weightedSumDivisibleBy11(QStringView digits, const std::array<int, N>& weights)
{
    if (digits.size() > qsizetype(N))
        return false;
    int sum = 0;
    const qsizetype offset = qsizetype(N) - digits.size();
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += digitAt(digits, i) * weights[std::size_t(offset + i)];
    return sum % 11 == 0;
}

} // namespace

QDate birthNumberDate(QStringView digits)
{
    if ((digits.size() != 9 && digits.size() != 10) || !allDigits(digits))
        return {};
    const int yy = twoDigits(digits, 0);
    int month = twoDigits(digits, 2);
    const int day = twoDigits(digits, 4);
    int year = 0;
    if (digits.size() == 9) {
        // Nine digits were issued only until 1953.
        if (yy >= 54)
            return {};
        year = 1900 + yy;
    } else {
        year = yy >= 54 ? 1900 + yy : 2000 + yy;
    }
    if (month > 70) {
        month -= 70; // women, extra series from 2004
        if (year < 2004)
            return {};
    } else if (month > 50) {
        month -= 50; // women
    } else if (month > 20) {
        month -= 20; // men, extra series from 2004
        if (year < 2004)
            return {};
    }
    if (month < 1 || month > 12)
        return {};
    return QDate(year, month, day); // invalid when the day does not exist
}

bool isValidBirthNumber(QStringView digits)
{
    if (!birthNumberDate(digits).isValid())
        return false;
    if (digits.size() == 9)
        return true;
    // Remainder of the first nine digits; the check digit must equal it, and a
    // remainder of 10 was written as 0.
    qint64 first9 = 0;
    for (qsizetype i = 0; i < 9; ++i)
        first9 = first9 * 10 + digitAt(digits, i);
    const int remainder = int(first9 % 11);
    const int check = digitAt(digits, 9);
    return remainder == 10 ? check == 0 : remainder == check;
}

bool isValidAccountNumber(QStringView prefix, QStringView number)
{
    static constexpr std::array<int, 6> prefixWeights{10, 5, 8, 4, 2, 1};
    static constexpr std::array<int, 10> numberWeights{6, 3, 7, 9, 10, 5, 8, 4, 2, 1};
    if (!prefix.isEmpty() &&
        (!allDigits(prefix) || !weightedSumDivisibleBy11(prefix, prefixWeights)))
        return false;
    if (number.size() < 2 || number.size() > 10 || !allDigits(number))
        return false;
    bool nonZero = false;
    for (QChar c : number)
        nonZero = nonZero || c != u'0';
    return nonZero && weightedSumDivisibleBy11(number, numberWeights);
}

bool isValidIban(QStringView iban)
{
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        const char16_t c = iban[i].unicode();
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        const bool digit = c >= u'0' && c <= u'9';
        if (i < 2 ? !letter : (i < 4 ? !digit : !(letter || digit)))
            return false;
    }
    // Move the first four characters to the end, letters count as 10..35; mod 97 == 1.
    int remainder = 0;
    for (qsizetype k = 0; k < iban.size(); ++k) {
        const char16_t c = iban[(k + 4) % iban.size()].toUpper().unicode();
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c - u'0')) % 97;
        } else {
            const int value = c - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    if (remainder != 1)
        return false;
    if (iban.left(2).compare(QLatin1String("CZ"), Qt::CaseInsensitive) == 0) {
        // CZkk bbbb pppppp nnnnnnnnnn: bank code, account prefix, account number.
        if (iban.size() != 24 || !allDigits(iban.mid(4)))
            return false;
        return isValidAccountNumber(iban.mid(8, 6), iban.mid(14, 10));
    }
    return true;
}

} // namespace kotva::pii
