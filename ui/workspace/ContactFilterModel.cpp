#include "ui/workspace/ContactFilterModel.h"

#include "ui/workspace/ContactListModel.h"

namespace kotva {

ContactFilterModel::ContactFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void ContactFilterModel::setFilter(const ContactFilter& filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool ContactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter.channel &&
        index.data(ContactListModel::ChannelRole).toInt() != static_cast<int>(*m_filter.channel))
        return false;
    if (m_filter.state &&
        index.data(ContactListModel::StateRole).toInt() != static_cast<int>(*m_filter.state))
        return false;
    return true;
}

} // namespace kotva
