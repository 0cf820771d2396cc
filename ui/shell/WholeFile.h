#pragma once

#include "core/common/Error.h"

#include <QString>

#include <functional>

class QIODevice;

namespace kotva::shell {

/// Writes a file the user chose (a CSV, a PDF) whole or not at all: `write` fills a
/// temporary file beside it, which replaces the old one only when everything was written.
/// A missing folder, a read-only place or a full disk is an error in the user's language, and
/// an earlier file of that name is left as it was. `write` returns false when it failed.
[[nodiscard]] Status writeWholeFile(const QString& path,
                                    const std::function<bool(QIODevice&)>& write);

} // namespace kotva::shell
