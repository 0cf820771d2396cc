#pragma once

#include "core/supervision/AccessLog.h"
#include "core/supervision/SupervisionService.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace kotva {

class Analyzer;
class InlineMessage;
class NoteEditor;
class Prompter;
class SupervisionNoteModel;
class VaultSession;

/// The worker's notes on their own practice: a list (filter by sharing level), an editor,
/// saving through SupervisionService (which removes personal data first; the pane says
/// what was removed), deleting after a confirmation, and a banner that suggests a note
/// after a contact with a crisis or a boundary finding.
class SupervisionNotePane final : public QWidget
{
    Q_OBJECT
public:
    /// Notes through the session's SupervisionService; the session's suggestions after a
    /// closed contact show in the banner, and its purges reload the list.
    explicit SupervisionNotePane(VaultSession& session, QWidget* parent = nullptr);
    ~SupervisionNotePane() override;
    Q_DISABLE_COPY_MOVE(SupervisionNotePane)

    /// Where delete confirmations are asked (tests answer them); a message box by default.
    void setPrompter(Prompter& prompter);

    [[nodiscard]] SupervisionNoteModel* model() const { return m_model; }
    [[nodiscard]] NoteEditor* editor() const { return m_editor; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QComboBox* sharingFilter() const { return m_filter; }
    [[nodiscard]] QFrame* suggestionBanner() const { return m_banner; }
    [[nodiscard]] QPushButton* newNoteButton() const { return m_newNote; }
    [[nodiscard]] QPushButton* individualListButton() const { return m_individualList; }

    /// Writes the list the worker brings to individual supervision (their notes shared for
    /// it, oldest first) as a PDF; the pane says what happened.
    Status exportIndividualList(const QString& path);

Q_SIGNALS:
    /// A suggestion arrived: the main window brings this pane to the front.
    void showRequested();

public Q_SLOTS:
    /// Shows "Consider a supervision note: <reason>" with "Write a note" and "Not now";
    /// ignored when the suggestion has no reason.
    void suggest(const kotva::NoteSuggestion& suggestion);
    /// Empties the editor for a new note, linked to a contact when `contactReference` is set.
    void startNewNote(const QString& contactReference = {},
                      kotva::NoteTopic topic = kotva::NoteTopic::Difficult,
                      kotva::SharingLevel sharing = kotva::SharingLevel::Private);

private:
    QWidget* buildBanner();
    QWidget* buildList();
    void save();
    void removeCurrent();
    void showSelected();
    void applyFilter();
    void selectNote(NoteId id);
    /// True when the editor may show something else: nothing typed would be lost, or the
    /// worker agreed to discard it.
    [[nodiscard]] bool mayLeaveEditor();
    [[nodiscard]] int recordMonths() const;

    const Analyzer& m_analyzer;
    SupervisionService& m_service;
    AccessLog& m_accessLog;
    const Clock& m_clock;
    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter* m_prompter = nullptr;
    NoteSuggestion m_suggestion;

    SupervisionNoteModel* m_model = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_newNote = nullptr;
    QPushButton* m_individualList = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    InlineMessage* m_listMessage = nullptr;
    NoteEditor* m_editor = nullptr;
};

} // namespace kotva
