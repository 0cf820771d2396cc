#pragma once

// Scanners that work on characters rather than tokens, because their identifiers cut
// across word boundaries: links (kept whole so their digits are not read as phone
// numbers), e-mail addresses and IBANs.

namespace kotva::pii {

class ScanState;

/// Takes "http(s)://…" and "www.…" links without reporting them.
void scanLinks(ScanState& state);
/// Reports e-mail addresses ("jana.novakova@seznam.cz").
void scanEmails(ScanState& state);
/// Reports e-mail addresses spelled out in words ("pavel.kos (zavináč) seznam (tečka) cz").
void scanSpelledEmails(ScanState& state);
/// Reports IBANs that pass mod 97, written with or without spaces ("CZ65 0800 …").
void scanIbans(ScanState& state);

} // namespace kotva::pii
