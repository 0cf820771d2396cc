#pragma once

#include "core/schedule/Activity.h"

#include <QList>
#include <QWidget>

class QTreeWidget;

namespace kotva {

/// The Czech public holidays of this year and the next (CzechHolidays), read-only, each with
/// the activities it cancels automatically: recurring ones that would meet that day. A single
/// dated event is planned for its day and is not cancelled.
class HolidayList final : public QWidget
{
    Q_OBJECT
public:
    explicit HolidayList(int firstYear, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(HolidayList)

    /// Refreshes the "cancelled automatically" column.
    void setActivities(const QList<Activity>& activities);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// The titles of the activities cancelled on `date` ("" when none or not listed).
    [[nodiscard]] QString cancelledOn(const QDate& date) const;

private:
    enum Column { DateColumn, NameColumn, CancelledColumn };

    int m_firstYear = 0;
    QTreeWidget* m_tree = nullptr;
};

} // namespace kotva
