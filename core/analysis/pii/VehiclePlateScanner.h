#pragma once

// Czech registration plates: a digit, a letter and a letter or digit, then four digits
// ("1AB 2345", "2B8 5561", "4AJ7781"). The shape alone is enough: no count, time or
// amount is written that way.

namespace kotva::pii {

class ScanState;

void scanVehiclePlates(ScanState& state);

} // namespace kotva::pii
