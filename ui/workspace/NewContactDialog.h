#pragma once

#include "core/session/SessionService.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kotva {

/// Ctrl+N: how the client came (channel), what to call them (a first name or pseudonym;
/// a live warning when it looks like a full name, showing what would be stored) and what
/// they want today (the contract, seed 002). The dialog only collects; the pane opens the
/// contact through SessionService.
class NewContactDialog final : public QDialog
{
    Q_OBJECT
public:
    NewContactDialog(const SessionService& service, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewContactDialog)

    [[nodiscard]] NewContact newContact() const;
    /// Tykání or vykání if the worker chose one; empty for "as the client writes" (suggested
    /// from the client's first message).
    [[nodiscard]] std::optional<Register> addressForm() const;

    [[nodiscard]] QComboBox* channelCombo() const { return m_channel; }
    [[nodiscard]] QComboBox* addressFormCombo() const { return m_addressForm; }
    [[nodiscard]] QLineEdit* pseudonymEdit() const { return m_pseudonym; }
    [[nodiscard]] QButtonGroup* contractGroup() const { return m_contract; }
    /// The live warning ("This looks like a full name …"); empty when there is none.
    [[nodiscard]] QString warningText() const;
    [[nodiscard]] bool canAccept() const;

    /// The plain-words explanation of a contract wish shown under its choice.
    [[nodiscard]] static QString explanation(ContractWish wish);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void checkPseudonym();

    const SessionService& m_service;
    QComboBox* m_channel = nullptr;
    QComboBox* m_addressForm = nullptr;
    QLineEdit* m_pseudonym = nullptr;
    QLabel* m_warning = nullptr;
    QButtonGroup* m_contract = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kotva
