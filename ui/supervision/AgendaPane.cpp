#include "ui/supervision/AgendaPane.h"

#include "core/schedule/WorkingDays.h"
#include "core/vaultsession/VaultSession.h"
#include "ui/shell/DateText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"
#include "ui/stats/FigureLabels.h"
#include "ui/supervision/AgendaExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kotva {

namespace {

constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int MonthsOffered = 12;

QDate pragueToday(const Clock& clock)
{
    return clock.nowUtc().toTimeZone(WorkingDays::pragueZone()).date();
}

} // namespace

AgendaPane::AgendaPane(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_arranges(session.access().allows(Capability::TeamAgenda))
    , m_lastFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
    setObjectName(QStringLiteral("agendaPane"));
    m_message = new InlineMessage(this);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("agendaTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Item"), tr("Shared by"), tr("Contact"), tr("Discussed")});
    m_tree->setAccessibleName(tr("The agenda by kind"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    // The one person of a vault that is not a team shares with nobody but themselves.
    m_tree->setColumnHidden(1, !session.access().actor().isTeamMember());
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &AgendaPane::showSelected);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    QWidget* addRow = buildAddRow();
    addRow->setVisible(m_arranges);
    leftLayout->addWidget(addRow);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(buildHeader());
    m_dateNote = new QLabel;
    m_dateNote->setObjectName(QStringLiteral("agendaDateNote"));
    m_dateNote->setWordWrap(true);
    layout->addWidget(m_dateNote);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    // A hidden pane reads its agenda when it is shown (showEvent), not at every unlock.
    connect(&session, &VaultSession::purged, this, [this](const PurgeReport& report) {
        if (isVisible() && report.recordsRemoved > 0)
            reload();
    });
}

