#pragma once

#include "core/schedule/Activity.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace kotva {

class ActivityForm;

/// The programme's activities: a list with Add, Duplicate and Remove, and the form of the
/// selected one.
///
/// Ids: an activity that came with the programme keeps its id for good, whatever its title
/// becomes (the id is part of every published iCalendar UID, and cancellations refer to it).
/// An activity added here takes a unique ASCII slug of its title (Slug::uniqueActivityId),
/// which follows the title while this editor is open: nothing was published under it yet.
/// Once the programme is saved and edited again, that id is kept like any other.
class ActivitiesEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivitiesEditor(const QDate& today, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActivitiesEditor)

    /// The activities as given; all their ids are kept.
    void setActivities(const QList<Activity>& activities);
    [[nodiscard]] const QList<Activity>& activities() const { return m_activities; }
    /// Selects the activity at `index` and shows it in the form.
    void select(qsizetype index);
    [[nodiscard]] qsizetype currentIndex() const;

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* duplicateButton() const { return m_duplicate; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] ActivityForm* form() const { return m_form; }

Q_SIGNALS:
    void edited();

private:
    void showCurrent();
    void formEdited();
    void add();
    void duplicate();
    void removeCurrent();
    void insert(qsizetype index, Activity activity);
    void assignId(qsizetype index);
    void refillList(qsizetype current);
    [[nodiscard]] QString label(const Activity& activity, qsizetype index) const;

    QList<Activity> m_activities;
    QList<bool> m_new;        ///< parallel to m_activities: added here, so its id follows its title
    QSet<QString> m_givenIds; ///< ids of the activities given, never reused for a new one
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_remove = nullptr;
    ActivityForm* m_form = nullptr;
};

} // namespace kotva
