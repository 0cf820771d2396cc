#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

#include <QObject>
#include <QString>

#include <functional>

namespace kotva {

class KeychainStore;
class MailSettings;

/// Where the organisation's mailbox password is kept (issue 14): in the OS keychain when the
/// vault's own key is kept there, in the vault (which SQLCipher encrypts) when the vault opens
/// with a passphrase only. The password is always written to the vault first, so nothing
/// typed is lost; when it belongs in the keychain it is moved there, and taken out of the
/// vault only once the keychain has confirmed it. If the keychain refuses, it stays in the
/// vault and keychainRefused() says why. When the vault changes from the keychain to a
/// passphrase, the password comes back into the vault the same way.
class MailPassword final : public QObject
{
    Q_OBJECT
public:
    enum class Place { None, Vault, Keychain };
    Q_ENUM(Place)

    explicit MailPassword(MailSettings& settings, QObject* parent = nullptr);
    ~MailPassword() override;
    Q_DISABLE_COPY_MOVE(MailPassword)

    /// The keychain of this PC and the vault's file (the entry's name). `keepInKeychain`: the
    /// vault's key comes from the keychain, so the password belongs there too. Moves the
    /// password where it belongs if it is not there yet.
    void useKeychain(KeychainStore& keychain, const QString& vaultPath, bool keepInKeychain);

    [[nodiscard]] Place place() const;
    [[nodiscard]] bool stored() const { return place() != Place::None; }

    /// Stores a new password (not empty) in the vault, then moves it to the keychain if it
    /// belongs there. Fails only when the vault cannot be written.
    Status store(const QString& password);

    using SecretCallback = std::function<void(Result<SecureBuffer>)>;
    /// The password, from the vault at once or from the keychain later (from the event loop);
    /// `done` does not run once this object is gone.
    void read(SecretCallback done);

Q_SIGNALS:
    /// The password is now kept in `place` (after a move between vault and keychain).
    void placeChanged(kotva::MailPassword::Place place);
    /// The keychain would not take the password (or give it back): it stays where it was.
    void keychainRefused(const kotva::Error& error);

private:
    void moveToKeychain();
    void moveIntoVault();
    [[nodiscard]] QString vaultCopy() const;
    [[nodiscard]] bool markedInKeychain() const;

    MailSettings& m_settings;
    KeychainStore* m_keychain = nullptr;
    QString m_entryId;
    bool m_keepInKeychain = false;
};

} // namespace kotva
