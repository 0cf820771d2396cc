#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The team module's table: the members of a team vault and their roles.
[[nodiscard]] storage::SchemaPart teamSchemaPart();

} // namespace kotva
