#include "core/common/Error.h"

namespace kotva {

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + u" (" + detail + u')';
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid_argument");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::WrongKey:
        return QStringLiteral("wrong_key");
    case ErrorCode::NotAVault:
        return QStringLiteral("not_a_vault");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already_exists");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::DiskFull:
        return QStringLiteral("disk_full");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    case ErrorCode::KeychainLocked:
        return QStringLiteral("keychain_locked");
    case ErrorCode::KeyMissing:
        return QStringLiteral("key_missing");
    case ErrorCode::NotPermitted:
        return QStringLiteral("not_permitted");
    case ErrorCode::CipherUnavailable:
        return QStringLiteral("cipher_unavailable");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace kotva
