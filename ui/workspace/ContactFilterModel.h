#pragma once

#include "core/session/Contact.h"

#include <QSortFilterProxyModel>

namespace kotva {

/// The contact list as the filter combos ask for it: by channel and by state. It keeps the
/// source order (newest activity first); it never sorts.
class ContactFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactFilterModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactFilterModel)

    void setFilter(const ContactFilter& filter);
    [[nodiscard]] const ContactFilter& filter() const { return m_filter; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex& sourceParent) const override;

private:
    ContactFilter m_filter;
};

} // namespace kotva
