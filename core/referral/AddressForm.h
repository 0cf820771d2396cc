#pragma once

#include "core/common/ScriptLanguage.h"

#include <QString>

#include <optional>

namespace kotva {

/// How the client writes to the worker, as a suggestion for how the script addresses them:
/// "můžeš mi pomoct?" is tykání, "můžete mi poradit?" vykání. Nothing when the text does not
/// say (no second-person words, or as many of each).
class AddressForm final
{
public:
    AddressForm() = delete;

    [[nodiscard]] static std::optional<Register> suggestedBy(const QString& clientText);
};

} // namespace kotva
