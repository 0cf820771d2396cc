#include "core/access/VaultAccess.h"

#include "core/common/Logging.h"
#include "core/keys/KeychainStore.h"
#include "core/keys/PassphrasePolicy.h"
#include "core/keys/slots/KeySlotFile.h"
#include "core/storage/Vault.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMetaObject>
#include <QSettings>

namespace kotva {

namespace {

/// Why the passphrase is asked for, in words for the person at the keyboard. The keychain's
/// technical text stays in `detail`.
Error passphraseReason(const Error& keychainError)
{
    switch (keychainError.code) {
    case ErrorCode::KeyMissing:
        return Error{ErrorCode::KeyMissing,
                     VaultAccess::tr("This vault exists, but the keychain has no key for it. "
                                     "If you protected the vault with a passphrase, enter it. "
                                     "Otherwise the keychain may be locked or belong to another "
                                     "account: unlock it and try again. No new key was made."),
                     keychainError.detail};
    case ErrorCode::KeychainLocked:
        return Error{ErrorCode::KeychainLocked,
                     VaultAccess::tr("The keychain is locked or refused to give out the key. "
                                     "Unlock it and try again, or enter the vault's passphrase."),
                     keychainError.detail};
    case ErrorCode::KeychainUnavailable:
    default:
        return Error{ErrorCode::KeychainUnavailable,
                     VaultAccess::tr("No keychain answers on this computer, so the key cannot be "
                                     "read from it. Enter the vault's passphrase."),
                     keychainError.detail};
    }
}

Error wrongKeyReason(VaultAccess::KeySource source, const Error& openError)
{
    if (source == VaultAccess::KeySource::Keychain)
        return Error{ErrorCode::WrongKey,
                     VaultAccess::tr("The key in the keychain does not open this vault; it may be "
                                     "protected by a passphrase instead. Enter the passphrase. "
                                     "The vault was not changed."),
                     openError.detail};
    return Error{ErrorCode::WrongKey,
                 VaultAccess::tr("This passphrase does not open the vault. Check it and try "
                                 "again. The vault was not changed."),
                 openError.detail};
}

/// Whether this computer last opened the vault at `path` with a passphrase. Not a secret and
/// nothing about a client: it only spares a passphrase user the keychain warning at every
/// unlock. Kept by a hash of the path in the user's application settings.
QString protectionKey(const QString& path)
{
    return QStringLiteral("vaults/") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16)) +
           QStringLiteral("/passphrase");
}

bool lastOpenedWithPassphrase(const QString& path)
{
    return QSettings().value(protectionKey(path), false).toBool();
}

void rememberProtection(const QString& path, VaultAccess::KeySource source)
{
    QSettings settings;
    if (source == VaultAccess::KeySource::Passphrase)
        settings.setValue(protectionKey(path), true);
    else
        settings.remove(protectionKey(path));
}

Error notUnlocked()
{
    return Error{ErrorCode::InvalidArgument, VaultAccess::tr("The vault is not open."), {}};
}

} // namespace

VaultAccess::VaultAccess(QString vaultPath, KeychainStore& keychain, const Clock& clock,
                         QObject* parent)
    : QObject(parent)
    , m_path(std::move(vaultPath))
    , m_keychain(keychain)
    , m_clock(clock)
{}

VaultAccess::~VaultAccess()
{
    if (m_vault)
        m_vault->close();
}

Vault* VaultAccess::vault() const
{
    return m_state == State::Unlocked ? m_vault.get() : nullptr;
}

TeamKeys* VaultAccess::teamKeys() const
{
    return m_state == State::Unlocked ? m_team.get() : nullptr;
}

void VaultAccess::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VaultAccess::start()
{
    if (m_state != State::Locked && m_state != State::AwaitingPassphrase &&
        m_state != State::AwaitingMember && m_state != State::Failed &&
        m_state != State::NeedsSetup)
        return;
    m_lastError.reset();
    if (!Vault::existsAt(m_path)) {
        setState(State::NeedsSetup);
        Q_EMIT setupNeeded();
        return;
    }
    if (QFile::exists(KeySlotFile::pathFor(m_path))) {
        askForMember(Error{});
        return;
    }
    setState(State::AwaitingKeychain);
    const quint64 generation = m_generation;
    m_keychain.readKey(m_path, this, [this, generation](Result<VaultKey> key) {
        if (!isCurrent(generation) || m_state != State::AwaitingKeychain)
            return;
        onKeychainKey(std::move(key));
    });
}