QWidget* AgendaPane::buildHeader()
{
    auto* header = new QWidget;
    auto* title = new QLabel(tr("Team supervision"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    title->setFont(bold);

    auto* monthLabel = new QLabel(tr("&Month:"));
    m_month = new QComboBox;
    m_month->setObjectName(QStringLiteral("agendaMonth"));
    const QDate today = pragueToday(m_session.clock());
    const QDate current(today.year(), today.month(), 1);
    for (int i = 0; i < MonthsOffered; ++i) {
        const QDate month = current.addMonths(-i);
        m_month->addItem(figurelabels::monthLabel(month), month);
    }
    monthLabel->setBuddy(m_month);
    connect(m_month, &QComboBox::currentIndexChanged, this, &AgendaPane::reload);

    m_pdf = new QPushButton(tr("Save as PDF…"));
    m_pdf->setObjectName(QStringLiteral("agendaPdf"));
    connect(m_pdf, &QPushButton::clicked, this, &AgendaPane::exportPdfDialog);
    m_print = new QPushButton(tr("Print…"));
    m_print->setObjectName(QStringLiteral("agendaPrint"));
    connect(m_print, &QPushButton::clicked, this, &AgendaPane::printDialog);
    m_accessLogButton = new QPushButton(tr("Access &log…"));
    m_accessLogButton->setObjectName(QStringLiteral("agendaAccessLog"));
    m_accessLogButton->setToolTip(tr("Who unlocked the vault and who opened or printed what was "
                                     "shared for supervision, and when. No content."));
    connect(m_accessLogButton, &QPushButton::clicked, this, &AgendaPane::showAccessLog);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(title);
    row->addStretch(1);
    row->addWidget(monthLabel);
    row->addWidget(m_month);
    row->addSpacing(12);
    row->addWidget(m_pdf);
    row->addWidget(m_print);
    row->addWidget(m_accessLogButton);
    for (QPushButton* button : {m_pdf, m_print, m_accessLogButton})
        button->setVisible(m_arranges);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(shell::note(
        tr("The notes workers shared for team supervision in the month, by kind. The printed "
           "agenda ends with the month's figures, where one or two read \u201c< 3\u201d."),
        header));
    return header;
}

QWidget* AgendaPane::buildDetail()
{
    auto* box = new QGroupBox(tr("The chosen item"));
    m_itemText = new QLabel;
    m_itemText->setObjectName(QStringLiteral("agendaItemText"));
    m_itemText->setWordWrap(true);
    m_itemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itemText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_itemSource = shell::note({}, box);

    m_discussed = new QCheckBox(tr("&Discussed"));
    m_discussed->setObjectName(QStringLiteral("agendaDiscussed"));
    m_agreed = new QPlainTextEdit;
    m_agreed->setObjectName(QStringLiteral("agendaAgreed"));
    m_agreed->setPlaceholderText(tr("What the team agreed, in a sentence or two (no names: "
                                    "they are removed before saving)"));
    m_agreed->setTabChangesFocus(true);
    m_agreed->setReadOnly(!m_arranges);
    auto* agreedLabel = new QLabel(tr("What was &agreed:"));
    agreedLabel->setBuddy(m_agreed);
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("agendaSave"));
    connect(m_save, &QPushButton::clicked, this, &AgendaPane::saveDiscussed);

    m_up = new QPushButton(tr("Move &up"));
    m_up->setObjectName(QStringLiteral("agendaUp"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    m_down = new QPushButton(tr("Move do&wn"));
    m_down->setObjectName(QStringLiteral("agendaDown"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setObjectName(QStringLiteral("agendaRemove"));
    m_remove->setToolTip(tr("Only items the team lead added can be removed; a shared note "
                            "stays while its author shares it."));
    connect(m_remove, &QPushButton::clicked, this, &AgendaPane::removeSelected);

    auto* moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch(1);
    moves->addWidget(m_remove);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_itemText);
    layout->addWidget(m_itemSource);
    layout->addLayout(moves);
    layout->addSpacing(8);
    layout->addWidget(m_discussed);
    layout->addWidget(agreedLabel);
    layout->addWidget(m_agreed, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);
    // A peer worker sees what was discussed and agreed, not the team lead's tools.
    for (QPushButton* button : {m_up, m_down, m_remove, m_save})
        button->setVisible(m_arranges);
    return box;
}

QWidget* AgendaPane::buildAddRow()
{
    auto* row = new QWidget;
    m_newTopic = new QComboBox;
    m_newTopic->setObjectName(QStringLiteral("agendaNewTopic"));
    for (NoteTopic topic : allNoteTopics())
        m_newTopic->addItem(noteTopicLabel(topic), int(topic));
    m_newText = new QLineEdit;
    m_newText->setObjectName(QStringLiteral("agendaNewText"));
    m_newText->setPlaceholderText(tr("A theme for the team, without names"));
    m_newText->setMaxLength(int(SupervisionAgenda::MaxItemLength));
    m_add = new QPushButton(tr("Add &item"));
    m_add->setObjectName(QStringLiteral("agendaAdd"));
    connect(m_add, &QPushButton::clicked, this, &AgendaPane::addItem);
    connect(m_newText, &QLineEdit::returnPressed, this, &AgendaPane::addItem);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_newTopic);
    layout->addWidget(m_newText, 1);
    layout->addWidget(m_add);
    return row;
}

void AgendaPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Workers share notes from the other pane: what is shown is read when the pane comes up.
    reload();
}

void AgendaPane::showMonth(const QDate& day)
{
    const int index = m_month->findData(QDate(day.year(), day.month(), 1));
    if (index >= 0)
        m_month->setCurrentIndex(index); // reloads
}

void AgendaPane::reload()
{
    const AgendaItem* current = selected();
    const AgendaItemId keep = current ? current->id : 0;
    const Result<SupervisionAgendaMonth> read =
        m_session.agenda().month(m_month->currentData().toDate());
    if (!read) {
        m_message->showError(read.error().message);
        return;
    }
    m_agenda = *read;
    // Opening the notes shared for team supervision is logged once per month shown.
    if (isVisible() && !m_loggedMonths.contains(m_agenda.month)) {
        m_loggedMonths.insert(m_agenda.month);
        (void)m_session.accessLog().record(AccessAction::OpenedTeamAgenda,
                                           m_agenda.month.toString(QStringLiteral("yyyy-MM")));
    }
    fillTree();
    showDates();
    if (keep)
        selectItem(keep);
    if (m_agenda.items.isEmpty())
        m_message->setMessage(InlineMessage::Kind::Information,
                              (m_arranges ? tr("No note was shared for team supervision in %1 "
                                               "yet. Items can be added below.")
                                          : tr("No note was shared for team supervision in %1 "
                                               "yet."))
                                  .arg(figurelabels::monthLabel(m_agenda.month)));
    else if (m_message->kind() == InlineMessage::Kind::Information)
        m_message->clear();
}

void AgendaPane::showDates()
{
    QStringList dates;
    for (const Occurrence& date : m_session.supervisionDates(m_agenda.month))
        if (date.supervision == SupervisionKind::Team)
            dates << tr("%1 at %2")
                         .arg(QLocale().toString(date.date, QStringLiteral("d. M.")),
                              QLocale().toString(date.start, QLocale::ShortFormat));
    if (dates.isEmpty()) {
        m_dateNote->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        m_dateNote->setText(tr("The group programme has no team supervision in %1. Add the date "
                               "there as an internal event: the team sees it, the public "
                               "programme never does.")
                                .arg(figurelabels::monthLabel(m_agenda.month)));
        return;
    }
    m_dateNote->setStyleSheet({});
    m_dateNote->setText(tr("Team supervision: %1").arg(dates.join(QStringLiteral(", "))));
}

void AgendaPane::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (NoteTopic topic : allNoteTopics()) {
        const QList<AgendaItem> items = m_agenda.itemsOf(topic);
        if (items.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree, {noteTopicLabel(topic)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const AgendaItem& item : items) {
            auto* row = new QTreeWidgetItem(group, {item.text.simplified(), sharedBy(item),
                                                    item.contactReference,
                                                    item.discussed ? tr("yes") : QString()});
            row->setData(0, ItemIdRole, item.id);
            row->setToolTip(0, item.text);
        }
        group->setExpanded(true);
    }
    showSelected();
}

const AgendaItem* AgendaPane::selected() const
{
    const QTreeWidgetItem* current = m_tree ? m_tree->currentItem() : nullptr;
    if (!current || !current->data(0, ItemIdRole).isValid())
        return nullptr;
    const AgendaItemId id = current->data(0, ItemIdRole).toLongLong();
    for (const AgendaItem& item : m_agenda.items)
        if (item.id == id)
            return &item;
    return nullptr;
}

void AgendaPane::selectItem(AgendaItemId id)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, ItemIdRole).toLongLong() == id) {
                m_tree->setCurrentItem(group->child(i));
                return;
            }
    }
}

