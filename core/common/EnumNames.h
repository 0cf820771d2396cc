#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace kotva {

/// The value whose stable name (as `nameOf` gives it) is `name`, among `all`; for reading
/// enum values back from the vault, where they are stored by name.
template <typename Enum>
[[nodiscard]] std::optional<Enum> enumFromName(const QList<Enum>& all, const QString& name,
                                               QString (*nameOf)(Enum))
{
    for (const Enum value : all) {
        if (nameOf(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace kotva
