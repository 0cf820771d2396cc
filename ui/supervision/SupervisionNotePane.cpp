#include "ui/supervision/SupervisionNotePane.h"

#include "core/analysis/Analyzer.h"
#include "core/schedule/WorkingDays.h"
#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/Prompter.h"
#include "ui/supervision/AgendaExport.h"
#include "ui/supervision/NoteEditor.h"
#include "ui/supervision/RemovedData.h"
#include "ui/supervision/SupervisionNoteModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

SupervisionNotePane::SupervisionNotePane(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_analyzer(session.analyzer())
    , m_service(session.supervision())
    , m_accessLog(session.accessLog())
    , m_clock(session.clock())
    , m_ownPrompter(std::make_unique<MessageBoxPrompter>())
    , m_prompter(m_ownPrompter.get())
{
    setObjectName(QStringLiteral("supervisionNotePane"));
    setAccessibleName(tr("Supervision notes"));
    m_model = new SupervisionNoteModel(m_service, this);
    connect(&session, &VaultSession::noteSuggested, this, [this](const NoteSuggestion& suggestion) {
        suggest(suggestion);
        Q_EMIT showRequested();
    });
    // Nothing expired stays on screen after the hourly purge.
    connect(&session, &VaultSession::purged, this, [this](const PurgeReport& report) {
        if (report.messagesRemoved > 0 || report.recordsRemoved > 0)
            (void)m_model->reload();
    });

    m_editor = new NoteEditor;
    m_editor->setInTeam(session.access().actor().isTeamMember());
    connect(m_editor, &NoteEditor::saveRequested, this, &SupervisionNotePane::save);
    connect(m_editor, &NoteEditor::deleteRequested, this, &SupervisionNotePane::removeCurrent);
    auto* editorScroll = new QScrollArea;
    editorScroll->setObjectName(QStringLiteral("noteEditorScroll"));
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);

    // List above, editor below; both shrink to fit a 1366×768 screen.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildList());
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildBanner());
    layout->addWidget(splitter, 1);

    if (const Status loaded = m_model->reload(); !loaded)
        m_listMessage->showError(loaded.error().message);
    startNewNote();
}

SupervisionNotePane::~SupervisionNotePane() = default;

Status SupervisionNotePane::exportIndividualList(const QString& path)
{
    Result<QList<SupervisionNote>> notes = m_service.notes(SharingLevel::IndividualSupervision);
    if (!notes) {
        m_listMessage->showError(notes.error().message);
        return std::unexpected(notes.error());
    }
    std::reverse(notes->begin(), notes->end()); // oldest first, as they happened
    const QDate today = m_clock.nowUtc().toTimeZone(WorkingDays::pragueZone()).date();
    const Status saved = AgendaExport::writeIndividualListPdf(*notes, today, path);
    if (saved)
        (void)m_accessLog.record(AccessAction::SavedIndividualList);
    if (!saved)
        m_listMessage->showError(saved.error().message);
    else
        m_listMessage->setMessage(InlineMessage::Kind::Success,
                                  tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return saved;
}

void SupervisionNotePane::setPrompter(Prompter& prompter)
{
    m_prompter = &prompter;
}

int SupervisionNotePane::recordMonths() const
{
    return m_service.recordMonths();
}

QWidget* SupervisionNotePane::buildBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("suggestionBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("QFrame#suggestionBanner { background: #e8f1f8; border: 1px solid #9cc2dc; "
                       "border-radius: 4px; } QFrame#suggestionBanner QLabel { color: #17374d; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("suggestionText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    auto* write = new QPushButton(tr("&Write a note"), m_banner);
    write->setObjectName(QStringLiteral("writeSuggestedNote"));
    auto* notNow = new QPushButton(tr("Not &now"), m_banner);
    notNow->setObjectName(QStringLiteral("dismissSuggestion"));
    connect(write, &QPushButton::clicked, this, [this] {
        if (!mayLeaveEditor())
            return;
        m_banner->hide();
        // The topic follows the reason: a boundary finding alone is a boundary dilemma.
        const NoteTopic topic = m_suggestion.boundary && !m_suggestion.crisis
                                    ? NoteTopic::BoundaryDilemma
                                    : NoteTopic::Difficult;
        const SharingLevel sharing =
            m_suggestion.requested ? SharingLevel::IndividualSupervision : SharingLevel::Private;
        startNewNote(m_suggestion.contactReference, topic, sharing);
        m_editor->textEdit()->setFocus();
    });
    connect(notNow, &QPushButton::clicked, m_banner, &QWidget::hide);

    auto* layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(write);
    layout->addWidget(notNow);
    m_banner->hide();
    return m_banner;
}

QWidget* SupervisionNotePane::buildList()
{
    auto* box = new QWidget(this);
    m_newNote = new QPushButton(tr("&New note"), box);
    m_newNote->setObjectName(QStringLiteral("newNote"));
    connect(m_newNote, &QPushButton::clicked, this, [this] {
        if (!mayLeaveEditor())
            return;
        startNewNote();
        m_editor->textEdit()->setFocus();
    });
    m_filter = new QComboBox(box);
    m_filter->setObjectName(QStringLiteral("sharingFilter"));
    m_filter->addItem(tr("All notes"), -1);
    for (SharingLevel level : allSharingLevels())
        m_filter->addItem(sharingLevelLabel(level), int(level));
    auto* filterLabel = new QLabel(tr("&Show:"), box);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &SupervisionNotePane::applyFilter);

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("noteTable"));
    m_table->setAccessibleName(tr("Supervision notes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // The short columns fit their contents, the note's text takes the rest and is elided:
    // no column is cut off at the right edge and no scroll bar appears.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SupervisionNoteModel::TextColumn,
                                                      QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisionNotePane::showSelected);
    m_listMessage = new InlineMessage(box);
    m_individualList = new QPushButton(tr("For &individual supervision…"), box);
    m_individualList->setObjectName(QStringLiteral("individualSupervisionList"));
    m_individualList->setToolTip(tr("Saves your notes shared for individual supervision as a "
                                    "PDF to print and bring along."));
    connect(m_individualList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the notes for individual supervision"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("individual-supervision.pdf")),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            (void)exportIndividualList(path);
    });

    auto* row = new QHBoxLayout;
    row->addWidget(m_newNote);
    row->addWidget(m_individualList);
    row->addStretch(1);
    row->addWidget(filterLabel);
    row->addWidget(m_filter);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_listMessage);
    layout->addWidget(m_table, 1);
    return box;
}

