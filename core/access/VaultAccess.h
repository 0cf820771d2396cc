#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/VaultKey.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace kotva {

class KeychainStore;
class Vault;

/// The unlock state machine shared by the GUI and the CLI: it asks the keychain for the
/// key, falls back to a passphrase with a reason the user can understand, opens the vault
/// and changes its key. Everything that waits for the keychain is asynchronous (signals
/// from the event loop); opening runs one event-loop turn after entering Opening so a GUI
/// can repaint first.
///
///   Locked ──start()──▶ NeedsSetup                   (no file at the path)
///                   └─▶ AwaitingKeychain ──key──▶ Opening ──▶ Unlocked
///                              └─ no key / locked / unavailable / stale key
///                                   ──▶ AwaitingPassphrase ──unlockWithPassphrase()──▶ Opening
///   NeedsSetup ──createWithKeychain() / createWithPassphrase()──▶ Opening ──▶ Unlocked
///   any ──lock()──▶ Locked        not a vault / corrupt / no SQLCipher ──▶ Failed
///
/// Rules: a vault file that exists is never replaced; an "entry not found" answer while
/// the file exists means a locked or different keychain or a passphrase vault, never a
/// first run, so no new key is made. A wrong passphrase keeps AwaitingPassphrase (the file
/// is unchanged) and emits passphraseNeeded() again with a WrongKey reason.
class VaultAccess final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Locked,             ///< nothing open; call start()
        NeedsSetup,         ///< no vault at the path: offer createWith…()
        AwaitingKeychain,   ///< asked the keychain, waiting for its answer
        AwaitingPassphrase, ///< the keychain could not give the key: ask the user
        Opening,            ///< a key is being applied / the vault created
        Unlocked,           ///< vault() is open
        Failed,             ///< the file cannot be used (not a vault, corrupt, no SQLCipher)
    };
    Q_ENUM(State)

    /// Where the key of the open vault comes from.
    enum class KeySource { None, Keychain, Passphrase };
    Q_ENUM(KeySource)

    VaultAccess(QString vaultPath, KeychainStore& keychain, const Clock& clock = Clock::system(),
                QObject* parent = nullptr);
    ~VaultAccess() override;
    Q_DISABLE_COPY_MOVE(VaultAccess)

    [[nodiscard]] QString vaultPath() const { return m_path; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] KeySource keySource() const { return m_source; }
    /// The keychain the key is read from; other secrets of this vault live there too.
    [[nodiscard]] KeychainStore& keychain() const { return m_keychain; }
    /// The open vault while Unlocked, otherwise nullptr. Owned here; gone after lock().
    [[nodiscard]] Vault* vault() const;
    /// The error behind the latest Failed / AwaitingPassphrase / failed create or key change.
    [[nodiscard]] std::optional<Error> lastError() const { return m_lastError; }

    /// From Locked, AwaitingPassphrase or Failed: looks at the file and asks the keychain.
    void start();
    /// From NeedsSetup: a random raw key goes to the keychain, then the vault is created.
    /// If the keychain refuses, no vault is left behind and setupFailed() explains that a
    /// passphrase is needed instead; the state stays NeedsSetup.
    void createWithKeychain();
    /// From NeedsSetup: PassphrasePolicy applies; on refusal setupFailed(), state unchanged.
    void createWithPassphrase(SecureBuffer passphrase);
    /// From AwaitingPassphrase, or from Locked to skip the keychain (the CLI's
    /// --passphrase-stdin). Wrong → AwaitingPassphrase and passphraseNeeded(WrongKey reason);
    /// no file at the path → NeedsSetup.
    void unlockWithPassphrase(SecureBuffer passphrase);
    /// Closes the vault and wipes every key held here; → Locked. Pending keychain answers
    /// that arrive later are ignored.
    void lock();

    /// While Unlocked with a passphrase: rekey to a new passphrase (PassphrasePolicy applies).
    Status changePassphrase(SecureBuffer newPassphrase);
    /// While Unlocked with the keychain: rekey to a passphrase, then delete the keychain
    /// entry. If the rekey fails nothing changed; if only the delete fails the vault already
    /// uses the passphrase (a stale entry opens nothing). → keyChanged() / keyChangeFailed().
    void changeToPassphrase(SecureBuffer newPassphrase);
    /// While Unlocked with a passphrase: store a new raw key in the keychain first, then
    /// rekey; if the rekey fails the new entry is removed again and the passphrase still
    /// opens the vault. → keyChanged() / keyChangeFailed().
    void changeToKeychain();

Q_SIGNALS:
    void stateChanged(kotva::VaultAccess::State state);
    /// No vault at the path: the user chooses keychain or passphrase.
    void setupNeeded();
    /// Creating failed; state is NeedsSetup again and nothing was left at the path.
    void setupFailed(const kotva::Error& error);
    /// Ask the user for the passphrase; `reason` says in plain words why (code KeyMissing,
    /// KeychainUnavailable, KeychainLocked or WrongKey).
    void passphraseNeeded(const kotva::Error& reason);
    void unlocked();
    void locked();
    /// Entered Failed: the file at the path cannot be used as a vault.
    void failed(const kotva::Error& error);
    /// A key change finished; keySource() tells the new source.
    void keyChanged();
    void keyChangeFailed(const kotva::Error& error);

private:
    void setState(State state);
    void onKeychainKey(Result<VaultKey> key);
    void openWith(VaultKey key, KeySource source);
    void createWith(VaultKey key, KeySource source);
    void finishOpen();
    /// A new raw key into the keychain, then the vault (createWithKeychain()'s second step).
    void storeNewKeyAndCreate(quint64 generation);
    void askForPassphrase(Error reason);
    void enterFailed(Error error);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    QString m_path;
    KeychainStore& m_keychain;
    const Clock& m_clock;
    State m_state = State::Locked;
    KeySource m_source = KeySource::None;
    std::unique_ptr<Vault> m_vault;
    std::optional<VaultKey> m_pendingKey; ///< the key waiting for the Opening turn
    KeySource m_pendingSource = KeySource::None;
    bool m_pendingCreate = false;
    std::optional<Error> m_lastError;
    quint64 m_generation = 0; ///< bumped by lock(): answers for an older request are dropped
    bool m_changingKey = false;
};

} // namespace kotva
