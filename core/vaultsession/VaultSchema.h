#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The modules whose tables a vault holds, in the order they migrate. A new module adds its
/// part here (and only here).
[[nodiscard]] storage::Schema vaultSchema();

/// Makes vaultSchema() the schema every vault this program opens is migrated to and purged
/// by. Called once at start-up, before any vault is opened (both executables, the test mains).
void registerVaultSchema();

} // namespace kotva
