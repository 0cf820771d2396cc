#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The schedule module's tables: the group programme, whose dated rows expire 12 months
/// after the event they describe (ProgrammeRepository.h says how `event_end` is set).
[[nodiscard]] storage::SchemaPart scheduleSchemaPart();

} // namespace kotva
