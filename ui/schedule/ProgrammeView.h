#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/schedule/MonthSchedule.h"
#include "core/schedule/Programme.h"

#include <QWidget>

class QAction;
class QLabel;
class QPrinter;
class QTableView;
class QToolBar;
class QToolButton;

namespace kotva {

class MonthOccurrenceModel;
class Vault;

/// The coordinator's programme pane: a month navigator, the month's events (holidays and
/// cancellations visible), the on-call rota, and the outputs — print with preview, PDF,
/// iCalendar, and the text for a group chat. The programme comes from a JSON file or from
/// the caller (setProgramme); one-off cancellations and changes are made in a small dialog.
///
/// Entry point for the main window: `new ProgrammeView(parent)`, then `setVault(&vault)` while
/// the vault is unlocked (the pane must not outlive it), or `loadFile(path)` /
/// `setProgramme(programme)` without a vault. Every action also has a method that takes the path,
/// so tests and other callers never go through file dialogs.
class ProgrammeView final : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammeView(QWidget* parent = nullptr, const Clock& clock = Clock::system());
    ~ProgrammeView() override;
    Q_DISABLE_COPY_MOVE(ProgrammeView)

    /// Shows `programme`; the month shown stays (or is today's month the first time).
    void setProgramme(const Programme& programme);
    [[nodiscard]] const Programme& programme() const { return m_programme; }
    [[nodiscard]] bool hasProgramme() const { return m_hasProgramme; }
    /// Loads a programme file (ProgrammeJson); errors and warnings are also shown in the pane.
    Status loadFile(const QString& path);
    /// Saves the programme, with the cancellations and changes made here, as JSON.
    Status saveFile(const QString& path);

    /// Attaches the unlocked vault (core ProgrammeRepository): loads the programme stored there,
    /// if any, and enables "Save to vault". Pass nullptr when the vault locks or closes.
    /// The view does not own the vault.
    void setVault(Vault* vault);
    /// Loads the programme stored in the vault; NotFound when none was saved yet.
    Status loadFromVault();
    /// Stores the programme, with the edits made here, in the vault.
    Status saveToVault();

    void showMonth(int year, int month);
    void showPreviousMonth();
    void showNextMonth();
    /// The month of today in Prague (by the injected clock).
    void showCurrentMonth();
    [[nodiscard]] const MonthSchedule& currentMonth() const { return m_month; }
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

    /// What the pane says at the moment (an error, the load warnings, "copied"); for tests.
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString monthTitleText() const;
    [[nodiscard]] QString rotaText() const;

Q_SIGNALS:
    /// The programme was loaded or edited (e.g. so the main window can save it to the vault).
    void programmeChanged();
    void monthShown(int year, int month);

private:
    void buildActions();
    void buildLayout();
    void rebuildMonth();
    void updateActions();
    void showError(const Error& error);
    void showInfo(const QString& text);
    /// Applies an edited programme when it stays usable, else reports the first error.
    Status applyEdit(Programme edited);

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
    Programme m_programme;
    bool m_hasProgramme = false;
    MonthSchedule m_month;
    QString m_lastFolder;
    Vault* m_vault = nullptr;

    MonthOccurrenceModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLabel* m_monthTitle = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_rota = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_vaultLoadAction = nullptr;
    QAction* m_vaultSaveAction = nullptr;
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
