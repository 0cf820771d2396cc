#pragma once

#include "core/schedule/MonthSchedule.h"
#include "render/MonthRows.h"

#include <QAbstractTableModel>

namespace kotva {

/// The rows of one month for the month view: every occurrence (cancelled ones greyed and
/// struck through, with the reason) and every public holiday that has no occurrence.
/// Read-only; the view replaces the whole month when the programme or the month changes.
class MonthOccurrenceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        TimeColumn,
        TitleColumn,
        VenueColumn,
        LeadsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        DateRole = Qt::UserRole + 1, ///< QDate
        StatusRole,                  ///< int: Occurrence::Status; -1 for a holiday-only row
        CancelledRole,               ///< bool: cancelled or holiday-only (does not take place)
        HolidayRole,                 ///< QString: the holiday name on that day, or empty
        ActivityIdRole,              ///< QString: empty for a holiday-only row
    };

    explicit MonthOccurrenceModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MonthOccurrenceModel)

    void setMonth(const MonthSchedule& month);
    [[nodiscard]] const MonthSchedule& month() const { return m_month; }
    /// The row at `row` (valid index required).
    [[nodiscard]] const MonthRow& rowAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QVariant displayText(const MonthRow& row, int column) const;

    MonthSchedule m_month;
    QList<MonthRow> m_rows;
};

} // namespace kotva
