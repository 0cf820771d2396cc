#pragma once

#include "core/schedule/Activity.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace kotva {

class NameListEditor;
class RuleListEditor;
class VenueEdit;

/// The form for one activity: title (with the id it goes by, which ActivitiesEditor decides),
/// description, time and break, venue, capacity, lead peers and the date rules.
class ActivityForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityForm(const QDate& today, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ActivityForm)

    void setActivity(const Activity& activity);
    /// The activity as filled in, with the id last given to setActivity() or setId().
    [[nodiscard]] Activity activity() const;
    /// Shows the id the activity goes by (it does not emit edited()).
    void setId(const QString& id);

    [[nodiscard]] QLineEdit* titleEdit() const { return m_title; }
    [[nodiscard]] QLabel* idLabel() const { return m_idLabel; }
    [[nodiscard]] QPlainTextEdit* descriptionEdit() const { return m_description; }
    [[nodiscard]] QTimeEdit* startEdit() const { return m_start; }
    [[nodiscard]] QTimeEdit* endEdit() const { return m_end; }
    [[nodiscard]] QSpinBox* breakMinutesBox() const { return m_breakMinutes; }
    [[nodiscard]] QCheckBox* breakStartCheck() const { return m_breakStartCheck; }
    [[nodiscard]] QTimeEdit* breakStartEdit() const { return m_breakStart; }
    [[nodiscard]] VenueEdit* venueEdit() const { return m_venue; }
    [[nodiscard]] QSpinBox* capacityBox() const { return m_capacity; }
    /// Public programme, or an internal team / individual supervision date.
    [[nodiscard]] QComboBox* audienceBox() const { return m_audience; }
    [[nodiscard]] NameListEditor* leadsEditor() const { return m_leads; }
    [[nodiscard]] RuleListEditor* rulesEditor() const { return m_rules; }

Q_SIGNALS:
    void edited();

private:
    void changed();
    void updateEnabled();

    QString m_id;
    QLineEdit* m_title = nullptr;
    QLabel* m_idLabel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QSpinBox* m_breakMinutes = nullptr;
    QCheckBox* m_breakStartCheck = nullptr;
    QTimeEdit* m_breakStart = nullptr;
    VenueEdit* m_venue = nullptr;
    QSpinBox* m_capacity = nullptr;
    QComboBox* m_audience = nullptr;
    NameListEditor* m_leads = nullptr;
    RuleListEditor* m_rules = nullptr;
    bool m_loading = false;
};

} // namespace kotva