void VaultAccess::onKeychainKey(Result<VaultKey> key)
{
    if (key) {
        openWith(std::move(*key), KeySource::Keychain);
        return;
    }
    // The file exists, so even "entry not found" is no first run: never make a new key here.
    qCInfo(lcKeys) << "no key from the keychain:" << errorCodeName(key.error().code);
    if (key.error().code == ErrorCode::KeyMissing && lastOpenedWithPassphrase(m_path)) {
        // The usual case of a passphrase vault: no warning, just the question.
        askForPassphrase(Error{ErrorCode::KeyMissing, tr("Type the passphrase of this vault."),
                               key.error().detail});
        return;
    }
    askForPassphrase(passphraseReason(key.error()));
}

void VaultAccess::askForPassphrase(Error reason)
{
    m_lastError = reason;
    setState(State::AwaitingPassphrase);
    Q_EMIT passphraseNeeded(reason);
}

void VaultAccess::askForMember(Error reason)
{
    auto members = KeySlots(m_path, PassphraseKdf::minimum()).members();
    if (!members) {
        enterFailed(Error{members.error().code,
                          tr("The list of the team's keys beside the vault (%1) cannot be read: "
                             "%2 Put back a copy of it from a backup.")
                              .arg(KeySlotFile::pathFor(m_path), members.error().message),
                          members.error().detail});
        return;
    }
    m_members = std::move(*members);
    m_lastError = reason.message.isEmpty() ? std::nullopt : std::optional<Error>(reason);
    setState(State::AwaitingMember);
    Q_EMIT memberNeeded(reason);
}

void VaultAccess::unlockAsMember(const QString& memberId, SecureBuffer passphrase)
{
    if (m_state != State::AwaitingMember && m_state != State::Locked)
        return;
    if (!Vault::existsAt(m_path)) {
        setState(State::NeedsSetup);
        Q_EMIT setupNeeded();
        return;
    }
    setState(State::Opening);
    // One event-loop turn first: Argon2id takes about half a second, and the dialog should
    // say "Opening…" meanwhile.
    const quint64 generation = m_generation;
    auto typed = std::make_shared<SecureBuffer>(std::move(passphrase));
    QMetaObject::invokeMethod(
        this,
        [this, generation, memberId, typed] {
            if (isCurrent(generation) && m_state == State::Opening)
                finishMemberUnlock(memberId, *typed);
            typed->wipe();
        },
        Qt::QueuedConnection);
}

void VaultAccess::finishMemberUnlock(const QString& memberId, const SecureBuffer& passphrase)
{
    auto keys = KeySlots(m_path, PassphraseKdf::minimum()).unlock(memberId, passphrase);
    if (!keys) {
        if (keys.error().code == ErrorCode::WrongKey || keys.error().code == ErrorCode::NotFound) {
            askForMember(keys.error().code == ErrorCode::NotFound
                             ? keys.error()
                             : Error{ErrorCode::WrongKey,
                                     tr("This passphrase does not open this member's key. Check "
                                        "the name and the passphrase and try again. The vault "
                                        "was not changed."),
                                     keys.error().detail});
            return;
        }
        enterFailed(keys.error());
        return;
    }
    auto key = VaultKey::fromRawBytes(keys->vaultKey);
    Result<std::unique_ptr<Vault>> opened =
        key ? Vault::open(m_path, *key, m_clock) : std::unexpected(key.error());
    if (!opened) {
        if (opened.error().code == ErrorCode::WrongKey) {
            setAsideMembersFile();
            return;
        }
        enterFailed(opened.error());
        return;
    }
    m_vault = std::move(*opened);
    m_source = KeySource::Member;
    m_team = std::make_unique<TeamKeys>(m_path, std::move(*keys), m_slotParameters);
    m_lastError.reset();
    setState(State::Unlocked);
    Q_EMIT unlocked();
}

