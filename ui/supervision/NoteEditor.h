#pragma once

#include "core/supervision/SupervisionNote.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kotva {

class InlineMessage;

/// Edits one supervision note: topic, sharing level, an optional anonymous contact
/// reference and the text. It holds no note of its own beyond the fields: saving and
/// deleting are requests the pane carries out and answers with showSaved() / showError().
class NoteEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit NoteEditor(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(NoteEditor)

    /// Fills the fields; id 0 is a new note. `recordMonths` says how long a new note is kept.
    void setNote(const SupervisionNote& note, int recordMonths);
    /// The note as the fields say (id of the loaded note, 0 for a new one).
    [[nodiscard]] SupervisionNote note() const;
    [[nodiscard]] bool isNew() const { return m_loaded.id == 0; }
    /// True when the fields differ from what was loaded or saved.
    [[nodiscard]] bool isModified() const;

    /// After a save: the stored note in the fields and, when personal data was cut out,
    /// what was removed (empty `removed` when nothing was).
    void showSaved(const SupervisionNote& stored, const QString& removed, int recordMonths);
    void showError(const QString& message);
    void clearMessage();
    /// In a team vault the author may keep their name off the team supervision agenda; a
    /// vault of one person has no names to keep off.
    void setInTeam(bool inTeam);

    QComboBox* topicCombo() const { return m_topic; }
    QComboBox* sharingCombo() const { return m_sharing; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QCheckBox* anonymousBox() const { return m_anonymous; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* expiryLabel() const { return m_expiry; }
    InlineMessage* message() const { return m_message; }

Q_SIGNALS:
    void saveRequested();
    void deleteRequested();

private:
    void updateState();

    SupervisionNote m_loaded;
    bool m_inTeam = false;
    QLabel* m_heading = nullptr;
    QComboBox* m_topic = nullptr;
    QComboBox* m_sharing = nullptr;
    QLineEdit* m_reference = nullptr;
    QCheckBox* m_anonymous = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_expiry = nullptr;
    InlineMessage* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace kotva
