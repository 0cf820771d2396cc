#pragma once

// Checksums of Czech and international identifiers. Pure functions on digit strings,
// so the scanners and the tests share one definition of "valid".

#include <QDate>
#include <QStringView>

namespace kotva::pii {

/// A Czech birth number (rodné číslo) given as its 9 or 10 digits without the slash.
/// 10 digits (from 1954): the whole number is divisible by 11, or — for numbers issued
/// before 1986 — the first nine digits leave remainder 10 and the check digit is 0.
/// 9 digits: only for births before 1954 (no check digit). The date must exist:
/// month +50 for women, +20 / +70 for the extra series from 2004.
[[nodiscard]] bool isValidBirthNumber(QStringView digits);

/// The birth date a valid birth number encodes (invalid QDate otherwise).
[[nodiscard]] QDate birthNumberDate(QStringView digits);

/// A Czech bank account "prefix-number": prefix up to 6 digits (may be empty) with the
/// weights 10,5,8,4,2,1, number 2 to 10 digits with the weights 6,3,7,9,10,5,8,4,2,1
/// (both right-aligned); each weighted sum must be divisible by 11. The number may not
/// be all zeros.
[[nodiscard]] bool isValidAccountNumber(QStringView prefix, QStringView number);

/// An IBAN without spaces (either case): 2 letters, 2 check digits, up to 30 letters
/// or digits; mod 97 of the rearranged number equals 1. A Czech IBAN (CZ) must be 24
/// characters and carry a valid account number.
[[nodiscard]] bool isValidIban(QStringView iban);

} // namespace kotva::pii
