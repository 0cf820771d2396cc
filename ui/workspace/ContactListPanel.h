#pragma once

#include "core/session/Contact.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace kotva {

class ContactFilterModel;
class ContactListModel;

/// The left side of the workspace: "New contact", filters by channel and state, and the
/// contacts (newest activity first).
class ContactListPanel final : public QWidget
{
    Q_OBJECT
public:
    ContactListPanel(ContactListModel* model, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ContactListPanel)

    /// Selects the contact; clears the filters first when they hide it. False if unknown.
    bool selectContact(ContactId id);
    /// 0 when nothing is selected.
    [[nodiscard]] ContactId selectedContactId() const;
    void setFilter(const ContactFilter& filter);

    [[nodiscard]] ContactFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QComboBox* channelCombo() const { return m_channel; }
    [[nodiscard]] QComboBox* stateCombo() const { return m_state; }
    [[nodiscard]] QPushButton* newContactButton() const { return m_new; }

Q_SIGNALS:
    /// The selection changed; 0 when no contact is selected.
    void contactSelected(kotva::ContactId id);
    void newContactRequested();

private:
    void applyCombos();
    /// The list is never narrower than its columns with the whole pseudonym header.
    void updateMinimumWidth();

    ContactListModel* m_model = nullptr;
    ContactFilterModel* m_filter = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_state = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_new = nullptr;
    ContactId m_lastSelected = 0;
};

} // namespace kotva
