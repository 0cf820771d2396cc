#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/slots/KeySlots.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kotva {

class InlineMessage;

/// Later starts and after Lock: asks for the passphrase and says why the keychain could
/// not open the vault by itself, shows a wrong passphrase inline, or says the vault
/// cannot be used. It collects intent only; the caller unlocks and reports back.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        Locked,     ///< locked by the user: one button asks the keychain again
        Passphrase, ///< the passphrase is needed
        Failed,     ///< the file cannot be opened as a vault
        Member,     ///< a team vault: the member chooses themselves and types their passphrase
    };

    explicit UnlockDialog(const QString& vaultPath, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(UnlockDialog)

    [[nodiscard]] Mode mode() const { return m_mode; }

    void showLocked();
    /// `reason` is what VaultAccess::passphraseNeeded() gave; WrongKey is shown as an error
    /// under the field and keeps the earlier explanation.
    void showPassphrasePrompt(const Error& reason);
    void showFailure(const Error& error);
    /// A team vault: who unlocks (the members by their initials or names) and their own
    /// passphrase. `reason` is empty at first, WrongKey after a wrong passphrase.
    void showMemberPrompt(const QList<MemberSlotInfo>& members, const Error& reason);
    /// The member chosen in Member mode.
    [[nodiscard]] QString memberId() const;
    void setBusy(bool busy);

    /// Moves the typed passphrase out and wipes the field.
    [[nodiscard]] SecureBuffer takePassphrase();

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QComboBox* memberCombo() const { return m_member; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* retryKeychainButton() const { return m_retryKeychain; }
    InlineMessage* message() const { return m_message; }
    QLabel* explanation() const { return m_explanation; }

Q_SIGNALS:
    /// Passphrase mode: the user typed a passphrase and pressed Unlock.
    void unlockRequested();
    /// Locked / Failed mode, or "ask the keychain again": start over.
    void retryRequested();

private:
    void setMode(Mode mode);
    void updateButtons();

    QLabel* m_explanation = nullptr;
    QWidget* m_passphraseRow = nullptr;
    QComboBox* m_member = nullptr;
    QLineEdit* m_passphrase = nullptr;
    InlineMessage* m_message = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_retryKeychain = nullptr;
    Mode m_mode = Mode::Locked;
    bool m_busy = false;
};

} // namespace kotva
