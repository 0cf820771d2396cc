#include "ui/schedule/ProgrammeView.h"

#include "core/schedule/MonthText.h"
#include "core/schedule/ProgrammeJson.h"
#include "render/MonthRows.h"
#include "render/ProgrammePdfExporter.h"
#include "ui/schedule/MonthExports.h"
#include "ui/schedule/MonthOccurrenceModel.h"
#include "ui/schedule/OccurrenceEditDialog.h"
#include "ui/schedule/ProgrammeEditorDialog.h"
#include "ui/shell/ShareableCopy.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kotva {

namespace {

QToolButton* navigationButton(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ProgrammeView::ProgrammeView(QWidget* parent, const Clock& clock)
    : ProgrammeView(*new ProgrammeService, parent, clock)
{
    m_service->setParent(this); // its own, in memory: destroyed with the pane
}

ProgrammeView::ProgrammeView(ProgrammeService& service, QWidget* parent, const Clock& clock)
    : QWidget(parent)
    , m_clock(clock)
    , m_service(&service)
    , m_model(new MonthOccurrenceModel(this))
{
    buildActions();
    buildLayout();
    showCurrentMonth();
    connect(m_service, &ProgrammeService::programmeChanged, this,
            &ProgrammeView::programmeReplaced);
    if (const std::optional<Error>& error = m_service->loadError())
        showError(*error);
    else if (!m_service->hasProgramme() && m_service->storesInVault())
        // Nothing stored yet is the normal start: the coordinator opens or creates one.
        showInfo(tr("No programme is stored in the vault yet. Create one with New programme or "
                    "open a programme file; every change made here is then kept in the vault."));
}

ProgrammeView::~ProgrammeView() = default;

void ProgrammeView::buildActions()
{
    const auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New programme\u2026"), {}, &ProgrammeView::newProgramme);
    m_newAction->setToolTip(tr("Create the group programme here, without a file"));
    m_newAction->setObjectName(QStringLiteral("newProgrammeAction"));
    m_editAction = make(tr("&Edit programme\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        &ProgrammeView::editProgramme);
    m_editAction->setToolTip(tr("Organisation, activities and their dates, leads, on-call rota"));
    m_editAction->setObjectName(QStringLiteral("editProgrammeAction"));
    m_openAction =
        make(tr("&Open programme\u2026"), QKeySequence::Open, &ProgrammeView::openFileDialog);
    m_saveAction =
        make(tr("&Save programme as\u2026"), QKeySequence::SaveAs, &ProgrammeView::saveFileDialog);
    m_undoAction = make(tr("&Undo"), QKeySequence::Undo, [this] { (void)undo(); });
    m_printAction = make(tr("&Print\u2026"), QKeySequence::Print, &ProgrammeView::printDialog);
    m_previewAction = make(tr("Print pre&view\u2026"), {}, &ProgrammeView::previewDialog);
    m_pdfAction = make(tr("Export P&DF\u2026"), {}, &ProgrammeView::exportPdfDialog);
    m_icsAction = make(tr("Export &iCalendar\u2026"), {}, &ProgrammeView::exportICalendarDialog);
    m_copyAction = make(tr("&Copy as text"), {}, &ProgrammeView::copyText);
    m_copyAction->setToolTip(tr("Copy the month as text for a group chat or a social-media post"));
    m_cancelAction = make(tr("Cance&l occurrence\u2026"), {}, [this] { editSelected(true); });
    m_changeAction = make(tr("C&hange occurrence\u2026"), {}, [this] { editSelected(false); });
    m_restoreAction = make(tr("&Restore occurrence"), {}, &ProgrammeView::restoreSelected);
    m_previousAction = make(tr("\u25c0 Previous month"), QKeySequence(Qt::ALT | Qt::Key_PageUp),
                            &ProgrammeView::showPreviousMonth);
    m_nextAction = make(tr("Next month \u25b6"), QKeySequence(Qt::ALT | Qt::Key_PageDown),
                        &ProgrammeView::showNextMonth);
    m_todayAction = make(tr("This month"), QKeySequence(Qt::ALT | Qt::Key_Home),
                         &ProgrammeView::showCurrentMonth);
}

void ProgrammeView::buildLayout()
{
    auto* layout = new QVBoxLayout(this);

    m_toolBar = new QToolBar(tr("Programme"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_printAction);
    m_toolBar->addAction(m_previewAction);
    m_toolBar->addAction(m_pdfAction);
    m_toolBar->addAction(m_icsAction);
    m_toolBar->addAction(m_copyAction);
    layout->addWidget(m_toolBar);
    // The edits of one occurrence have their own row, so a narrow window never hides them in
    // the toolbar's overflow menu.
    m_occurrenceBar = new QToolBar(tr("Occurrence"), this);
    m_occurrenceBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_occurrenceBar->addAction(m_cancelAction);
    m_occurrenceBar->addAction(m_changeAction);
    m_occurrenceBar->addAction(m_restoreAction);
    m_occurrenceBar->addSeparator();
    m_occurrenceBar->addAction(m_undoAction);
    layout->addWidget(m_occurrenceBar);

    auto* navigator = new QHBoxLayout;
    navigator->addWidget(navigationButton(m_previousAction, this));
    m_monthTitle = new QLabel(this);
    m_monthTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_monthTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_monthTitle->setFont(titleFont);
    navigator->addWidget(m_monthTitle, 1);
    navigator->addWidget(navigationButton(m_nextAction, this));
    navigator->addWidget(navigationButton(m_todayAction, this));
    layout->addLayout(navigator);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(MonthOccurrenceModel::VenueColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Events of the month"));
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgrammeView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { editSelected(false); });

    m_rota = new QLabel(this);
    m_rota->setWordWrap(true);
    m_rota->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_rota);
}

void ProgrammeView::setProgramme(const Programme& programme)
{
    m_message->hide();
    (void)reported(m_service->replace(programme));
}

void ProgrammeView::programmeReplaced()
{
    const int row = selectedRow();
    rebuildMonth();
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
    Q_EMIT programmeChanged();
}

Status ProgrammeView::loadFile(const QString& path)
{
    Result<LoadedProgramme> loaded = ProgrammeJson::loadFile(path);
    if (!loaded) {
        showError(loaded.error());
        return std::unexpected(loaded.error());
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    if (const ProgrammeService::Replacement replacement =
            m_service->replacementOf(loaded->programme);
        replacement.needsConfirmation() &&
        !askToReplace(replacement, tr("Replace the current programme with the one in the file?"))) {
        showInfo(tr("The programme was not replaced; nothing has changed."));
        return {};
    }
    m_message->hide();
    if (Status replaced = reported(m_service->replace(loaded->programme)); !replaced)
        return replaced;
    if (!loaded->warnings.isEmpty()) {
        QStringList lines;
        for (const ValidationIssue& warning : loaded->warnings)
            lines << warning.message;
        showInfo(tr("The programme has warnings:") + u'\n' + lines.join(u'\n'));
    }
    return {};
}

bool ProgrammeView::askToReplace(const ProgrammeService::Replacement& replacement,
                                 const QString& question)
{
    if (m_replaceQuestion)
        return m_replaceQuestion(replacement);
    QString text = question;
    if (const QStringList losses = replacement.losses(); !losses.isEmpty())
        text += u'\n' + tr("This would be lost:") + QStringLiteral("\n\u2022 ") +
                losses.join(QStringLiteral("\n\u2022 "));
    return QMessageBox::question(this, tr("Replace the programme"), text,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void ProgrammeView::newProgramme()
{
    if (const ProgrammeService::Replacement replacement = m_service->replacementOf(Programme{});
        replacement.needsConfirmation() &&
        !askToReplace(replacement,
                      tr("Start a new, empty programme? The current one is replaced when you "
                         "press OK in the editor.")))
        return;
    openEditor(Programme{}, true);
}

void ProgrammeView::editProgramme()
{
    if (hasProgramme())
        openEditor(programme(), false);
}

ProgrammeEditorDialog* ProgrammeView::editor() const
{
    return m_editor.data();
}

void ProgrammeView::openEditor(const Programme& start, bool replacing)
{
    if (m_editor) {
        m_editor->raise();
        return;
    }
    m_editor = new ProgrammeEditorDialog(start, this, m_clock);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setWindowModality(Qt::WindowModal);
    connect(m_editor, &QDialog::accepted, this, [this, replacing] {
        const Programme edited = m_editor->programme();
        m_message->hide();
        (void)reported(replacing ? m_service->replace(edited) : m_service->edit(edited));
    });
    m_editor->open();
}

Status ProgrammeView::saveFile(const QString& path)
{
    if (Status saved = ProgrammeJson::saveFile(programme(), path); !saved) {
        showError(saved.error());
        return saved;
    }
    showInfo(tr("The programme was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ProgrammeView::showMonth(int year, int month)
{
    if (!QDate(year, month, 1).isValid())
        return;
    m_month.year = year;
    m_month.month = month;
    rebuildMonth();
    Q_EMIT monthShown(year, month);
}

void ProgrammeView::showPreviousMonth()
{
    const QDate previous = m_month.firstDay().addMonths(-1);
    showMonth(previous.year(), previous.month());
}

void ProgrammeView::showNextMonth()
{
    const QDate next = m_month.firstDay().addMonths(1);
    showMonth(next.year(), next.month());
}

void ProgrammeView::showCurrentMonth()
{
    const QDate today =
        m_clock.nowUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Prague"))).date();
    showMonth(today.year(), today.month());
}

void ProgrammeView::rebuildMonth()
{
    const int year = m_month.year;
    const int month = m_month.month;
    if (hasProgramme()) {
        m_month = MonthSchedule::build(programme(), year, month);
        m_teamMonth = MonthSchedule::build(programme(), year, month, MonthSchedule::Audience::Team);
    } else {
        // Without a programme the month still shows its public holidays.
        m_month = MonthSchedule{};
        m_month.year = year;
        m_month.month = month;
        m_month.holidays = CzechHolidays::ofMonth(year, month);
        m_teamMonth = m_month;
    }
    m_model->setMonth(m_teamMonth);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_monthTitle->setText(m_month.title());

    QStringList lines;
    if (!m_month.holidays.isEmpty())
        lines << tr("Public holidays: %1").arg(MonthRows::holidaysText(m_month));
    if (!m_month.rota.isEmpty()) {
        QStringList weeks;
        for (const RotaWeek& week : m_month.rota)
            weeks << MonthRows::rotaWeekText(week) + QStringLiteral(": ") +
                         (week.peer.isEmpty() ? tr("nobody") : week.peer);
        lines << MonthRows::rotaHeading(m_month) + QStringLiteral(" \u2014 ") +
                     weeks.join(QStringLiteral("; "));
    }
    m_rota->setText(lines.join(u'\n'));
    m_rota->setVisible(!lines.isEmpty());
    updateActions();
}

int ProgrammeView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ProgrammeView::updateActions()
{
    const int row = selectedRow();
    const MonthRow* selected = row >= 0 ? &m_model->rowAt(row) : nullptr;
    const bool hasOccurrence = selected && selected->occurrence.has_value();
    for (QAction* action :
         {m_saveAction, m_printAction, m_previewAction, m_pdfAction, m_icsAction, m_copyAction})
        action->setEnabled(hasProgramme());
    m_editAction->setEnabled(hasProgramme());
    m_cancelAction->setEnabled(hasOccurrence && !selected->isCancelled());
    m_changeAction->setEnabled(hasOccurrence && !selected->isCancelled());
    const bool edited =
        hasOccurrence && (selected->occurrence->status == Occurrence::Status::Changed ||
                          selected->occurrence->cancelledBy == Occurrence::CancelledBy::Manual);
    m_restoreAction->setEnabled(edited);
    m_undoAction->setEnabled(m_service->canUndo());
    m_undoAction->setText(m_service->canUndo() ? tr("&Undo %1").arg(m_service->undoText())
                                               : tr("&Undo"));
}

void ProgrammeView::showError(const Error& error)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde2e1; color: #5c0b07; }"));
    m_message->setText(error.message);
    m_message->show();
}

void ProgrammeView::showInfo(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #e3eefa; color: #0b2a4a; }"));
    m_message->setText(text);
    m_message->show();
}

QString ProgrammeView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ProgrammeView::monthTitleText() const
{
    return m_monthTitle->text();
}

QString ProgrammeView::rotaText() const
{
    return m_rota->text();
}

Status ProgrammeView::exportPdf(const QString& path)
{
    if (Status written = exportMonthPdf(m_month, path); !written) {
        showError(written.error());
        return written;
    }
    showInfo(tr("The PDF was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

Status ProgrammeView::exportICalendar(const QString& path)
{
    if (Status written = MonthExports::writeICalendar(m_month, path, m_clock.nowUtc()); !written) {
        showError(written.error());
        return written;
    }
    showInfo(tr("The calendar was saved to %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void ProgrammeView::copyText()
{
    // The public programme: not cleared like client text copied out of Kotva.
    shell::copyShareable(MonthText::format(m_month));
    showInfo(tr("The programme of %1 was copied as text; paste it into the group chat or "
                "a post.")
                 .arg(m_month.title()));
}

Status ProgrammeView::print(QPrinter& printer)
{
    if (Status printed = MonthExports::print(m_month, printer); !printed) {
        showError(printed.error());
        return printed;
    }
    return {};
}

Status ProgrammeView::reported(Status status)
{
    if (!status)
        showError(status.error());
    return status;
}

Status ProgrammeView::cancelOccurrence(const QString& activityId, const QDate& date,
                                       const QString& reason)
{
    return reported(m_service->cancelOccurrence(activityId, date, reason));
}

Status ProgrammeView::changeOccurrence(const OccurrenceChange& change)
{
    return reported(m_service->changeOccurrence(change));
}

void ProgrammeView::restoreOccurrence(const QString& activityId, const QDate& date)
{
    (void)reported(m_service->restoreOccurrence(activityId, date));
}

Status ProgrammeView::undo()
{
    return reported(m_service->undo());
}

void ProgrammeView::editSelected(bool cancel)
{
    const int row = selectedRow();
    if (row < 0 || !m_model->rowAt(row).occurrence || m_model->rowAt(row).isCancelled())
        return;
    const Occurrence occurrence = *m_model->rowAt(row).occurrence;
    OccurrenceEditDialog dialog(cancel ? OccurrenceEditDialog::Mode::Cancel
                                       : OccurrenceEditDialog::Mode::Change,
                                occurrence, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (cancel)
        (void)cancelOccurrence(occurrence.activityId, occurrence.date, dialog.reason());
    else
        (void)changeOccurrence(dialog.change());
}

void ProgrammeView::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->rowAt(row).occurrence)
        return;
    const Occurrence& occurrence = *m_model->rowAt(row).occurrence;
    restoreOccurrence(occurrence.activityId, occurrence.date);
}

QString ProgrammeView::suggestedFileName(const QString& suffix) const
{
    const QString folder = m_lastFolder.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : m_lastFolder;
    // "program-2026-12.pdf": the month in the name keeps a folder of months in order.
    return QDir(folder).filePath(QStringLiteral("program-%1-%2.%3")
                                     .arg(m_month.year)
                                     .arg(m_month.month, 2, 10, QLatin1Char('0'))
                                     .arg(suffix));
}

void ProgrammeView::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a programme"), m_lastFolder,
                                                      tr("Programme (*.json);;All files (*)"));
    if (!path.isEmpty())
        (void)loadFile(path);
}

void ProgrammeView::saveFileDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the programme"), QDir(m_lastFolder).filePath(QStringLiteral("program.json")),
        tr("Programme (*.json)"));
    if (!path.isEmpty())
        (void)saveFile(path);
}

void ProgrammeView::printDialog()
{
    if (Result<bool> printed = MonthExports::printWithDialog(m_month, this); !printed)
        showError(printed.error());
}

void ProgrammeView::previewDialog()
{
    MonthExports::preview(m_month, this);
}

void ProgrammeView::exportPdfDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the month as PDF"),
                                     suggestedFileName(QStringLiteral("pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (void)exportPdf(path);
}

void ProgrammeView::exportICalendarDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the month as iCalendar"),
                                                      suggestedFileName(QStringLiteral("ics")),
                                                      tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (void)exportICalendar(path);
}

} // namespace kotva
