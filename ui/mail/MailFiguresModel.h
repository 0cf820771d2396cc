#pragma once

#include "core/mail/intake/MailFigures.h"

#include <QAbstractTableModel>
#include <QList>

namespace kotva {

/// The e-mail counselling figures month by month, newest first (MailService::figures):
/// numbers only, for supervision and annual reports.
class MailFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Month,
        Received,
        Acknowledged,
        Answered,
        WithinDeadline,
        MedianTime,
        OutOfScope,
        ColumnCount
    };

    explicit MailFiguresModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MailFiguresModel)

    void setFigures(QList<MailMonthFigures> figures);
    [[nodiscard]] const MailMonthFigures& figuresAt(int row) const { return m_figures.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "3 h", "1 d 4 h": the median time to answer as a worker reads it.
    [[nodiscard]] static QString durationText(double hours);

private:
    QList<MailMonthFigures> m_figures;
};

} // namespace kotva
