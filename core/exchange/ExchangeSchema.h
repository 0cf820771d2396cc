#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The exchange with workers on other PCs (issue 15): the team's keys and the member cards in
/// a team vault, a worker's own signing keys and the team card they were given, and the
/// figures imported from the workers.
[[nodiscard]] storage::SchemaPart exchangeSchemaPart();

} // namespace kotva
