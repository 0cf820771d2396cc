#pragma once

#include "core/session/Contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace kotva {

/// The contacts of the vault for the contact list, newest activity first. The model owns
/// its mutations: the pane hands it contacts as SessionService returns them and the model
/// keeps the order (a contact with a new turn moves to the top).
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PseudonymColumn,
        ChannelColumn,
        StateColumn,
        LastActivityColumn,
        TextExpiresColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole + 1, ///< qint64
        ChannelRole,                      ///< int: Channel
        StateRole,                        ///< int: ContactState
        LastActivityRole,                 ///< QDateTime (UTC)
        TextExpiresRole,                  ///< QDateTime (UTC), null when no text is stored
        HighestRiskRole,                  ///< int: RiskLevel
    };

    explicit ContactListModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactListModel)

    /// Replaces every contact (sorted here, newest activity first).
    void setContacts(QList<Contact> contacts);
    /// Adds the contact, or updates the one with its id, and keeps the order.
    void upsert(const Contact& contact);
    void remove(ContactId id);
    void clear();

    [[nodiscard]] const Contact& contactAt(int row) const { return m_contacts.at(row); }
    /// The row of the contact with `id`, or -1.
    [[nodiscard]] int rowOf(ContactId id) const;
    [[nodiscard]] const QList<Contact>& contacts() const { return m_contacts; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QVariant displayText(const Contact& contact, int column) const;
    [[nodiscard]] QString toolTip(const Contact& contact) const;
    /// Where a contact with this last activity belongs (before the first older one).
    [[nodiscard]] int insertionRow(const Contact& contact) const;

    QList<Contact> m_contacts;
};

} // namespace kotva
