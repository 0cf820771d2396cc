#pragma once

// Organisations that identify a person: where they go to school, work or are treated,
// or the one shop they are seen at. A town alone, a first name or "ve škole" is kept.
//  - a school word and its name: "ZŠ Husova", "zs komenskeho", "ZŠ Na Líše",
//    "gymnáziu Christiana Dopplera";
//  - a hospital and its town or name: "krajské nemocnici v Liberci", "nemocnici
//    Na Homolce" (the town alone stays: "jsem z Liberce");
//  - a chain store at a named place: "Billy na Smíchově", "kauflandu v chrudimi";
//  - a company with its legal form: "Dostál Transport s.r.o.", "Kovo Vlček a.s.".
// The starting words are listed in resources/lexicons/names/organisations.txt.

namespace kotva::pii {

class NameLexicon;
class ScanState;

void scanOrganisations(ScanState& state, const NameLexicon& names);

} // namespace kotva::pii
