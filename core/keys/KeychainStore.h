#pragma once

#include "core/common/Error.h"
#include "core/keys/VaultKey.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace kotva {

/// Keeps the raw key of a vault in the OS keychain (Secret Service on Linux) through
/// QtKeychain, asynchronously: every call returns at once and its callback runs later
/// from the event loop; there is no nested event loop and no processEvents().
///
/// Entries live under the service name "Kotva"; the entry id is
/// `vault:<absolute canonical path of the vault file>` (see entryIdFor()), so one
/// keychain can hold the keys of several vaults, and a vault that is moved or copied
/// elsewhere no longer finds its key (it is then reported as KeyMissing, never
/// treated as a first run). QtKeychain's plaintext fallback is always off.
///
/// Errors: EntryNotFound → KeyMissing; no Secret Service / no D-Bus → KeychainUnavailable;
/// access denied (locked collection, user cancelled) → KeychainLocked.
class KeychainStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* DefaultService = "Kotva";

    /// `service` exists for tests that must not share entries with each other.
    explicit KeychainStore(QObject* parent = nullptr);
    explicit KeychainStore(QString service, QObject* parent = nullptr);
    ~KeychainStore() override;
    Q_DISABLE_COPY_MOVE(KeychainStore)

    [[nodiscard]] QString service() const { return m_service; }

    /// `vault:` + the absolute path with symlinks resolved; the file itself need not exist
    /// yet (its folder is resolved instead), so the id is the same before and after create.
    [[nodiscard]] static QString entryIdFor(const QString& vaultPath);
    /// `mail:` + the same path: the password of the organisation's mailbox that this vault
    /// fetches from (issue 14), kept beside the vault's key and moved or removed with it.
    [[nodiscard]] static QString mailPasswordEntryIdFor(const QString& vaultPath);

    using KeyCallback = std::function<void(Result<VaultKey>)>;
    using SecretCallback = std::function<void(Result<SecureBuffer>)>;
    using StatusCallback = std::function<void(Status)>;

    /// Reads the raw key of the vault. The callback runs only while `context` is alive.
    void readKey(const QString& vaultPath, const QObject* context, KeyCallback done);
    /// Stores (or replaces) the raw key of the vault. Only raw keys go to the keychain:
    /// a passphrase is refused with InvalidArgument.
    void writeKey(const QString& vaultPath, const VaultKey& key, const QObject* context,
                  StatusCallback done);
    /// Deletes the entry; deleting an entry that is not there succeeds.
    void removeKey(const QString& vaultPath, const QObject* context, StatusCallback done);

    /// Any other secret under its own entry id (such as mailPasswordEntryIdFor()). A missing
    /// entry is KeyMissing; the other errors are those of the vault's key.
    void readSecret(const QString& entryId, const QObject* context, SecretCallback done);
    void writeSecret(const QString& entryId, const SecureBuffer& secret, const QObject* context,
                     StatusCallback done);
    void removeSecret(const QString& entryId, const QObject* context, StatusCallback done);

private:
    QString m_service;
};

} // namespace kotva