void VaultAccess::setAsideMembersFile()
{
    const QString members = KeySlotFile::pathFor(m_path);
    const QString aside =
        members + QStringLiteral(".unused-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    qCWarning(lcKeys) << "the members file's key does not open the vault; moving it aside";
    if (!QFile::rename(members, aside)) {
        enterFailed(Error{ErrorCode::WrongKey,
                          tr("The team's keys beside the vault do not fit it, and the file %1 "
                             "could not be moved aside. Move it away yourself; the vault then "
                             "opens as it did before it became a team vault.")
                              .arg(members),
                          {}});
        return;
    }
    const Error notice{ErrorCode::WrongKey,
                       tr("The team's keys beside the vault do not fit it: it became a team vault "
                          "only after this copy was made, or making it one was cut short. They "
                          "were moved to %1, and the vault opens as it did before.")
                           .arg(aside),
                       {}};
    setState(State::Locked);
    start();
    Q_EMIT membersFileSetAside(notice);
}

Status VaultAccess::convertToTeam(const QString& label, SecureBuffer passphrase)
{
    if (m_state != State::Unlocked || !m_vault || m_changingKey)
        return std::unexpected(notUnlocked());
    if (m_source == KeySource::Member)
        return fail(ErrorCode::InvalidArgument, tr("This vault is a team vault already."));
    if (Status acceptable = PassphrasePolicy::check(passphrase); !acceptable)
        return acceptable;
    VaultKey newKey = VaultKey::generateRaw();
    const Argon2Parameters parameters = TeamKeys::sealingParameters(m_slotParameters);
    // The members file first, then the rekey: a vault never takes a key no slot holds. If
    // the rekey fails, the file goes again; if Kotva stops in between, the next unlock finds
    // a slot whose key the vault refuses and moves the file aside (setAsideMembersFile()).
    auto founder = KeySlots(m_path, parameters).create(newKey.rawBytes(), label, passphrase);
    if (!founder)
        return std::unexpected(founder.error());
    if (Status rekeyed = m_vault->rekey(newKey); !rekeyed) {
        QFile::remove(KeySlotFile::pathFor(m_path));
        return rekeyed;
    }
    if (m_source == KeySource::Keychain)
        m_keychain.removeKey(m_path, this, [](Status removed) {
            if (!removed)
                qCWarning(lcKeys) << "old keychain entry not removed:" << removed.error().detail;
        });
    m_source = KeySource::Member;
    rememberProtection(m_path, m_source);
    m_team = std::make_unique<TeamKeys>(m_path, std::move(*founder), m_slotParameters);
    Q_EMIT keyChanged();
    return {};
}

void VaultAccess::enterFailed(Error error)
{
    qCWarning(lcKeys) << "vault cannot be opened:" << errorCodeName(error.code) << error.detail;
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT failed(error);
}

void VaultAccess::openWith(VaultKey key, KeySource source)
{
    m_pendingKey = std::move(key);
    m_pendingSource = source;
    m_pendingCreate = false;
    setState(State::Opening);
    // One event-loop turn first, so a window can show "Opening…" before the KDF runs.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (isCurrent(generation) && m_state == State::Opening)
                finishOpen();
        },
        Qt::QueuedConnection);
}

void VaultAccess::createWith(VaultKey key, KeySource source)
{
    openWith(std::move(key), source);
    m_pendingCreate = true;
}

void VaultAccess::finishOpen()
{
    if (!m_pendingKey)
        return;
    const VaultKey key = std::move(*m_pendingKey);
    m_pendingKey.reset();
    const KeySource source = m_pendingSource;
    const bool creating = m_pendingCreate;
    Result<std::unique_ptr<Vault>> opened =
        creating ? Vault::create(m_path, key, m_clock) : Vault::open(m_path, key, m_clock);
    if (opened) {
        m_vault = std::move(*opened);
        m_source = source;
        rememberProtection(m_path, source);
        // A keychain entry left from an earlier vault at this path would only mislead start().
        if (creating && source == KeySource::Passphrase)
            m_keychain.removeKey(m_path, this, [](Status) {});
        m_lastError.reset();
        setState(State::Unlocked);
        Q_EMIT unlocked();
        return;
    }
    const Error error = opened.error();
    if (creating) {
        // The key was stored first; without a vault it must not stay behind.
        if (source == KeySource::Keychain)
            m_keychain.removeKey(m_path, this, [](Status) {});
        m_lastError = error;
        setState(State::NeedsSetup);
        Q_EMIT setupFailed(error);
        return;
    }
    if (error.code == ErrorCode::WrongKey) {
        askForPassphrase(wrongKeyReason(source, error));
        return;
    }
    enterFailed(error);
}

