#pragma once

#include "core/schedule/Recurrence.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;

namespace kotva {

class VenueEdit;

/// One date rule of an activity: every week (any, even or odd ISO week), the nth weekday of
/// the month, or a single date (a trip, a workshop); optionally only within a period, and
/// optionally at another venue than the activity's. Only the fields of the chosen kind show.
class RuleForm final : public QWidget
{
    Q_OBJECT
public:
    /// `today` tells the coordinator whether this week is even or odd.
    explicit RuleForm(const QDate& today, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RuleForm)

    void setRule(const RecurrenceRule& rule);
    [[nodiscard]] RecurrenceRule rule() const;

    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QComboBox* weekdayBox() const { return m_weekday; }
    [[nodiscard]] QComboBox* parityBox() const { return m_parity; }
    [[nodiscard]] QComboBox* nthBox() const { return m_nth; }
    [[nodiscard]] QDateEdit* dateEdit() const { return m_date; }
    [[nodiscard]] QCheckBox* fromCheck() const { return m_fromCheck; }
    [[nodiscard]] QDateEdit* fromEdit() const { return m_from; }
    [[nodiscard]] QCheckBox* untilCheck() const { return m_untilCheck; }
    [[nodiscard]] QDateEdit* untilEdit() const { return m_until; }
    [[nodiscard]] VenueEdit* venueEdit() const { return m_venue; }

Q_SIGNALS:
    void edited();

private:
    void changed();
    void updateRows();

    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_weekday = nullptr;
    QComboBox* m_parity = nullptr;
    QLabel* m_parityHint = nullptr;
    QComboBox* m_nth = nullptr;
    QDateEdit* m_date = nullptr;
    QWidget* m_fromRow = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QWidget* m_untilRow = nullptr;
    QCheckBox* m_untilCheck = nullptr;
    QDateEdit* m_until = nullptr;
    VenueEdit* m_venue = nullptr;
    QWidget* m_weeks = nullptr;
    bool m_loading = false;
};

} // namespace kotva
