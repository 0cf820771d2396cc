#include "ui/schedule/NameListEditor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

namespace {

QListWidgetItem* nameItem(const QString& name)
{
    auto* item = new QListWidgetItem(name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

} // namespace

NameListEditor::NameListEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
{
    m_name->setPlaceholderText(tr("first name only, e.g. Sára"));
    m_name->setAccessibleName(tr("New name"));
    m_list->setAccessibleName(tr("Names"));
    // Four names fit without scrolling; the list does not grow with the form.
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 4 + 2 * m_list->frameWidth() + 8);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (QPushButton* button : {m_add, m_remove, m_up, m_down})
        button->setAutoDefault(false);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0, Qt::AlignTop);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    layout->addLayout(buttons, 1, 1);

    // Enter in the name field adds the name instead of accepting the dialog.
    m_name->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &NameListEditor::addTyped);
    connect(m_remove, &QPushButton::clicked, this, &NameListEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_name, &QLineEdit::textChanged, this, &NameListEditor::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &NameListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const QString name = item->text().simplified();
        if (name.isEmpty()) {
            // A name erased in place is removed, once the list has finished the edit.
            QMetaObject::invokeMethod(this, &NameListEditor::dropEmpty, Qt::QueuedConnection);
            return;
        }
        if (name != item->text()) {
            item->setText(name); // comes back here once with the clean text
            return;
        }
        Q_EMIT edited();
    });
    updateButtons();
}

void NameListEditor::setNames(const QStringList& names)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString& name : names)
        m_list->addItem(nameItem(name));
    m_name->clear();
    updateButtons();
}

QStringList NameListEditor::names() const
{
    QStringList all;
    for (int row = 0; row < m_list->count(); ++row)
        if (const QString name = m_list->item(row)->text(); !name.isEmpty())
            all << name;
    return all;
}

void NameListEditor::dropEmpty()
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = m_list->count() - 1; row >= 0; --row)
            if (m_list->item(row)->text().trimmed().isEmpty())
                delete m_list->takeItem(row);
    }
    updateButtons();
    Q_EMIT edited();
}

bool NameListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NameListEditor::addTyped()
{
    const QString name = m_name->text().simplified();
    if (name.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(nameItem(name));
        m_list->setCurrentRow(m_list->count() - 1);
    }
    m_name->clear();
    updateButtons();
    Q_EMIT edited();
}

void NameListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    }
    updateButtons();
    Q_EMIT edited();
}

void NameListEditor::move(int by)
{
    const int row = m_list->currentRow();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->insertItem(target, m_list->takeItem(row));
        m_list->setCurrentRow(target);
    }
    updateButtons();
    Q_EMIT edited();
}

void NameListEditor::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

} // namespace kotva
