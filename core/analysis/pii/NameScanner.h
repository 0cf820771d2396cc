#pragma once

// Surnames. A first name or a pseudonym alone is kept; a surname is reported when
// context says it is one:
//  - after a first name from the shipped list ("Petra Svobodová", "s Janem Novákem");
//  - after a title ("paní Nováková", "pan Dvořák", "paní doktorka Malá");
//  - after an introduction ("jmenuji se Svobodová", "příjmení Novák");
//  - by its own shape where that is unambiguous (a capitalised "-ová" word);
//  - as a capitalised form of a surname in the dictionary (SurnameLexicon) inside a
//    sentence ("s Novákem", "u Horáků", "psala jsem Novakove");
//  - again anywhere in the message once it has been found ("… Svobodová říkala").

namespace kotva::pii {

class NameLexicon;
class ScanState;

void scanSurnames(ScanState& state, const NameLexicon& names);

} // namespace kotva::pii
