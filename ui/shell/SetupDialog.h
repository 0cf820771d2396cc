#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace kotva {

class InlineMessage;
class PassphraseFields;

/// First start: explains in plain words what the vault is and lets the user choose how it
/// is unlocked. It only collects the choice; the caller creates the vault and reports back
/// through setBusy() / showError().
class SetupDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Protection { Keychain, Passphrase };

    explicit SetupDialog(const QString& vaultPath, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SetupDialog)

    [[nodiscard]] Protection protection() const;
    void setProtection(Protection protection);
    /// Moves the passphrase out and wipes the fields (Passphrase only).
    [[nodiscard]] SecureBuffer takePassphrase();
    /// Whether Create can be pressed now.
    [[nodiscard]] bool canCreate() const;

    /// While the vault is being created the inputs are disabled.
    void setBusy(bool busy);
    /// Creating failed; the dialog stays, the choice stays, the message says why.
    void showError(const Error& error);
    /// The keychain could not take the key: steer the user to a passphrase.
    void offerPassphraseInstead(const Error& error);

    QPushButton* createButton() const { return m_create; }
    PassphraseFields* passphraseFields() const { return m_fields; }
    InlineMessage* message() const { return m_message; }

Q_SIGNALS:
    /// The user pressed Create with a valid choice.
    void createRequested();

private:
    void updateState();

    QRadioButton* m_keychain = nullptr;
    QRadioButton* m_passphrase = nullptr;
    PassphraseFields* m_fields = nullptr;
    InlineMessage* m_message = nullptr;
    QLabel* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_create = nullptr;
    bool m_busy = false;
    bool m_keychainUsable = true;
};

} // namespace kotva
