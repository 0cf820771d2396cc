#include "ui/supervision/IndividualSupervisionPane.h"

#include "core/vaultsession/VaultSession.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"
#include "ui/supervision/SupervisionNoteModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kotva {

namespace {

constexpr int NoteIdRole = Qt::UserRole + 1;

} // namespace

IndividualSupervisionPane::IndividualSupervisionPane(VaultSession& session, QWidget* parent)
    : QWidget(parent)
    , m_notes(session.individualSupervision())
{
    setObjectName(QStringLiteral("individualSupervisionPane"));
    setAccessibleName(tr("Individual supervision"));
    m_message = new InlineMessage(this);

    auto* title = new QLabel(tr("Individual supervision"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    title->setFont(bold);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("individualTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Changed"), tr("Topic"), tr("Contact")});
    m_tree->setAccessibleName(tr("Notes shared for individual supervision, by member"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (selected() != m_opened)
            showClosed();
    });
    // Enter or a double click opens the note, as the button does.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (selected())
            openSelected();
    });

    m_open = new QPushButton(tr("&Read the note"));
    m_open->setObjectName(QStringLiteral("individualOpen"));
    m_open->setToolTip(tr("Shows the note's text; the access log records that you read it."));
    connect(m_open, &QPushButton::clicked, this, &IndividualSupervisionPane::openSelected);

    auto* box = new QGroupBox(tr("The chosen note"));
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("individualHeading"));
    m_heading->setWordWrap(true);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("individualText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_heading);
    boxLayout->addWidget(m_text, 1);
    auto* openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);
    boxLayout->addLayout(openRow);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tree);
    splitter->addWidget(box);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(title);
    layout->addWidget(shell::note(tr("What the team's members shared with you for individual "
                                     "supervision. The list shows no text: read a note when you "
                                     "prepare the member's supervision. Each reading is in the "
                                     "access log, without the note's words."),
                                  this));
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(&session, &VaultSession::purged, this, [this](const PurgeReport& report) {
        if (isVisible() && report.recordsRemoved > 0)
            reload();
    });
    showClosed();
}

void IndividualSupervisionPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Members share notes while the pane waits: the list is read when it comes up.
    reload();
}

void IndividualSupervisionPane::reload()
{
    const auto headings = m_notes.sharedNotes();
    if (!headings) {
        m_message->showError(headings.error().message);
        return;
    }
    m_headings = *headings;
    fillTree();
    if (m_headings.isEmpty())
        m_message->setMessage(InlineMessage::Kind::Information,
                              tr("No member has shared a note for individual supervision."));
    else if (m_message->kind() == InlineMessage::Kind::Information)
        m_message->clear();
}

void IndividualSupervisionPane::fillTree()
{
    const std::optional<NoteId> keep = selected();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    // Newest first, so a member whose note is new comes first.
    QHash<QString, QTreeWidgetItem*> members;
    for (const SharedNoteHeading& heading : std::as_const(m_headings)) {
        QTreeWidgetItem*& member = members[heading.author];
        if (!member) {
            member = new QTreeWidgetItem(m_tree, {heading.author});
            QFont bold = member->font(0);
            bold.setBold(true);
            member->setFont(0, bold);
            member->setFlags(Qt::ItemIsEnabled);
            member->setFirstColumnSpanned(true);
            member->setExpanded(true);
        }
        auto* row =
            new QTreeWidgetItem(member, {noteDate(heading.updatedAtUtc),
                                         noteTopicLabel(heading.topic), heading.contactReference});
        row->setData(0, NoteIdRole, heading.id);
    }
    if (keep)
        selectNote(*keep);
    if (m_opened && selected() != m_opened)
        showClosed();
    m_open->setEnabled(!m_headings.isEmpty());
}

std::optional<NoteId> IndividualSupervisionPane::selected() const
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    if (!current || !current->data(0, NoteIdRole).isValid())
        return std::nullopt;
    return current->data(0, NoteIdRole).toLongLong();
}

void IndividualSupervisionPane::selectNote(NoteId id)
{
    for (int m = 0; m < m_tree->topLevelItemCount(); ++m) {
        QTreeWidgetItem* member = m_tree->topLevelItem(m);
        for (int i = 0; i < member->childCount(); ++i)
            if (member->child(i)->data(0, NoteIdRole).toLongLong() == id) {
                m_tree->setCurrentItem(member->child(i));
                return;
            }
    }
}

void IndividualSupervisionPane::showClosed()
{
    m_opened.reset();
    m_heading->setText(selected() ? tr("The note is not open yet.")
                                  : tr("Choose a note in the list."));
    m_text->clear();
}

void IndividualSupervisionPane::openSelected()
{
    const std::optional<NoteId> id = selected();
    if (!id) {
        m_message->showError(tr("Choose a note in the list first."));
        return;
    }
    const Result<SupervisionNote> note = m_notes.open(*id);
    if (!note) {
        reload(); // the note went: the list says what is still shared
        m_message->showError(note.error().message);
        return;
    }
    m_opened = id;
    QString heading =
        tr("%1 · %2").arg(noteTopicLabel(note->topic), noteDateTime(note->updatedAtUtc));
    if (!note->contactReference.isEmpty())
        heading += tr(" · contact %1").arg(note->contactReference);
    m_heading->setText(heading);
    m_text->setText(note->text);
    if (m_message->kind() != InlineMessage::Kind::Information)
        m_message->clear();
}

} // namespace kotva
