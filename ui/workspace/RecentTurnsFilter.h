#pragma once

#include <QSortFilterProxyModel>

namespace kotva {

/// The newest turns of a long conversation, and older ones on request ("Show earlier
/// turns"). A contact can have thousands of turns; laying out every wrapped turn before the
/// newest can be shown would keep the worker waiting, so the list starts with the last
/// `PageSize` and grows towards the past a page at a time. Turns saved later always show.
class RecentTurnsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    explicit RecentTurnsFilter(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecentTurnsFilter)

    void setSourceModel(QAbstractItemModel* source) override;

    /// Turns older than the ones shown.
    [[nodiscard]] int hiddenCount() const { return m_firstShown; }
    /// Shows up to PageSize more of the older turns.
    void showEarlier();
    void showAll();

Q_SIGNALS:
    void hiddenCountChanged(int hidden);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;

private:
    void startFromNewest();
    void setFirstShown(int first);

    int m_firstShown = 0;
    QMetaObject::Connection m_resetConnection;
};

} // namespace kotva