void VaultAccess::createWithKeychain()
{
    if (m_state != State::NeedsSetup)
        return;
    if (Vault::existsAt(m_path)) { // appeared since start(): never create over it
        start();
        return;
    }
    setState(State::AwaitingKeychain);
    const quint64 generation = m_generation;
    // An entry for this path is a key another vault may still need (one moved away and put
    // back, a copy on a backup disk): it is never overwritten. Creating is refused and says
    // what to do instead.
    m_keychain.readKey(m_path, this, [this, generation](Result<VaultKey> existing) {
        if (!isCurrent(generation) || m_state != State::AwaitingKeychain)
            return;
        if (existing || existing.error().code != ErrorCode::KeyMissing) {
            Error error = existing
                              ? Error{ErrorCode::AlreadyExists,
                                      tr("The keychain already keeps the key of a vault at this "
                                         "place. That vault may come back (moved away, or on a "
                                         "backup), and without its key it could never be opened: "
                                         "nothing was created. Put the old vault back, choose "
                                         "another file for the new one, or protect it with a "
                                         "passphrase."),
                                      {}}
                              : Error{existing.error().code,
                                      tr("The key could not be stored in the keychain: %1 "
                                         "Nothing was created. Protect the vault with a "
                                         "passphrase instead.")
                                          .arg(existing.error().message),
                                      existing.error().detail};
            m_lastError = error;
            setState(State::NeedsSetup);
            Q_EMIT setupFailed(error);
            return;
        }
        storeNewKeyAndCreate(generation);
    });
}

void VaultAccess::storeNewKeyAndCreate(quint64 generation)
{
    auto key = std::make_shared<VaultKey>(VaultKey::generateRaw());
    // Key first, vault second: a vault never exists whose key was not stored.
    m_keychain.writeKey(m_path, *key, this, [this, generation, key](Status stored) {
        if (!isCurrent(generation) || m_state != State::AwaitingKeychain) {
            if (stored) // locked meanwhile: no vault will use this key
                m_keychain.removeKey(m_path, this, [](Status) {});
            return;
        }
        if (stored) {
            createWith(std::move(*key), KeySource::Keychain);
            return;
        }
        Error error{stored.error().code,
                    tr("The key could not be stored in the keychain: %1 Nothing was created. "
                       "Protect the vault with a passphrase instead.")
                        .arg(stored.error().message),
                    stored.error().detail};
        m_lastError = error;
        setState(State::NeedsSetup);
        Q_EMIT setupFailed(error);
    });
}

void VaultAccess::createWithPassphrase(SecureBuffer passphrase)
{
    if (m_state != State::NeedsSetup)
        return;
    if (Vault::existsAt(m_path)) {
        start();
        return;
    }
    Status acceptable = PassphrasePolicy::check(passphrase);
    Result<VaultKey> key = acceptable ? VaultKey::fromPassphrase(std::move(passphrase))
                                      : std::unexpected(acceptable.error());
    if (!key) {
        m_lastError = key.error();
        Q_EMIT setupFailed(key.error());
        return;
    }
    createWith(std::move(*key), KeySource::Passphrase);
}

void VaultAccess::unlockWithPassphrase(SecureBuffer passphrase)
{
    if (m_state != State::AwaitingPassphrase && m_state != State::Locked)
        return;
    if (!Vault::existsAt(m_path)) {
        setState(State::NeedsSetup);
        Q_EMIT setupNeeded();
        return;
    }
    if (QFile::exists(KeySlotFile::pathFor(m_path))) { // a team vault: a member's slot opens it
        askForMember(Error{});
        return;
    }
    Result<VaultKey> key = VaultKey::fromPassphrase(std::move(passphrase));
    if (!key) {
        askForPassphrase(key.error());
        return;
    }
    openWith(std::move(*key), KeySource::Passphrase);
}

