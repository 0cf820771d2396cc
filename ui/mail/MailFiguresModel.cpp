#include "ui/mail/MailFiguresModel.h"

#include <QLocale>

#include <cmath>

namespace kotva {

MailFiguresModel::MailFiguresModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MailFiguresModel::setFigures(QList<MailMonthFigures> figures)
{
    beginResetModel();
    m_figures = std::move(figures);
    endResetModel();
}

int MailFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int MailFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MailFiguresModel::durationText(double hours)
{
    const int whole = int(std::lround(hours));
    if (whole < 24)
        return tr("%n h", nullptr, std::max(whole, 0));
    return tr("%1 d %2 h").arg(whole / 24).arg(whole % 24);
}

QVariant MailFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size())
        return {};
    const MailMonthFigures& f = m_figures.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Month:
        // The month as it stands alone ("prosinec", not "prosince"); Qt 6.4 has no format
        // letter for it.
        return QString(QLocale().standaloneMonthName(f.month.month()) + u' ' +
                       QString::number(f.month.year()));
    case Received:
        return f.received;
    case Acknowledged:
        return f.acknowledgementsSent;
    case Answered:
        return f.answered;
    case WithinDeadline:
        return f.answered == 0 ? QStringLiteral("–")
                               : tr("%1 of %2").arg(f.answeredWithinDeadline).arg(f.answered);
    case MedianTime:
        return f.medianHoursToAnswer ? durationText(*f.medianHoursToAnswer) : QStringLiteral("–");
    case OutOfScope:
        return f.outOfScope;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MailFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case WithinDeadline:
            return tr("Answers sent within the deadline, of all answers to that month's e-mail");
        case MedianTime:
            return tr("Half of the answers went out faster than this, half slower");
        case OutOfScope:
            return tr("E-mails asking for something the service does not give (a diagnosis, "
                      "medication, legal advice…), answered with why not and where to go");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Month:
        return tr("Month");
    case Received:
        return tr("Received");
    case Acknowledged:
        return tr("Acknowledged");
    case Answered:
        return tr("Answered");
    case WithinDeadline:
        return tr("In time");
    case MedianTime:
        return tr("Median time");
    case OutOfScope:
        return tr("Out of scope");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kotva
