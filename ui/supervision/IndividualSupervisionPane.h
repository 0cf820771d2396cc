#pragma once

#include "core/supervision/IndividualSupervision.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kotva {

class InlineMessage;
class VaultSession;

/// The team lead's individual supervision in a team vault (issue 15): what each member shared
/// for individual supervision, by member, listed without its words. The lead opens one note at
/// a time, and each opening goes to the access log (IndividualSupervision records it), so the
/// list can be looked through without reading anyone's note by accident.
class IndividualSupervisionPane final : public QWidget
{
    Q_OBJECT
public:
    explicit IndividualSupervisionPane(VaultSession& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(IndividualSupervisionPane)

    /// Reads the list again; an opened note stays open while it is still shared.
    void reload();
    /// Opens the chosen note (its text, and an entry in the access log).
    void openSelected();

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QPushButton* openButton() const { return m_open; }
    [[nodiscard]] QLabel* noteText() const { return m_text; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    /// Selects the note in the list (tests).
    void selectNote(NoteId id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillTree();
    void showClosed();
    [[nodiscard]] std::optional<NoteId> selected() const;

    IndividualSupervision& m_notes;
    QList<SharedNoteHeading> m_headings;
    std::optional<NoteId> m_opened;

    InlineMessage* m_message = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace kotva