void AgendaPane::showSelected()
{
    const AgendaItem* item = selected();
    for (QWidget* w : std::initializer_list<QWidget*>{m_discussed, m_save, m_up, m_down})
        w->setEnabled(item != nullptr && m_arranges);
    m_agreed->setEnabled(item != nullptr);
    m_remove->setEnabled(item && !item->noteId && m_arranges);
    m_pdf->setEnabled(true);
    if (!item) {
        m_itemText->setText(m_arranges ? tr("Choose an item to mark it discussed or to move it.")
                                       : tr("Choose an item to read it and what was agreed."));
        m_itemSource->clear();
        m_discussed->setChecked(false);
        m_agreed->clear();
        return;
    }
    m_itemText->setText(item->text);
    QString source = !item->noteId ? tr("Added by the team lead")
                     : !item->author.isEmpty()
                         ? tr("A note %1 shared for team supervision").arg(item->author)
                     : item->anonymous ? tr("A note shared for team supervision anonymously")
                                       : tr("A note shared for team supervision");
    if (!item->contactReference.isEmpty())
        source += tr(" · contact %1").arg(item->contactReference);
    m_itemSource->setText(source);
    m_discussed->setChecked(item->discussed);
    m_agreed->setPlainText(item->agreed);
}

QString AgendaPane::sharedBy(const AgendaItem& item)
{
    if (!item.noteId)
        return tr("team lead");
    return item.anonymous ? tr("anonymously") : item.author;
}

