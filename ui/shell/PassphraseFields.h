#pragma once

#include "core/common/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace kotva {

/// A new passphrase typed twice, with a strength hint and an inline mismatch message.
/// Used wherever a passphrase is set: first start, change passphrase, switch to passphrase.
class PassphraseFields final : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PassphraseFields)

    /// Long enough and both fields match.
    [[nodiscard]] bool isAcceptable() const;
    /// Moves the passphrase out as UTF-8 and wipes both fields.
    [[nodiscard]] SecureBuffer takePassphrase();
    void clear();

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    /// The line under the fields: strength, or why the passphrase cannot be used yet.
    QLabel* hintLabel() const { return m_hint; }

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

private:
    void update();

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_hint = nullptr;
    bool m_acceptable = false;
};

} // namespace kotva
