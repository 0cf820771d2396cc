#pragma once

// User names and handles on social networks: "@vojta.skejt", "terka_kresli",
// "kačka_02", "jirka.hajek99", and "kaja.maluje" after "na Instáči". A handle finds the
// person as surely as a surname does. An "@" inside an e-mail address is the e-mail
// scanner's; a word.word without digits or an underscore counts only after a network
// or a word like "přezdívka", because typos ("ahoj.jak") look the same.

namespace kotva::pii {

class NameLexicon;
class ScanState;

/// names: a word of letters and digits made of a first name and a surname
/// ("lukasmalek2009") is a user name wherever it stands.
void scanHandles(ScanState& state, const NameLexicon& names);

} // namespace kotva::pii
