#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The mail module's tables: how far each server folder was read, and one row per fetched
/// e-mail (its UID, its contact, the deadline, the acknowledgement and the answer). The
/// client's address and message ids expire on their own, a grace period after the answer.
[[nodiscard]] storage::SchemaPart mailSchemaPart();

} // namespace kotva
