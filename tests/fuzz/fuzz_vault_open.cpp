// The vault open path on damaged files: a real vault, made once with a known key, is damaged
// as the fuzzer's input says (bytes overwritten at chosen offsets, or the file cut short)
// and opened with the right key. Opening may fail, but it must fail with an error, and a
// vault that does not open must not have been written to (Vault::open's promise: a damaged
// file is left as it was, so the last chance of recovering it is not spent).
//
// Input: a sequence of records [offset: 3 bytes][length: 1 byte][length bytes]; an offset
// of 0xFFFFFF cuts the file at the record's next 3 bytes instead.

#include "core/common/Clock.h"
#include "core/keys/VaultKey.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSchema.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kotva;
using namespace kotva::fuzz;

namespace {

const QDateTime Now(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);

VaultKey fuzzKey()
{
    QByteArray hex(64, 'f');
    return *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex));
}

struct Workspace
{
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/kotva-fuzz-XXXXXX")};
    QByteArray pristine; ///< the vault file as Kotva left it
    FixedClock clock{Now};

    QString path() const { return dir.filePath(QStringLiteral("fuzz.vault")); }
};

Workspace& workspace()
{
    static Workspace* instance = [] {
        registerVaultSchema();
        auto* made = new Workspace;
        require(made->dir.isValid(), "a temporary folder");
        {
            auto vault = Vault::create(made->path(), fuzzKey(), made->clock);
            require(vault.has_value(), "a new vault");
            QSqlQuery query((*vault)->database());
            for (int i = 0; i < 40; ++i)
                query.exec(QStringLiteral("INSERT INTO records (kind, created_at) VALUES ('x', %1)")
                               .arg(Now.toSecsSinceEpoch() - i * 86400));
        }
        QFile file(made->path());
        require(file.open(QIODevice::ReadOnly), "the new vault reads back");
        made->pristine = file.readAll();
        require(!QFile::exists(made->path() + QStringLiteral("-wal")) ||
                    QFileInfo(made->path() + QStringLiteral("-wal")).size() == 0,
                "a closed vault has no pending WAL");
        return made;
    }();
    return *instance;
}

QByteArray damaged(const QByteArray& pristine, const unsigned char* data, size_t size)
{
    QByteArray file = pristine;
    size_t at = 0;
    while (at + 4 <= size) {
        const quint32 offset =
            (quint32(data[at]) << 16) | (quint32(data[at + 1]) << 8) | quint32(data[at + 2]);
        const size_t length = data[at + 3];
        at += 4;
        if (offset == 0xFFFFFF) {
            file.truncate(qsizetype(length) * 4096 + (at < size ? data[at] : 0));
            ++at;
            continue;
        }
        for (size_t i = 0; i < length && at < size; ++i, ++at) {
            if (offset + i < quint32(file.size()))
                file[qsizetype(offset + i)] = char(data[at]);
        }
    }
    return file;
}

void removeVaultFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    workspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    Workspace& space = workspace();
    const QByteArray file = damaged(space.pristine, data, size);
    removeVaultFiles(space.path());
    {
        QFile out(space.path());
        require(out.open(QIODevice::WriteOnly) && out.write(file) == file.size(),
                "the damaged vault is written");
    }
    const auto vault = Vault::open(space.path(), fuzzKey(), space.clock);
    if (!vault) {
        QFile in(space.path());
        require(in.open(QIODevice::ReadOnly) && in.readAll() == file,
                "a vault that does not open is left as it was");
        require(!vault.error().message.isEmpty(), "a failed open says why");
    }
    return 0;
}
