// Linked into every test program that opens vaults (an object library, so the linker keeps
// it): before main(), the vault schema is the app's, with the tables of all modules.

#include "core/vaultsession/VaultSchema.h"

namespace {

const bool registered = [] {
    kotva::registerVaultSchema();
    return true;
}();

} // namespace