void SupervisionNotePane::suggest(const NoteSuggestion& suggestion)
{
    if (!suggestion.any())
        return;
    m_suggestion = suggestion;
    m_bannerText->setText(tr("Consider a supervision note: %1").arg(suggestion.reason()));
    m_banner->setAccessibleName(m_bannerText->text());
    m_banner->show();
}

void SupervisionNotePane::startNewNote(const QString& contactReference, NoteTopic topic,
                                       SharingLevel sharing)
{
    m_table->selectionModel()->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    SupervisionNote note;
    note.topic = topic;
    note.sharing = sharing;
    note.contactReference = contactReference;
    m_editor->setNote(note, recordMonths());
}

void SupervisionNotePane::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const SupervisionNote& chosen = m_model->note(current.row());
    if (chosen.id == m_editor->note().id)
        return;
    if (!mayLeaveEditor()) {
        // Back to the note being edited (or to no selection for a new one).
        const NoteId editing = m_editor->note().id;
        QMetaObject::invokeMethod(
            this, [this, editing] { selectNote(editing); }, Qt::QueuedConnection);
        return;
    }
    m_editor->setNote(chosen, recordMonths());
}

void SupervisionNotePane::selectNote(NoteId id)
{
    const int row = m_model->rowOf(id);
    const QSignalBlocker blocker(m_table->selectionModel());
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
        m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
        m_table->viewport()->update();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->viewport()->update();
}

bool SupervisionNotePane::mayLeaveEditor()
{
    if (!m_editor->isModified() || m_editor->textEdit()->toPlainText().trimmed().isEmpty())
        return true;
    return m_prompter->confirm(
        this, Decision{tr("Discard the changes to this note?"),
                       tr("What you wrote since the note was last saved will be lost."), QString(),
                       tr("Discard changes"), true});
}

void SupervisionNotePane::save()
{
    const SupervisionNote typed = m_editor->note();
    const Result<SupervisionNote> stored = m_model->save(typed);
    if (!stored) {
        m_editor->showError(stored.error().message);
        return;
    }
    // The service stored a redacted text; tell the worker what it took out.
    QString removed;
    if (stored->text != typed.text.trimmed())
        removed = supervision_ui::describeRemoved(typed.text,
                                                  m_analyzer.analyze(typed.text, Author::Worker));
    m_editor->showSaved(*stored, removed, recordMonths());
    selectNote(stored->id);
}

void SupervisionNotePane::removeCurrent()
{
    const SupervisionNote note = m_editor->note();
    if (note.id == 0)
        return;
    if (!m_prompter->confirm(this, Decision{tr("Delete this note?"),
                                            tr("The note of %1 will be deleted for good.")
                                                .arg(noteDateTime(note.createdAtUtc)),
                                            QString(), tr("Delete note"), true}))
        return;
    if (const Status removed = m_model->remove(note.id); !removed) {
        m_editor->showError(removed.error().message);
        return;
    }
    startNewNote();
    m_listMessage->setMessage(InlineMessage::Kind::Success, tr("The note was deleted."));
}

void SupervisionNotePane::applyFilter()
{
    const int value = m_filter->currentData().toInt();
    const std::optional<SharingLevel> sharing =
        value < 0 ? std::nullopt : std::optional<SharingLevel>(SharingLevel(value));
    const NoteId editing = m_editor->note().id;
    if (const Status loaded = m_model->setSharingFilter(sharing); !loaded) {
        m_listMessage->showError(loaded.error().message);
        return;
    }
    m_listMessage->clear();
    selectNote(editing);
}

} // namespace kotva
