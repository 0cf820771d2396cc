#include "ui/schedule/ActivitiesEditor.h"

#include "core/schedule/Slug.h"
#include "ui/schedule/ActivityForm.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

ActivitiesEditor::ActivitiesEditor(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&New activity"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
    , m_form(new ActivityForm(today, this))
{
    m_list->setAccessibleName(tr("Activities"));
    m_list->setMinimumWidth(160);
    m_list->setMaximumWidth(200);
    for (QPushButton* button : {m_add, m_duplicate, m_remove})
        button->setAutoDefault(false);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_add);
    left->addWidget(m_duplicate);
    left->addWidget(m_remove);

    // The form is tall; on a small screen it scrolls instead of being cut off.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addWidget(scroll, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ActivitiesEditor::showCurrent);
    connect(m_form, &ActivityForm::edited, this, &ActivitiesEditor::formEdited);
    connect(m_add, &QPushButton::clicked, this, &ActivitiesEditor::add);
    connect(m_duplicate, &QPushButton::clicked, this, &ActivitiesEditor::duplicate);
    connect(m_remove, &QPushButton::clicked, this, &ActivitiesEditor::removeCurrent);
    showCurrent();
}

void ActivitiesEditor::setActivities(const QList<Activity>& activities)
{
    m_activities = activities;
    m_new = QList<bool>(activities.size(), false);
    m_givenIds.clear();
    for (const Activity& activity : activities)
        m_givenIds.insert(activity.id);
    refillList(activities.isEmpty() ? -1 : 0);
}

void ActivitiesEditor::select(qsizetype index)
{
    m_list->setCurrentRow(int(index));
}

qsizetype ActivitiesEditor::currentIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_activities.size() ? row : -1;
}

QString ActivitiesEditor::label(const Activity& activity, qsizetype index) const
{
    return activity.title.isEmpty() ? tr("Activity %1 (no title)").arg(index + 1) : activity.title;
}

void ActivitiesEditor::refillList(qsizetype current)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_activities.size(); ++i)
            m_list->addItem(label(m_activities.at(i), i));
        m_list->setCurrentRow(int(current));
    }
    showCurrent();
}

void ActivitiesEditor::showCurrent()
{
    const qsizetype index = currentIndex();
    m_form->setEnabled(index >= 0);
    m_duplicate->setEnabled(index >= 0);
    m_remove->setEnabled(index >= 0);
    m_form->setActivity(index >= 0 ? m_activities.at(index) : Activity{});
}

void ActivitiesEditor::formEdited()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;
    m_activities[index] = m_form->activity();
    if (m_new.at(index)) {
        assignId(index);
        m_form->setId(m_activities.at(index).id);
    }
    m_list->item(int(index))->setText(label(m_activities.at(index), index));
    Q_EMIT edited();
}

void ActivitiesEditor::assignId(qsizetype index)
{
    QSet<QString> taken = m_givenIds;
    for (qsizetype i = 0; i < m_activities.size(); ++i)
        if (i != index)
            taken.insert(m_activities.at(i).id);
    Activity& activity = m_activities[index];
    activity.id = Slug::uniqueActivityId(activity.title, taken);
}

void ActivitiesEditor::insert(qsizetype index, Activity activity)
{
    m_activities.insert(index, std::move(activity));
    m_new.insert(index, true);
    assignId(index);
    refillList(index);
    Q_EMIT edited();
}

void ActivitiesEditor::add()
{
    Activity activity;
    activity.start = QTime(18, 0);
    activity.end = QTime(20, 0);
    activity.venue = Venue::organisation();
    insert(m_activities.size(), activity);
    m_form->titleEdit()->setFocus();
}

void ActivitiesEditor::duplicate()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;
    Activity copy = m_activities.at(index);
    copy.title = tr("%1 (copy)").arg(copy.title);
    insert(index + 1, copy);
    m_form->titleEdit()->setFocus();
    m_form->titleEdit()->selectAll();
}

void ActivitiesEditor::removeCurrent()
{
    const qsizetype index = currentIndex();
    if (index < 0)
        return;
    m_activities.removeAt(index);
    m_new.removeAt(index);
    refillList(std::min(index, m_activities.size() - 1));
    Q_EMIT edited();
}

} // namespace kotva