void VaultAccess::lock()
{
    ++m_generation; // keychain answers and queued opens for the old request are dropped
    if (m_vault) {
        m_vault->close();
        m_vault.reset();
    }
    m_pendingKey.reset();
    m_pendingCreate = false;
    m_changingKey = false;
    m_team.reset();
    m_source = KeySource::None;
    const bool wasLocked = m_state == State::Locked;
    setState(State::Locked);
    if (!wasLocked)
        Q_EMIT locked();
}

Status VaultAccess::changePassphrase(SecureBuffer newPassphrase)
{
    if (m_state != State::Unlocked || !m_vault || m_changingKey)
        return std::unexpected(notUnlocked());
    if (m_source != KeySource::Passphrase)
        return fail(ErrorCode::InvalidArgument,
                    tr("This vault is protected by the keychain, not by a passphrase."));
    if (Status acceptable = PassphrasePolicy::check(newPassphrase); !acceptable)
        return acceptable;
    Result<VaultKey> key = VaultKey::fromPassphrase(std::move(newPassphrase));
    if (!key)
        return std::unexpected(key.error());
    return m_vault->rekey(*key);
}

void VaultAccess::changeToPassphrase(SecureBuffer newPassphrase)
{
    if (m_state != State::Unlocked || !m_vault || m_changingKey) {
        Q_EMIT keyChangeFailed(notUnlocked());
        return;
    }
    if (m_source != KeySource::Keychain) {
        Q_EMIT keyChangeFailed(Error{ErrorCode::InvalidArgument,
                                     tr("This vault is already protected by a passphrase."),
                                     {}});
        return;
    }
    Status acceptable = PassphrasePolicy::check(newPassphrase);
    Result<VaultKey> key = acceptable ? VaultKey::fromPassphrase(std::move(newPassphrase))
                                      : std::unexpected(acceptable.error());
    if (!key) {
        Q_EMIT keyChangeFailed(key.error());
        return;
    }
    // Rekey first: if it fails the keychain key still opens the vault. Once it succeeded
    // the old entry opens nothing, so failing to delete it loses nothing.
    if (Status rekeyed = m_vault->rekey(*key); !rekeyed) {
        Q_EMIT keyChangeFailed(rekeyed.error());
        return;
    }
    m_source = KeySource::Passphrase;
    rememberProtection(m_path, m_source);
    m_changingKey = true;
    const quint64 generation = m_generation;
    m_keychain.removeKey(m_path, this, [this, generation](Status removed) {
        if (!isCurrent(generation))
            return;
        m_changingKey = false;
        if (!removed)
            qCWarning(lcKeys) << "old keychain entry not removed:" << removed.error().detail;
        Q_EMIT keyChanged();
    });
}

void VaultAccess::changeToKeychain()
{
    if (m_state != State::Unlocked || !m_vault || m_changingKey) {
        Q_EMIT keyChangeFailed(notUnlocked());
        return;
    }
    if (m_source != KeySource::Passphrase) {
        Q_EMIT keyChangeFailed(Error{ErrorCode::InvalidArgument,
                                     tr("This vault already keeps its key in the keychain."),
                                     {}});
        return;
    }
    m_changingKey = true;
    auto key = std::make_shared<VaultKey>(VaultKey::generateRaw());
    const quint64 generation = m_generation;
    // Store first, rekey second: until the rekey succeeds the passphrase still opens the vault.
    m_keychain.writeKey(m_path, *key, this, [this, generation, key](Status stored) {
        if (!isCurrent(generation) || !m_vault) {
            // Locked meanwhile: the vault still uses the passphrase, so the entry must go.
            m_keychain.removeKey(m_path, this, [](Status) {});
            return;
        }
        m_changingKey = false;
        if (!stored) {
            Q_EMIT keyChangeFailed(Error{stored.error().code,
                                         tr("The key could not be stored in the keychain: %1 "
                                            "The vault still uses your passphrase.")
                                             .arg(stored.error().message),
                                         stored.error().detail});
            return;
        }
        if (Status rekeyed = m_vault->rekey(*key); !rekeyed) {
            m_keychain.removeKey(m_path, this, [](Status) {});
            Q_EMIT keyChangeFailed(rekeyed.error());
            return;
        }
        m_source = KeySource::Keychain;
        rememberProtection(m_path, m_source);
        Q_EMIT keyChanged();
    });
}

} // namespace kotva
