#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/schedule/MonthSchedule.h"
#include "core/schedule/Programme.h"
#include "core/schedule/ProgrammeService.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPrinter;
class QTableView;
class QToolBar;
class QToolButton;

namespace kotva {

class MonthOccurrenceModel;
class ProgrammeEditorDialog;

/// The coordinator's programme pane: a month navigator, the month's events (holidays and
/// cancellations visible), the on-call rota, and the outputs — print with preview, PDF,
/// iCalendar, and the text for a group chat. The programme and its edits belong to a
/// ProgrammeService; the pane shows them and asks. Opening a file over a programme asks
/// first and says what would be lost; one-off cancellations and changes are made in a small
/// dialog and can be undone.
///
/// Every action also has a method that takes the path, so tests and other callers never go
/// through file dialogs.
class ProgrammeView final : public QWidget
{
    Q_OBJECT
public:
    /// Answers "replace the current programme?" with what would be lost; true = replace.
    using ReplaceQuestion = std::function<bool(const ProgrammeService::Replacement&)>;

    /// A pane over its own programme in memory (nothing is stored).
    explicit ProgrammeView(QWidget* parent = nullptr, const Clock& clock = Clock::system());
    /// A pane over `service`, which must outlive it (the unlocked vault's programme).
    explicit ProgrammeView(ProgrammeService& service, QWidget* parent = nullptr,
                           const Clock& clock = Clock::system());
    ~ProgrammeView() override;
    Q_DISABLE_COPY_MOVE(ProgrammeView)

    /// Makes `programme` the current one without asking (the caller decided).
    void setProgramme(const Programme& programme);
    [[nodiscard]] const Programme& programme() const { return m_service->programme(); }
    [[nodiscard]] bool hasProgramme() const { return m_service->hasProgramme(); }
    [[nodiscard]] ProgrammeService& service() const { return *m_service; }
    /// Loads a programme file (ProgrammeJson). When a programme is there already and would
    /// lose something, asks first; "no" changes nothing. Errors and warnings are shown.
    Status loadFile(const QString& path);
    /// Saves the programme, with the cancellations and changes made here, as JSON.
    Status saveFile(const QString& path);
    /// Opens the programme editor on an empty programme (asking first when that would replace
    /// one) or on the current one. The dialog is window-modal without a nested event loop;
    /// OK stores the result through the service (undoable).
    void newProgramme();
    void editProgramme();
    /// The editor while it is open, else nullptr.
    [[nodiscard]] ProgrammeEditorDialog* editor() const;
    /// Replaces the question asked before a file replaces the programme (tests answer it).
    void setReplaceQuestion(ReplaceQuestion question) { m_replaceQuestion = std::move(question); }

    void showMonth(int year, int month);
    void showPreviousMonth();
    void showNextMonth();
    /// The month of today in Prague (by the injected clock).
    void showCurrentMonth();
    [[nodiscard]] const MonthSchedule& currentMonth() const { return m_month; }
    /// The month on screen: the public one plus the team's internal supervision dates.
    [[nodiscard]] const MonthSchedule& shownMonth() const { return m_teamMonth; }
    [[nodiscard]] MonthOccurrenceModel* model() const { return m_model; }

    Status exportPdf(const QString& path);
    Status exportICalendar(const QString& path);
    /// Puts the month as chat text (MonthText) on the clipboard.
    void copyText();
    Status print(QPrinter& printer);

    /// Cancels the occurrence of `activityId` on `date` (manual cancellation with a reason).
    Status cancelOccurrence(const QString& activityId, const QDate& date, const QString& reason);
    /// A one-off change of time or venue; replaces an earlier change of the same occurrence.
    Status changeOccurrence(const OccurrenceChange& change);
    /// Removes the manual cancellation and the change of that occurrence, if any.
    void restoreOccurrence(const QString& activityId, const QDate& date);
    /// Takes back the last edit (also Ctrl+Z).
    Status undo();

    /// What the pane says at the moment (an error, the load warnings, "copied"); for tests.
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString monthTitleText() const;
    [[nodiscard]] QString rotaText() const;

Q_SIGNALS:
    /// The programme was loaded, replaced or edited.
    void programmeChanged();
    void monthShown(int year, int month);

private:
    void buildActions();
    void buildLayout();
    void rebuildMonth();
    void updateActions();
    void showError(const Error& error);
    void showInfo(const QString& text);
    /// Reports an edit's failure in the pane; passes the status on.
    Status reported(Status status);
    void programmeReplaced();
    [[nodiscard]] bool askToReplace(const ProgrammeService::Replacement& replacement,
                                    const QString& question);

    void openEditor(const Programme& start, bool replacing);
    void openFileDialog();
    void saveFileDialog();
    void printDialog();
    void previewDialog();
    void exportPdfDialog();
    void exportICalendarDialog();
    void editSelected(bool cancel);
    void restoreSelected();
    [[nodiscard]] int selectedRow() const;
    [[nodiscard]] QString suggestedFileName(const QString& suffix) const;

    const Clock& m_clock;
    ProgrammeService* m_service = nullptr;
    ReplaceQuestion m_replaceQuestion;
    QPointer<ProgrammeEditorDialog> m_editor;
    /// The public month: what is printed, posted, exported and published.
    MonthSchedule m_month;
    /// The month as the team sees it in Kotva: the public one with the supervision dates.
    MonthSchedule m_teamMonth;
    QString m_lastFolder;

    MonthOccurrenceModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolBar* m_occurrenceBar = nullptr;
    QLabel* m_monthTitle = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_rota = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QAction* m_icsAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_changeAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_todayAction = nullptr;
};

} // namespace kotva
