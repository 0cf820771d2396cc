#include "ui/schedule/MonthOccurrenceModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace kotva {

MonthOccurrenceModel::MonthOccurrenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MonthOccurrenceModel::setMonth(const MonthSchedule& month)
{
    beginResetModel();
    m_month = month;
    m_rows = MonthRows::of(m_month);
    endResetModel();
}

int MonthOccurrenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MonthOccurrenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonthOccurrenceModel::displayText(const MonthRow& row, int column) const
{
    switch (column) {
    case DayColumn:
        return MonthRows::dayText(row);
    case TimeColumn: {
        const QString pause = MonthRows::breakText(row);
        const QString time = MonthRows::timeText(row);
        return pause.isEmpty() ? time : time + QStringLiteral(" (") + pause + u')';
    }
    case TitleColumn:
        // A supervision date is the team's own: the row says so, as it never leaves Kotva.
        if (row.occurrence && row.occurrence->supervision)
            return QString(MonthRows::titleText(row) + QStringLiteral(" \u2014 ") +
                           (*row.occurrence->supervision == SupervisionKind::Team
                                ? tr("internal: team supervision")
                                : tr("internal: individual supervision")));
        return MonthRows::titleText(row);
    case VenueColumn:
        return MonthRows::venueText(row);
    case LeadsColumn:
        return MonthRows::leadsText(row);
    case StatusColumn:
        return MonthRows::statusText(row);
    default:
        return {};
    }
}

QVariant MonthOccurrenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonthRow& row = m_rows.at(index.row());
    const bool notTakingPlace = row.isCancelled() || row.isHolidayOnly();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (row.occurrence && !row.occurrence->description.isEmpty())
            return row.occurrence->description;
        return {};
    case Qt::ForegroundRole:
        if (notTakingPlace)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (row.occurrence && row.occurrence->status == Occurrence::Status::Changed &&
            index.column() == StatusColumn)
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        if (row.occurrence && row.occurrence->supervision)
            return QBrush(QColor(0x4a, 0x3a, 0x8c));
        return {};
    case Qt::FontRole:
        if (row.isCancelled() && (index.column() == TimeColumn || index.column() == TitleColumn)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (row.isHolidayOnly() && index.column() == TitleColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case DateRole:
        return row.date;
    case StatusRole:
        return row.occurrence ? static_cast<int>(row.occurrence->status) : -1;
    case CancelledRole:
        return notTakingPlace;
    case HolidayRole:
        return row.holidayName;
    case ActivityIdRole:
        return row.occurrence ? row.occurrence->activityId : QString();
    default:
        return {};
    }
}

QVariant MonthOccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Activity");
    case VenueColumn:
        return tr("Venue");
    case LeadsColumn:
        return tr("Leads");
    case StatusColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace kotva
