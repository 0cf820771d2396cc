#pragma once

// Scanners for identifiers that only context reveals: a nine-digit number is a phone
// number unless the message says it is the number of an identity card; a date is an
// ordinary date unless it is a date of birth. Context words are matched folded (any
// case, with or without diacritics) within the same sentence, a few words before.

namespace kotva::pii {

class ScanState;

/// "číslo OP 123456789", "pas č. 12345678", "řidičák EA 123456".
void scanIdDocuments(ScanState& state);
/// "ID datové schránky abc2def", "datovka: abc2def".
void scanDataBoxes(ScanState& state);
/// "číslo smlouvy 3304517788", "číslo pojištěnce 7803155521", "č. j. 12345/2024".
void scanRecordNumbers(ScanState& state);
/// "pokoj 214", "cela 312", "oddělení 12", "byt č. 12" (PiiKind::Address).
void scanRooms(ScanState& state);
/// "číslo karty 4165 9812 3345 0071" (reported as a bank account).
void scanCardNumbers(ScanState& state);
/// A number after "rodné číslo" / "RČ", even one that fails the checksum (a typo is
/// still the person's number).
void scanBirthNumbersInContext(ScanState& state);
/// "narozena 3. 4. 1990", "datum narození: 14.3.1985", "nar. 3. dubna 1990".
void scanDatesOfBirth(ScanState& state);

} // namespace kotva::pii
