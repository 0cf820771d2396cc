#include "ui/stats/FiguresTableModel.h"

#include "ui/stats/FigureLabels.h"

#include <QFont>

namespace kotva {

FiguresTableModel::FiguresTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FiguresTableModel::setFigures(const MonthlyFigures& figures, FigureGroup group)
{
    beginResetModel();
    m_group = group;
    m_months = figures.months;
    m_rows = figures.rowsOf(group);
    endResetModel();
}

void FiguresTableModel::setSmallCountsHidden(bool hidden)
{
    if (hidden == m_smallCountsHidden)
        return;
    beginResetModel();
    m_smallCountsHidden = hidden;
    endResetModel();
}

int FiguresTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FiguresTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_months.size()) + 2;
}

int FiguresTableModel::countAt(const QModelIndex& index) const
{
    const FigureRow& row = m_rows.at(index.row());
    return index.column() == totalColumn() ? row.total() : row.counts.value(index.column() - 1);
}

QVariant FiguresTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return figurelabels::rowLabel(m_rows.at(index.row()));
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: {
        if (m_smallCountsHidden && index.column() == totalColumn())
            return shownTotal(m_rows.at(index.row()));
        const int count = countAt(index);
        return m_smallCountsHidden ? QVariant(shownCount(count)) : QVariant(count);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == totalColumn()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant FiguresTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == 0)
        return figurelabels::groupTitle(m_group);
    if (section == totalColumn())
        return tr("Total");
    const QDate month = m_months.value(section - 1);
    return role == Qt::ToolTipRole ? figurelabels::monthLabel(month)
                                   : figurelabels::shortMonthLabel(month);
}

} // namespace kotva
