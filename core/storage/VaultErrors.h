#pragma once

// Turns what SQLite and the file system say into an Error a non-technical user can act
// on. "file is encrypted or is not a database" means a wrong key or damage, so the
// file's first bytes decide between WrongKey and NotAVault.

#include "core/common/Error.h"

#include <QSqlError>
#include <QString>

namespace kotva::storage {

/// What the first bytes of an existing file suggest, read without writing anything.
enum class FileLook {
    Missing,     ///< nothing at the path
    Empty,       ///< zero bytes
    PlainSqlite, ///< an unencrypted SQLite database ("SQLite format 3")
    Text,        ///< mostly readable characters: a document, not a vault
    Random,      ///< looks like ciphertext: a vault (or random bytes)
    CutShort,    ///< looks like ciphertext but ends inside a page: a vault cut short
};

FileLook lookAtFile(const QString& path);

/// The Error for a refusal before anything is opened (Empty, PlainSqlite, Text).
Error notAVaultError(FileLook look);

/// Maps a failed statement or open. `look` tells WrongKey from NotAVault for SQLITE_NOTADB;
/// `afterKeyCheck` means the key already read the schema, so NOTADB is damage (Corrupt).
Error vaultError(const QSqlError& error, int systemErrno, FileLook look,
                 bool afterKeyCheck = false);

/// False when the file (if it exists) or its folder cannot be written, e.g. a read-only
/// mount: SQLite then often reports only "unable to open" with the errno of a fallback.
bool isWritableLocation(const QString& path);

/// The translated sentence for a code, in plain words.
QString vaultMessage(ErrorCode code);

} // namespace kotva::storage
