#include "ui/workspace/ContactListPanel.h"

#include "ui/workspace/ContactFilterModel.h"
#include "ui/workspace/ContactListModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

ContactListPanel::ContactListPanel(ContactListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ContactFilterModel(this))
    , m_channel(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(tr("&New contact\u2026"), this))
{
    m_filter->setSourceModel(m_model);

    m_channel->addItem(tr("All channels"));
    for (Channel channel : allChannels())
        m_channel->addItem(channelLabel(channel), static_cast<int>(channel));
    m_channel->setAccessibleName(tr("Show contacts from channel"));
    m_state->addItem(tr("Open and closed"));
    for (ContactState state : {ContactState::Open, ContactState::Closed})
        m_state->addItem(contactStateLabel(state), static_cast<int>(state));
    m_state->setAccessibleName(tr("Show contacts in state"));
    m_new->setToolTip(tr("Start a new contact (Ctrl+N)"));

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Contacts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // The list is narrow beside the conversation: the pseudonym takes what the short columns
    // leave (elided if it must be), so nothing is cut off at the right and no scroll bar
    // appears. When the text expires is in the conversation's header and each row's tooltip.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ContactListModel::PseudonymColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setColumnHidden(ContactListModel::TextExpiresColumn, true);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ContactListPanel::updateMinimumWidth);
    connect(m_filter, &QAbstractItemModel::dataChanged, this,
            &ContactListPanel::updateMinimumWidth);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ContactListPanel::updateMinimumWidth);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this,
            &ContactListPanel::updateMinimumWidth);
    updateMinimumWidth();

    auto* filters = new QFormLayout;
    filters->addRow(tr("C&hannel:"), m_channel);
    filters->addRow(tr("Sta&te:"), m_state);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    setTabOrder(m_new, m_channel);
    setTabOrder(m_channel, m_state);
    setTabOrder(m_state, m_view);

    connect(m_new, &QPushButton::clicked, this, &ContactListPanel::newContactRequested);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ContactListPanel::applyCombos);
    connect(m_state, &QComboBox::currentIndexChanged, this, &ContactListPanel::applyCombos);
    const auto selectionChanged = [this] {
        const ContactId id = selectedContactId();
        if (id == m_lastSelected)
            return;
        m_lastSelected = id;
        Q_EMIT contactSelected(id);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            selectionChanged);
    // Rows leave the proxy when a filter hides them; that also changes the selection.
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, selectionChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, selectionChanged);
}

void ContactListPanel::applyCombos()
{
    ContactFilter filter;
    if (const QVariant channel = m_channel->currentData(); channel.isValid())
        filter.channel = static_cast<Channel>(channel.toInt());
    if (const QVariant state = m_state->currentData(); state.isValid())
        filter.state = static_cast<ContactState>(state.toInt());
    m_filter->setFilter(filter);
}

void ContactListPanel::setFilter(const ContactFilter& filter)
{
    m_channel->setCurrentIndex(
        filter.channel ? m_channel->findData(static_cast<int>(*filter.channel)) : 0);
    m_state->setCurrentIndex(filter.state ? m_state->findData(static_cast<int>(*filter.state)) : 0);
}

bool ContactListPanel::selectContact(ContactId id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        setFilter({});
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

ContactId ContactListPanel::selectedContactId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(ContactListModel::ContactIdRole).toLongLong();
}

void ContactListPanel::updateMinimumWidth()
{
    const QHeaderView* header = m_view->horizontalHeader();
    int width = 2 * m_view->frameWidth() + 4;
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            continue;
        if (column == ContactListModel::PseudonymColumn) {
            const QString title =
                m_filter->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            width += header->fontMetrics().horizontalAdvance(title) + 16;
        } else {
            int widest = header->sectionSizeHint(column);
            for (int row = 0; row < m_filter->rowCount(); ++row)
                widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(
                                              m_filter->index(row, column).data().toString()) +
                                              16);
            width += widest;
        }
    }
    m_view->setMinimumWidth(width);
}

} // namespace kotva
