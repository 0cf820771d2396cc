#pragma once

#include "core/common/SecureBuffer.h"

#include <QDialog>

class QPushButton;

namespace kotva {

class PassphraseFields;

/// Asks for a new passphrase (change passphrase, or move from the keychain to a passphrase).
class NewPassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `explanation` says what happens when the user goes ahead.
    NewPassphraseDialog(const QString& title, const QString& explanation,
                        QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewPassphraseDialog)

    /// Moves the passphrase out and wipes the fields.
    [[nodiscard]] SecureBuffer takePassphrase();

    PassphraseFields* fields() const { return m_fields; }
    QPushButton* okButton() const { return m_ok; }

private:
    PassphraseFields* m_fields = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace kotva
