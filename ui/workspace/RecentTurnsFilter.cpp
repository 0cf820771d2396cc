#include "ui/workspace/RecentTurnsFilter.h"

#include <algorithm>

namespace kotva {

RecentTurnsFilter::RecentTurnsFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void RecentTurnsFilter::setSourceModel(QAbstractItemModel* source)
{
    disconnect(m_resetConnection);
    // Before the base class connects: the window is set when the proxy rebuilds its mapping.
    // (Connected first, so the base class rebuilds its mapping with the new window.)
    if (source)
        m_resetConnection = connect(source, &QAbstractItemModel::modelReset, this,
                                    &RecentTurnsFilter::startFromNewest);
    m_firstShown = source ? std::max(0, source->rowCount() - PageSize) : 0;
    QSortFilterProxyModel::setSourceModel(source);
}

void RecentTurnsFilter::startFromNewest()
{
    // The source was reset: the proxy is rebuilt right after this, so no invalidation here.
    m_firstShown = std::max(0, sourceModel()->rowCount() - PageSize);
    Q_EMIT hiddenCountChanged(m_firstShown);
}

void RecentTurnsFilter::showEarlier()
{
    setFirstShown(std::max(0, m_firstShown - PageSize));
}

void RecentTurnsFilter::showAll()
{
    setFirstShown(0);
}

void RecentTurnsFilter::setFirstShown(int first)
{
    if (first == m_firstShown)
        return;
    m_firstShown = first;
    invalidateFilter();
    Q_EMIT hiddenCountChanged(m_firstShown);
}

bool RecentTurnsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return !sourceParent.isValid() && sourceRow >= m_firstShown;
}

} // namespace kotva
