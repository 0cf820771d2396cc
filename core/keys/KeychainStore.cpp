#include "core/keys/KeychainStore.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <qt6keychain/keychain.h>

#include <string.h> // explicit_bzero

namespace kotva {

namespace {

/// Overwrites the bytes a QByteArray shares with a finished QtKeychain job. data() would
/// detach and wipe only a fresh copy; the job is done with the bytes, so they are wiped
/// in place where both point.
void wipeShared(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        ::explicit_bzero(const_cast<char*>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

Error mapError(const QKeychain::Job& job)
{
    // errorString() is QtKeychain's/libsecret's technical text; it names no secret.
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::KeyMissing,
                     KeychainStore::tr("The keychain has no key for this vault."), detail};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorCode::KeychainLocked,
                     KeychainStore::tr("The keychain is locked or refused access to the key."),
                     detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{ErrorCode::KeychainUnavailable,
                     KeychainStore::tr("No keychain is available on this computer."), detail};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    // libsecret reports a locked collection and a missing Secret Service both as OtherError;
    // its wording is the only thing that tells them apart.
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("prompt"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("dismissed"), Qt::CaseInsensitive))
        return Error{ErrorCode::KeychainLocked,
                     KeychainStore::tr("The keychain is locked or refused access to the key."),
                     detail};
    return Error{ErrorCode::KeychainUnavailable,
                 KeychainStore::tr("The keychain did not answer (no Secret Service is running)."),
                 detail};
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& entryId)
{
    // No parent: libsecret calls back into the job by raw pointer, so a job deleted with its
    // parent while still pending would be used after free. Jobs delete themselves when done;
    // callbacks are tied to the caller's context object instead.
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy in QSettings
    job->setKey(entryId);
    return job;
}

/// The absolute path with symlinks resolved, or the resolved folder and the name when the
/// file does not exist yet.
QString canonicalVaultPath(const QString& vaultPath)
{
    const QFileInfo file(vaultPath);
    QString canonical = file.canonicalFilePath();
    if (canonical.isEmpty()) {
        // Not created yet: resolve the folder so the id matches the one after creation.
        const QString folder = file.absoluteDir().canonicalPath();
        canonical = folder.isEmpty() ? QDir::cleanPath(file.absoluteFilePath())
                                     : folder + u'/' + file.fileName();
    }
    return canonical;
}

} // namespace

KeychainStore::KeychainStore(QObject* parent)
    : KeychainStore(QString::fromLatin1(DefaultService), parent)
{}

KeychainStore::KeychainStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

KeychainStore::~KeychainStore() = default;

QString KeychainStore::entryIdFor(const QString& vaultPath)
{
    return QStringLiteral("vault:") + canonicalVaultPath(vaultPath);
}

QString KeychainStore::mailPasswordEntryIdFor(const QString& vaultPath)
{
    return QStringLiteral("mail:") + canonicalVaultPath(vaultPath);
}

void KeychainStore::readKey(const QString& vaultPath, const QObject* context, KeyCallback done)
{
    readSecret(entryIdFor(vaultPath), context, [done = std::move(done)](Result<SecureBuffer> hex) {
        if (!hex) {
            done(std::unexpected(hex.error()));
            return;
        }
        auto key = VaultKey::fromRawHex(std::move(*hex));
        if (!key) {
            done(fail(
                ErrorCode::KeyMissing,
                KeychainStore::tr("The keychain entry for this vault does not hold a valid key."),
                key.error().detail));
            return;
        }
        done(std::move(*key));
    });
}

void KeychainStore::readSecret(const QString& entryId, const QObject* context, SecretCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, entryId);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (readJob->error() != QKeychain::NoError) {
            qCInfo(lcKeys) << "keychain read failed:" << readJob->error() << readJob->errorString();
            done(std::unexpected(mapError(*readJob)));
            return;
        }
        QByteArray answer = readJob->binaryData();
        SecureBuffer secret = SecureBuffer::copyOf(answer.constData(), answer.size());
        wipeShared(answer);
        done(std::move(secret));
    });
    job->start();
}

void KeychainStore::writeKey(const QString& vaultPath, const VaultKey& key, const QObject* context,
                             StatusCallback done)
{
    if (key.kind() != VaultKey::Kind::Raw) {
        // A passphrase is something the user knows; keeping it would defeat its purpose.
        done(fail(ErrorCode::InvalidArgument,
                  KeychainStore::tr("Only a generated key can be stored in the keychain.")));
        return;
    }
    writeSecret(entryIdFor(vaultPath), key.secret(), context, std::move(done));
}

void KeychainStore::writeSecret(const QString& entryId, const SecureBuffer& value,
                                const QObject* context, StatusCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, entryId);
    QByteArray secret(value.constData(), value.size());
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, context,
            [done = std::move(done), secret](QKeychain::Job* j) mutable {
                auto* writeJob = static_cast<QKeychain::WritePasswordJob*>(j);
                const QKeychain::Error code = writeJob->error();
                Error error = code == QKeychain::NoError ? Error{} : mapError(*writeJob);
                // Release the job's reference, then wipe the buffer we shared with it.
                writeJob->setBinaryData(QByteArray());
                wipeShared(secret);
                if (code != QKeychain::NoError) {
                    qCInfo(lcKeys) << "keychain write failed:" << code << error.detail;
                    done(std::unexpected(std::move(error)));
                    return;
                }
                done({});
            });
    job->start();
}

void KeychainStore::removeKey(const QString& vaultPath, const QObject* context, StatusCallback done)
{
    removeSecret(entryIdFor(vaultPath), context, std::move(done));
}

void KeychainStore::removeSecret(const QString& entryId, const QObject* context,
                                 StatusCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, entryId);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            done({});
            return;
        }
        qCInfo(lcKeys) << "keychain delete failed:" << j->error() << j->errorString();
        done(std::unexpected(mapError(*j)));
    });
    job->start();
}

} // namespace kotva
