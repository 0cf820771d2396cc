#include "tests/storage/support/SqlCipher3Pages.h"

#include <QFile>
#include <QtEndian>

#include <memory>
#include <openssl/evp.h>

namespace kotva::test::sqlcipher3 {

namespace {

constexpr int SaltSize = 16; // page 1 only, in clear
constexpr int IvSize = 16;
constexpr int KeySize = 32;
constexpr int WalHeaderSize = 32;
constexpr int WalFrameHeaderSize = 24;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

bool decryptInto(const QByteArray& key, const char* iv, const char* in, int size, char* out)
{
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int last = 0;
    const auto* ukey = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* uiv = reinterpret_cast<const unsigned char*>(iv);
    auto* uout = reinterpret_cast<unsigned char*>(out);
    return context &&
           EVP_DecryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, ukey, uiv) == 1 &&
           EVP_CIPHER_CTX_set_padding(context.get(), 0) == 1 &&
           EVP_DecryptUpdate(context.get(), uout, &written,
                             reinterpret_cast<const unsigned char*>(in), size) == 1 &&
           EVP_DecryptFinal_ex(context.get(), uout + written, &last) == 1 && written + last == size;
}

std::optional<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

QByteArray decryptPage(const QByteArray& key, const QByteArray& stored, quint32 pageNumber,
                       int reserve)
{
    const int offset = pageNumber == 1 ? SaltSize : 0;
    const int encrypted = int(stored.size()) - reserve - offset;
    if (key.size() != KeySize || reserve < IvSize || encrypted <= 0 || encrypted % 16 != 0)
        return {};
    QByteArray plain = stored; // the salt and the reserve stay as they are on disk
    const char* iv = stored.constData() + stored.size() - reserve;
    if (!decryptInto(key, iv, stored.constData() + offset, encrypted, plain.data() + offset))
        return {};
    return plain;
}

std::optional<QList<Page>> decryptDatabase(const QString& path, const QByteArray& key, int pageSize,
                                           int reserve)
{
    const std::optional<QByteArray> bytes = readFile(path);
    if (!bytes)
        return std::nullopt;
    QList<Page> pages;
    for (qsizetype at = 0; at + pageSize <= bytes->size(); at += pageSize) {
        const auto number = quint32(at / pageSize + 1);
        QByteArray plain = decryptPage(key, bytes->mid(at, pageSize), number, reserve);
        if (plain.isEmpty())
            return std::nullopt;
        pages.append({number, plain});
    }
    return pages;
}

std::optional<QList<Page>> decryptWal(const QString& path, const QByteArray& key, int pageSize,
                                      int reserve)
{
    if (!QFile::exists(path))
        return QList<Page>{};
    const std::optional<QByteArray> bytes = readFile(path);
    if (!bytes)
        return std::nullopt;
    QList<Page> pages;
    const qsizetype frameSize = WalFrameHeaderSize + pageSize;
    for (qsizetype at = WalHeaderSize; at + frameSize <= bytes->size(); at += frameSize) {
        const auto number = qFromBigEndian<quint32>(bytes->constData() + at);
        QByteArray plain =
            decryptPage(key, bytes->mid(at + WalFrameHeaderSize, pageSize), number, reserve);
        if (plain.isEmpty())
            return std::nullopt;
        pages.append({number, plain});
    }
    return pages;
}

QList<quint32> pagesContaining(const QList<Page>& pages, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    QList<quint32> found;
    for (const Page& page : pages) {
        if (page.plain.contains(utf8) || page.plain.contains(le) || page.plain.contains(be))
            found.append(page.number);
    }
    return found;
}

} // namespace kotva::test::sqlcipher3
