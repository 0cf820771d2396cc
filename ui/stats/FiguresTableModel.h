#pragma once

#include "core/stats/MonthlyFigures.h"

#include <QAbstractTableModel>

namespace kotva {

/// One group of the team's figures as a table: a row per value (channel, level, rule, …),
/// a column per month, oldest first, and the total. Inside the vault the counts are exact;
/// with smallCountsHidden (the printout) one or two read "< 3".
class FiguresTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit FiguresTableModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(FiguresTableModel)

    void setFigures(const MonthlyFigures& figures, FigureGroup group);
    void setSmallCountsHidden(bool hidden);

    [[nodiscard]] FigureGroup group() const { return m_group; }
    /// The column of the totals (after the months).
    [[nodiscard]] int totalColumn() const { return int(m_months.size()) + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] int countAt(const QModelIndex& index) const;

    FigureGroup m_group = FigureGroup::ContactsByChannel;
    QList<QDate> m_months;
    QList<FigureRow> m_rows;
    bool m_smallCountsHidden = false;
};

} // namespace kotva
