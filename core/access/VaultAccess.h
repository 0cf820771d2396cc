#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/VaultKey.h"
#include "core/keys/slots/TeamKeys.h"

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
///   Locked ──start()──▶ AwaitingMember          (a team vault: "<vault>.members" beside it)
///              ──unlockAsMember()──▶ Opening ──▶ Unlocked   (wrong → AwaitingMember again)
///   any ──lock()──▶ Locked        not a vault / corrupt / no SQLCipher ──▶ Failed
///
/// Rules: a vault file that exists is never replaced; an "entry not found" answer while
/// the file exists means a locked or different keychain or a passphrase vault, never a
/// first run, so no new key is made. A wrong passphrase keeps AwaitingPassphrase (the file
/// is unchanged) and emits passphraseNeeded() again with a WrongKey reason. A team vault never
/// asks the keychain: on a shared office PC it would isolate nothing (issue 15).
class VaultAccess final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Locked,             ///< nothing open; call start()
        NeedsSetup,         ///< no vault at the path: offer createWith…()
        AwaitingKeychain,   ///< asked the keychain, waiting for its answer
        AwaitingPassphrase, ///< the keychain could not give the key: ask the user
        AwaitingMember,     ///< a team vault: the member chooses themselves and types theirs
        Opening,            ///< a key is being applied / the vault created
        Unlocked,           ///< vault() is open
        Failed,             ///< the file cannot be used (not a vault, corrupt, no SQLCipher)
    };
    Q_ENUM(State)

    /// Where the key of the open vault comes from.
    enum class KeySource { None, Keychain, Passphrase, Member };
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
    /// The members of a team vault, as its unlock dialog lists them (AwaitingMember).
    [[nodiscard]] QList<MemberSlotInfo> members() const { return m_members; }
    /// While Unlocked as a team vault's member: who they are and the slot changes they may
    /// make. nullptr otherwise. Gone after lock().
    [[nodiscard]] TeamKeys* teamKeys() const;
    /// Argon2id parameters for new slots instead of the measured ones (tests).
    void setSlotParameters(Argon2Parameters parameters) { m_slotParameters = parameters; }
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
    /// From AwaitingMember (or Locked, for the CLI): the member's passphrase opens their key
    /// slot, the slot's key the vault. Wrong → AwaitingMember and memberNeeded(WrongKey).
    void unlockAsMember(const QString& memberId, SecureBuffer passphrase);
    /// While Unlocked as the one person of a vault: makes it a team vault in one step. A new
    /// random key goes into the first member's slot (`label`, `passphrase`: PassphrasePolicy
    /// applies) and the vault is rekeyed to it; a keychain entry is removed afterwards. If the
    /// rekey fails the members file goes again and the vault opens as before.
    Status convertToTeam(const QString& label, SecureBuffer passphrase);
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
    /// A team vault: ask who unlocks and for their passphrase (members()). `reason` is empty
    /// at first, WrongKey after a wrong passphrase.
    void memberNeeded(const kotva::Error& reason);
    /// The members file did not fit the vault and was moved aside; the vault opens as before
    /// (start() was called again). `notice` says where the file went.
    void membersFileSetAside(const kotva::Error& notice);
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
    void askForMember(Error reason);
    void finishMemberUnlock(const QString& memberId, const SecureBuffer& passphrase);
    /// The members file names a key this vault does not take (a conversion cut short, or
    /// the vault put back from a copy made before it): it is moved aside, so the vault opens
    /// the way it did before.
    void setAsideMembersFile();
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
    QList<MemberSlotInfo> m_members;
    std::unique_ptr<TeamKeys> m_team;
    std::optional<Argon2Parameters> m_slotParameters;
};

} // namespace kotva
