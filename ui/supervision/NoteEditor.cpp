#include "ui/supervision/NoteEditor.h"

#include "ui/shell/InlineMessage.h"
#include "ui/supervision/SupervisionNoteModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace kotva {

NoteEditor::NoteEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noteEditor"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("noteHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("noteTopic"));
    for (NoteTopic topic : allNoteTopics())
        m_topic->addItem(noteTopicLabel(topic), int(topic));
    m_sharing = new QComboBox(this);
    m_sharing->setObjectName(QStringLiteral("noteSharing"));
    for (SharingLevel level : allSharingLevels())
        m_sharing->addItem(sharingLevelLabel(level), int(level));
    m_anonymous = new QCheckBox(tr("On the team agenda &without my name"), this);
    m_anonymous->setObjectName(QStringLiteral("noteAnonymous"));
    m_anonymous->setToolTip(tr("The team lead's agenda shows the note without who shared it."));
    m_anonymous->setVisible(false);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("noteContact"));
    m_reference->setPlaceholderText(tr("e.g. K-4F7Q (optional)"));
    m_reference->setToolTip(tr("Only the contact's anonymous reference, never a name."));
    m_reference->setMaxLength(16);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened in you and in the contact; no names, "
                                  "numbers or addresses (they are removed anyway)."));
    m_text->setMinimumHeight(110);

    m_expiry = new QLabel(this);
    m_expiry->setObjectName(QStringLiteral("noteExpiry"));
    m_expiry->setWordWrap(true);
    m_message = new InlineMessage(this);

    m_save = new QPushButton(tr("&Save note"), this);
    m_save->setObjectName(QStringLiteral("saveNote"));
    m_save->setToolTip(tr("Save the note (Ctrl+S); personal data is removed first"));
    m_delete = new QPushButton(tr("&Delete note…"), this);
    m_delete->setObjectName(QStringLiteral("deleteNote"));
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, m_save, &QPushButton::click);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_message->clear();
        Q_EMIT saveRequested();
    });
    connect(m_delete, &QPushButton::clicked, this, &NoteEditor::deleteRequested);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditor::updateState);
    connect(m_sharing, &QComboBox::currentIndexChanged, this, &NoteEditor::updateState);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("S&haring:"), m_sharing);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("&Contact reference:"), m_reference);
    auto* textLabel = new QLabel(tr("&Note:"), this);
    textLabel->setBuddy(m_text);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_expiry);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setNote(SupervisionNote{}, 12);
}

void NoteEditor::setNote(const SupervisionNote& note, int recordMonths)
{
    m_loaded = note;
    m_topic->setCurrentIndex(m_topic->findData(int(note.topic)));
    m_sharing->setCurrentIndex(m_sharing->findData(int(note.sharing)));
    m_reference->setText(note.contactReference);
    m_anonymous->setChecked(note.anonymousOnAgenda);
    m_text->setPlainText(note.text);
    m_heading->setText(note.id == 0 ? tr("New note")
                                    : tr("Note of %1").arg(noteDateTime(note.createdAtUtc)));
    m_expiry->setText(
        note.id == 0 || !note.expiresAtUtc.isValid()
            ? tr("Kept for %n month(s) after it is written, then deleted.", nullptr, recordMonths)
            : tr("Kotva deletes this note on %1.").arg(noteDate(note.expiresAtUtc)));
    m_message->clear();
    updateState();
}

SupervisionNote NoteEditor::note() const
{
    SupervisionNote n = m_loaded;
    n.topic = NoteTopic(m_topic->currentData().toInt());
    n.sharing = SharingLevel(m_sharing->currentData().toInt());
    n.contactReference = m_reference->text().trimmed();
    n.anonymousOnAgenda = m_inTeam ? m_anonymous->isChecked() : m_loaded.anonymousOnAgenda;
    n.text = m_text->toPlainText();
    return n;
}

bool NoteEditor::isModified() const
{
    const SupervisionNote n = note();
    return n.topic != m_loaded.topic || n.sharing != m_loaded.sharing ||
           n.contactReference != m_loaded.contactReference || n.text != m_loaded.text ||
           n.anonymousOnAgenda != m_loaded.anonymousOnAgenda;
}

void NoteEditor::showSaved(const SupervisionNote& stored, const QString& removed, int recordMonths)
{
    setNote(stored, recordMonths);
    if (removed.isEmpty())
        m_message->setMessage(InlineMessage::Kind::Success, tr("Saved."));
    else
        m_message->setMessage(InlineMessage::Kind::Warning, removed);
}

void NoteEditor::showError(const QString& message)
{
    m_message->showError(message);
}

void NoteEditor::clearMessage()
{
    m_message->clear();
}

void NoteEditor::updateState()
{
    m_save->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    m_delete->setVisible(m_loaded.id != 0);
    // Only the team agenda shows who shared a note.
    m_anonymous->setEnabled(SharingLevel(m_sharing->currentData().toInt()) ==
                            SharingLevel::TeamSupervision);
}

void NoteEditor::setInTeam(bool inTeam)
{
    m_inTeam = inTeam;
    m_anonymous->setVisible(inTeam);
}

} // namespace kotva
