#pragma once

#include "core/common/Error.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QPlainTextEdit;

namespace kotva {

class InlineMessage;

/// The organisation's list of topics for closing a contact, one per line. Saving goes
/// through the function it is given (the repository cleans and stores the list); an error
/// keeps the dialog open with what was typed.
class OutcomeTopicsDialog final : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Status(const QStringList& topics)>;

    OutcomeTopicsDialog(const QStringList& topics, Save save, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OutcomeTopicsDialog)

    /// The lines as typed, empty ones left out.
    [[nodiscard]] QStringList topics() const;
    [[nodiscard]] QPlainTextEdit* editor() const { return m_edit; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

private:
    void save();

    Save m_save;
    QPlainTextEdit* m_edit = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace kotva
