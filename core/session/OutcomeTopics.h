#pragma once

// The organisation's list of outcome topics, kept in the vault's settings table: it is
// the organisation's vocabulary, not anything about a contact, so it does not expire.

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace kotva {
class Vault;
}

namespace kotva::outcometopics {

constexpr int MaxTopics = 100;
constexpr int MaxTopicLength = 80;

/// The built-in list in the UI language of the moment.
[[nodiscard]] QStringList defaults();
/// Trimmed, without empty entries and duplicates; InvalidArgument when too many or too long.
[[nodiscard]] Result<QStringList> cleaned(const QStringList& topics);

/// The stored list; the first read of a new vault stores defaults() so that the list
/// stays the same when the UI language changes later.
[[nodiscard]] Result<QStringList> load(const Vault& vault);
Status store(const Vault& vault, const QStringList& topics);

} // namespace kotva::outcometopics
