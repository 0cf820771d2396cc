#pragma once

#include "core/session/Contact.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kotva {

/// The top of the conversation: who (pseudonym, channel), what the client wants today
/// (changeable; the history in the combo's tooltip and a line below it), when the text
/// expires, the topics the client stopped, and the STOP and Close buttons.
class ConversationHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationHeader(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConversationHeader)

    void setContact(const Contact& contact);

    [[nodiscard]] QComboBox* contractCombo() const { return m_contract; }
    [[nodiscard]] QPushButton* stopButton() const { return m_stop; }
    [[nodiscard]] QLineEdit* stopLabelEdit() const { return m_stopLabel; }
    [[nodiscard]] QPushButton* closeButton() const { return m_close; }
    [[nodiscard]] QString stoppedTopicsText() const;
    [[nodiscard]] QString contractHistoryText() const;
    [[nodiscard]] QString expiryText() const;

Q_SIGNALS:
    void contractChangeRequested(kotva::ContractWish wish);
    /// One click on STOP; the label may be empty ("the current topic").
    void stopRequested(const QString& label);
    void closeRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_details = nullptr;
    QComboBox* m_contract = nullptr;
    QLabel* m_history = nullptr;
    QLabel* m_expiry = nullptr;
    QLabel* m_stopped = nullptr;
    QLineEdit* m_stopLabel = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_close = nullptr;
    bool m_updating = false;
};

} // namespace kotva
