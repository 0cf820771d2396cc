#pragma once

// Small helpers shared by the storage tests: keys, raw file bytes, hashes.

#include "core/keys/VaultKey.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <string>

namespace kotva::test {

inline VaultKey rawKey(char fill = 'a')
{
    QByteArray hex(64, fill);
    return *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

inline VaultKey passphrase(const char* text)
{
    QByteArray bytes(text);
    return *VaultKey::fromPassphrase(SecureBuffer::takeFrom(bytes));
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// SHA-256 of a file, or "missing" so that a file appearing or vanishing is a change too.
inline QByteArray fileHash(const QString& path)
{
    if (!QFile::exists(path))
        return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

/// Hashes of the vault and its -wal together. The -shm is left out on purpose: it is
/// SQLite's shared-memory index (lock and read marks, rebuilt from the WAL, deleted on
/// close), and any reader, even one with a wrong key, takes a read mark in it.
inline std::string vaultFilesHash(const QString& path)
{
    const QByteArray all =
        fileHash(path).left(16) + " wal:" + fileHash(path + QStringLiteral("-wal")).left(16);
    return all.toStdString();
}

/// True when `text` appears in the file as UTF-8 or as UTF-16 (either byte order).
inline bool fileContainsText(const QString& path, const QString& text)
{
    const QByteArray bytes = readAll(path);
    const QByteArray utf8 = text.toUtf8();
    QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return bytes.contains(utf8) || bytes.contains(le) || bytes.contains(be);
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

} // namespace kotva::test
