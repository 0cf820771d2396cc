#pragma once

#include "core/schedule/Recurrence.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace kotva {

class RuleForm;

/// The date rules of one activity: a list that says each rule in words
/// (RecurrenceRule::describe, its period and venue), Add and Remove, and a RuleForm for the
/// selected rule. A rule not touched here comes back exactly as it was given.
class RuleListEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit RuleListEditor(const QDate& today, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RuleListEditor)

    void setRules(const QList<RecurrenceRule>& rules);
    [[nodiscard]] const QList<RecurrenceRule>& rules() const { return m_rules; }

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* addButton() const { return m_add; }
    [[nodiscard]] QPushButton* removeButton() const { return m_remove; }
    [[nodiscard]] RuleForm* form() const { return m_form; }

    /// The rule in words as the list shows it.
    [[nodiscard]] static QString summary(const RecurrenceRule& rule);

Q_SIGNALS:
    void edited();

private:
    void showCurrent();
    void formEdited();
    void add();
    void removeCurrent();
    void refillList(int current);

    QList<RecurrenceRule> m_rules;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    RuleForm* m_form = nullptr;
};

} // namespace kotva
