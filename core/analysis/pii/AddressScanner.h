#pragma once

// Street addresses with a house number: "Vinohradská 1511/230", "Na Příkopě 12",
// "ul. Dlouhá 5", "náměstí Míru 3", "č. p. 123". A capitalised word before a number
// is an address only with evidence: a street marker (ul., náměstí, třída), a street
// preposition (Na, U, K, Pod…), an address word in the sentence (bydlím, adresa), or
// the shape of a Czech street name (-ská, -ova, -ého, -á, -í, …). Towns ("Praha 10"),
// times, dates, ages and amounts ("5 let", "3 prášky", "200 Kč") are never addresses.

namespace kotva::pii {

class NameLexicon;
class ScanState;

void scanAddresses(ScanState& state, const NameLexicon& names);

} // namespace kotva::pii
