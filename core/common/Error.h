#pragma once

#include <QString>

#include <expected>

namespace kotva {

/// What went wrong, as a caller can decide on it. The user-facing text is in Error::message.
enum class ErrorCode {
    InvalidArgument, ///< the caller passed something unusable (empty key, bad hex, bad option)
    InvalidInput,    ///< data from outside is malformed (invalid UTF-8, broken JSON, bad e-mail)
    WrongKey,        ///< the key or passphrase does not open this vault (or the file is damaged)
    NotAVault,       ///< the file exists but is not a Kotva vault
    Corrupt,         ///< the vault opened but its contents are damaged
    AlreadyExists,   ///< refusing to create over something that exists
    NotFound,        ///< a file, entry or record that should be there is not
    ReadOnly,        ///< the file or folder cannot be written
    DiskFull,        ///< no space left; nothing was half-written
    Io,              ///< another operating-system error while reading or writing
    KeychainUnavailable, ///< no Secret Service / keychain answers
    KeychainLocked,      ///< the keychain answered but refused (locked, denied)
    KeyMissing,          ///< the keychain has no key for this vault although the vault exists
    CipherUnavailable,   ///< SQLCipher is not really there (plain SQLite linked)
    Database,            ///< any other SQL error; detail carries SQLite's message
    NotPermitted,        ///< the member's roles in a team vault do not allow this
    Internal,            ///< a bug: an invariant did not hold
};

/// An error with a translated message for the user and a technical detail for logs.
/// Neither ever contains key material, passphrases or client text.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; ///< translated, shown to the user
    QString detail;  ///< technical (e.g. SQLite's message), for logs and --verbose

    /// message and, when present, the detail in parentheses.
    [[nodiscard]] QString toString() const;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

/// Shorthand for returning an error from a function that returns Result<T> or Status.
[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message,
                                                 QString detail = {})
{
    return std::unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}

/// A stable machine name for the code ("wrong_key"), used in CLI JSON and tests.
[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace kotva
