#pragma once

#include "core/schedule/Cancellation.h"
#include "core/schedule/Occurrence.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QTimeEdit;

namespace kotva {

/// Asks for the reason of a one-off cancellation, or for a one-off change of time, venue
/// and a note. OK stays disabled until the answer is usable (a reason; an end after start).
class OccurrenceEditDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Cancel, Change };

    OccurrenceEditDialog(Mode mode, const Occurrence& occurrence, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OccurrenceEditDialog)

    [[nodiscard]] QString reason() const;
    /// Time and venue as chosen (all set), and the note.
    [[nodiscard]] OccurrenceChange change() const;

    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }
    [[nodiscard]] QTimeEdit* startEdit() const { return m_start; }
    [[nodiscard]] QTimeEdit* endEdit() const { return m_end; }
    [[nodiscard]] QComboBox* venueKindBox() const { return m_venueKind; }
    [[nodiscard]] QLineEdit* placeEdit() const { return m_place; }
    [[nodiscard]] QLineEdit* noteEdit() const { return m_note; }
    [[nodiscard]] bool canAccept() const;

private:
    void buildCancel();
    void buildChange();
    void updateState();
    [[nodiscard]] Venue chosenVenue() const;

    Mode m_mode;
    Occurrence m_occurrence;
    QLineEdit* m_reason = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QComboBox* m_venueKind = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kotva