bool AgendaPane::report(const Status& status)
{
    if (status)
        return true;
    m_message->showError(status.error().message);
    return false;
}

void AgendaPane::saveDiscussed()
{
    const AgendaItem* item = selected();
    if (!item)
        return;
    const AgendaItemId id = item->id;
    if (!report(
            m_session.agenda().setDiscussed(id, m_discussed->isChecked(), m_agreed->toPlainText())))
        return;
    reload();
    selectItem(id);
    m_message->setMessage(InlineMessage::Kind::Success, tr("Saved."));
}

void AgendaPane::moveSelected(int steps)
{
    const AgendaItem* item = selected();
    if (!item)
        return;
    const AgendaItemId id = item->id;
    if (report(m_session.agenda().move(id, steps))) {
        reload();
        selectItem(id);
    }
}

void AgendaPane::removeSelected()
{
    const AgendaItem* item = selected();
    if (!item)
        return;
    if (report(m_session.agenda().removeItem(item->id)))
        reload();
}

void AgendaPane::addItem()
{
    const Result<AgendaItem> added = m_session.agenda().addItem(
        m_agenda.month, NoteTopic(m_newTopic->currentData().toInt()), m_newText->text());
    if (!added) {
        m_message->showError(added.error().message);
        return;
    }
    m_newText->clear();
    reload();
    selectItem(added->id);
}

Status AgendaPane::exportPdf(const QString& path)
{
    const Result<MonthlyFigures> figures = m_session.monthlyFigures(m_agenda.month, 1);
    if (!figures) {
        m_message->showError(figures.error().message);
        return std::unexpected(figures.error());
    }
    const Status saved =
        AgendaExport::writePdf(m_agenda, *figures, pragueToday(m_session.clock()), path);
    if (saved)
        (void)m_session.accessLog().record(AccessAction::SavedTeamAgenda,
                                           m_agenda.month.toString(QStringLiteral("yyyy-MM")));
    if (report(saved))
        m_message->setMessage(InlineMessage::Kind::Success,
                              tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return saved;
}

void AgendaPane::showAccessLog()
{
    const Result<QList<AccessEntry>> entries = m_session.accessLog().entries();
    if (!entries) {
        m_message->showError(entries.error().message);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Access log"));
    auto* table = new QTableWidget(int(entries->size()), 3, &dialog);
    table->setObjectName(QStringLiteral("accessLogTable"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < entries->size(); ++row) {
        const AccessEntry& entry = entries->at(row);
        QString what = accessActionLabel(entry.action);
        if (!entry.detail.isEmpty())
            what += QStringLiteral(" (%1)").arg(figurelabels::monthLabel(
                QDate::fromString(entry.detail + QStringLiteral("-01"), Qt::ISODate)));
        table->setItem(row, 0, new QTableWidgetItem(shell::dateTimeText(entry.atUtc)));
        table->setItem(
            row, 1,
            new QTableWidgetItem(entry.member.isEmpty() ? tr("the vault's user") : entry.member));
        table->setItem(row, 2, new QTableWidgetItem(what));
    }
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(shell::paragraph(tr("No content is logged, only who did what and when. "
                                          "The log expires with the records."),
                                       &dialog));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(640, 420);
    dialog.exec();
}

void AgendaPane::exportPdfDialog()
{
    const QString suggested =
        tr("team-supervision-%1.pdf").arg(m_agenda.month.toString(QStringLiteral("yyyy-MM")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the agenda as PDF"),
                                     QDir(m_lastFolder).filePath(suggested), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (void)exportPdf(path);
}

void AgendaPane::printDialog()
{
    const Result<MonthlyFigures> figures = m_session.monthlyFigures(m_agenda.month, 1);
    if (!figures) {
        m_message->showError(figures.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status printed =
        AgendaExport::print(m_agenda, *figures, pragueToday(m_session.clock()), printer);
    if (printed)
        (void)m_session.accessLog().record(AccessAction::SavedTeamAgenda,
                                           m_agenda.month.toString(QStringLiteral("yyyy-MM")));
    (void)report(printed);
}

} // namespace kotva
