#pragma once

#include "core/storage/Migrations.h"

namespace kotva {

/// The session module's tables: contacts (the subject every retained row points at), their
/// message text, turns, contract changes, stopped topics, outcomes, findings and the
/// anonymised records, with the retention each falls under.
[[nodiscard]] storage::SchemaPart sessionSchemaPart();

} // namespace kotva
