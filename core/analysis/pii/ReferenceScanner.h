#pragma once

// Numbers that lead to a person through an office's records rather than a card they
// carry: court and enforcement file marks ("23 C 118/2024", "120 EX 4521/21"), an
// authority's reference numbers ("MMB/0123456/2024"), and the IP address a message
// came from ("89.176.54.203"). The CLI contract has no kind of their own for them: they
// are reported as IdDocument (a number that identifies someone's file).
// Contract and insurance numbers need their context word (ContextScanner).

namespace kotva::pii {

class ScanState;

/// "23 C 118/2024", "120 EX 4521/21", "MMB/0123456/2024", "KRPA-12345/TČ-2024".
void scanFileMarks(ScanState& state);
/// Four numbers of 0–255 joined by full stops ("89.176.54.203").
void scanIpAddresses(ScanState& state);

} // namespace kotva::pii
