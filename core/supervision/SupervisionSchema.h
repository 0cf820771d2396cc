#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The supervision module's table: the worker's notes, kept with the record retention.
[[nodiscard]] storage::SchemaPart supervisionSchemaPart();

} // namespace kotva
