#pragma once

#include "core/common/Error.h"
#include "core/keys/slots/KeySlot.h"

#include <QList>
#include <QString>

namespace kotva {

/// The team vault's key slots, in a small JSON file beside the vault ("<vault>.members"):
/// readable before unlocking, written whole and atomically (QSaveFile), so a full disk or a
/// crash leaves the previous file. Nothing in it is secret except what the seals protect.
class KeySlotFile final
{
public:
    [[nodiscard]] static QString pathFor(const QString& vaultPath);
    /// NotFound when there is no file (not a team vault); InvalidInput when it is damaged
    /// or asks for Argon2id parameters Kotva does not accept.
    [[nodiscard]] static Result<QList<KeySlot>> read(const QString& path);
    static Status write(const QString& path, const QList<KeySlot>& slots);
};

} // namespace kotva
