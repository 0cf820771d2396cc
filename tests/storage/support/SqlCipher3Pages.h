#pragma once

// An independent reader of SQLCipher 3 files for forensic tests: it decrypts every page of
// a vault and every frame of its WAL with OpenSSL, without SQLite, so that a test can look
// at what is really left on the disk, free pages and old WAL frames included, which no
// query ever shows.
//
// SQLCipher 3 (raw key, default cipher settings): each page is AES-256-CBC, keyed with the
// raw key itself, no padding; the last `reserve` bytes of a page hold the 16-byte IV and
// then the HMAC-SHA1 (16 + 20, rounded up to the AES block: 48). Page 1 starts with the
// 16-byte salt in clear, so its encrypted part starts at offset 16. A WAL frame is a 24-byte
// header and the page encrypted the same way (the WAL file itself has a 32-byte header).

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kotva::test::sqlcipher3 {

/// What SQLCipher 3 reserves at the end of each page: IV (16) + HMAC-SHA1 (20), rounded up
/// to the AES block size.
constexpr int DefaultReserve = 48;

/// One decrypted page. `plain` has the page's full size: the decrypted part, and in clear
/// the salt (page 1's first 16 bytes) and the reserve (IV and HMAC), as on disk.
struct Page
{
    quint32 number = 0; ///< 1-based page number (for a WAL frame: from its header)
    QByteArray plain;
};

/// Decrypts one page as stored; empty when the sizes do not fit or OpenSSL fails.
/// `key` is the 32-byte raw key (not hex).
QByteArray decryptPage(const QByteArray& key, const QByteArray& stored, quint32 pageNumber,
                       int reserve = DefaultReserve);

/// Every page of the main file, in order (a trailing partial page is ignored).
std::optional<QList<Page>> decryptDatabase(const QString& path, const QByteArray& key, int pageSize,
                                           int reserve = DefaultReserve);

/// Every frame of a WAL file, valid or not (old frames past the last commit and frames of
/// an earlier WAL generation are exactly what a forensic look wants); empty for a missing
/// or empty file.
std::optional<QList<Page>> decryptWal(const QString& path, const QByteArray& key, int pageSize,
                                      int reserve = DefaultReserve);

/// The decrypted pages that contain `text` (as UTF-8 or as UTF-16 in either byte order),
/// as page numbers.
QList<quint32> pagesContaining(const QList<Page>& pages, const QString& text);

} // namespace kotva::test::sqlcipher3
