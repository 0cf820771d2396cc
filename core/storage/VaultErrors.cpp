#include "core/storage/VaultErrors.h"

#include "core/storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sqlcipher/sqlite3.h>
#include <unistd.h>

namespace kotva::storage {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Vault)
};

constexpr qint64 SampleBytes = 4096;

bool isReadable(unsigned char c)
{
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f);
}

} // namespace

FileLook lookAtFile(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileLook::Missing;
    if (info.size() == 0)
        return FileLook::Empty;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileLook::Random; // unreadable: let SQLite report why
    const QByteArray head = file.read(SampleBytes);
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return FileLook::PlainSqlite;
    // Ciphertext has about 37% printable bytes; text files, even Czech UTF-8, far more.
    qsizetype readable = 0;
    for (char c : head)
        readable += isReadable(static_cast<unsigned char>(c)) ? 1 : 0;
    if (readable * 4 >= head.size() * 3)
        return FileLook::Text;
    // SQLCipher files are whole pages. Less than one page was never a vault; more, ending
    // inside a page, is a vault cut short (a full disk, a copy that stopped).
    // (Czech text can slip under the readability bar above; ciphertext has far fewer
    // readable bytes than half.)
    if (info.size() % 512 != 0)
        return info.size() >= 1024 && readable * 2 < head.size() ? FileLook::CutShort
                                                                 : FileLook::Text;
    return FileLook::Random;
}

bool isWritableLocation(const QString& path)
{
    // access(2) answers for the caller's real rights, and EROFS even for root.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::access(folder.constData(), W_OK) != 0)
        return false;
    const QByteArray file = QFile::encodeName(path);
    return !QFileInfo::exists(path) || ::access(file.constData(), W_OK) == 0;
}

QString vaultMessage(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongKey:
        return Tr::tr("The key or passphrase does not open this vault, or the vault file is "
                      "damaged. The file was not changed. If you are sure of the passphrase, "
                      "restore the vault file from your backup copy, or move it aside and "
                      "Kotva starts a new vault.");
    case ErrorCode::NotAVault:
        return Tr::tr("This file is not a Kotva vault, or it was damaged (cut short by a full "
                      "disk or a crash). It was left exactly as it is. If it was your vault, "
                      "restore it from your backup copy, or move it aside and Kotva starts a "
                      "new vault.");
    case ErrorCode::Corrupt:
        return Tr::tr("The vault is damaged and cannot be read safely. The file was left as it is; "
                      "restore it from your backup copy, or move it aside and Kotva starts a "
                      "new vault.");
    case ErrorCode::ReadOnly:
        return Tr::tr("Kotva cannot write to the vault or to its folder. Check that the folder is "
                      "writable; nothing was changed.");
    case ErrorCode::DiskFull:
        return Tr::tr("The disk is full. Nothing was half-saved: free some space and try again.");
    case ErrorCode::NotFound:
        return Tr::tr("There is no vault at this location.");
    case ErrorCode::AlreadyExists:
        return Tr::tr("A file already exists at this location, so no new vault was created there.");
    case ErrorCode::CipherUnavailable:
        return Tr::tr("This installation of Kotva cannot encrypt its data (SQLCipher is missing), "
                      "so it refuses to store anything.");
    case ErrorCode::Io:
        return Tr::tr("The vault file could not be read or written.");
    case ErrorCode::InvalidArgument:
        return Tr::tr("The key or passphrase cannot be used.");
    default:
        return Tr::tr("The vault reported an error.");
    }
}

Error notAVaultError(FileLook look)
{
    Error error{ErrorCode::NotAVault, vaultMessage(ErrorCode::NotAVault), {}};
    switch (look) {
    case FileLook::Empty:
        error.detail = QStringLiteral("empty file");
        break;
    case FileLook::PlainSqlite:
        error.detail = QStringLiteral("unencrypted SQLite database");
        break;
    case FileLook::Text:
        error.detail = QStringLiteral("not an encrypted database");
        break;
    default:
        break;
    }
    return error;
}

Error vaultError(const QSqlError& error, int systemErrno, FileLook look, bool afterKeyCheck)
{
    const QString native = error.nativeErrorCode();
    ErrorCode code = ErrorCode::Database;
    if (native == QLatin1String(SqlCipherDriver::ErrorCipherUnavailable)) {
        code = ErrorCode::CipherUnavailable;
    } else if (native == QLatin1String(SqlCipherDriver::ErrorBadKey)) {
        code = ErrorCode::InvalidArgument;
    } else if (native == QLatin1String(SqlCipherDriver::ErrorInUse)) {
        code = ErrorCode::Database;
    } else {
        switch (native.toInt() & 0xff) {
        case SQLITE_READONLY:
            code = ErrorCode::ReadOnly;
            break;
        case SQLITE_FULL:
            code = ErrorCode::DiskFull;
            break;
        case SQLITE_CORRUPT:
            code = ErrorCode::Corrupt;
            break;
        case SQLITE_NOTADB:
            if (afterKeyCheck)
                code = ErrorCode::Corrupt;
            else
                code = look == FileLook::Random ? ErrorCode::WrongKey : ErrorCode::NotAVault;
            break;
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
        case SQLITE_IOERR:
        case SQLITE_AUTH:
            if (systemErrno == EACCES || systemErrno == EPERM || systemErrno == EROFS)
                code = ErrorCode::ReadOnly;
            else if (systemErrno == ENOSPC || systemErrno == EDQUOT)
                code = ErrorCode::DiskFull;
            else if (systemErrno == ENOENT && look == FileLook::Missing)
                code = ErrorCode::NotFound;
            else
                code = ErrorCode::Io;
            break;
        default:
            code = ErrorCode::Database;
        }
    }
    QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (systemErrno != 0)
        detail += QStringLiteral(" (errno %1)").arg(systemErrno);
    Error result{code, vaultMessage(code), detail};
    if (code == ErrorCode::Database && !error.driverText().isEmpty())
        result.message = error.driverText();
    return result;
}

} // namespace kotva::storage
