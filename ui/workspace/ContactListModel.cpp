#include "ui/workspace/ContactListModel.h"

#include "ui/shell/FindingLabels.h"
#include "ui/workspace/WorkspaceFormat.h"

#include <QFont>

#include <algorithm>

namespace kotva {

namespace {

/// Newest activity first; the id breaks ties so the order is stable.
bool newerFirst(const Contact& a, const Contact& b)
{
    if (a.lastActivityUtc != b.lastActivityUtc)
        return a.lastActivityUtc > b.lastActivityUtc;
    return a.id > b.id;
}

} // namespace

ContactListModel::ContactListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ContactListModel::setContacts(QList<Contact> contacts)
{
    std::stable_sort(contacts.begin(), contacts.end(), newerFirst);
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactListModel::insertionRow(const Contact& contact) const
{
    const auto it = std::lower_bound(m_contacts.cbegin(), m_contacts.cend(), contact, newerFirst);
    return static_cast<int>(it - m_contacts.cbegin());
}

void ContactListModel::upsert(const Contact& contact)
{
    const int existing = rowOf(contact.id);
    if (existing < 0) {
        const int row = insertionRow(contact);
        beginInsertRows({}, row, row);
        m_contacts.insert(row, contact);
        endInsertRows();
        return;
    }
    // Where it belongs among the others. A move (not remove + insert) keeps the selection
    // and the current item on it, so the conversation stays open while it moves to the top.
    QList<Contact> others = m_contacts;
    others.removeAt(existing);
    const int row = static_cast<int>(
        std::lower_bound(others.cbegin(), others.cend(), contact, newerFirst) - others.cbegin());
    if (row != existing) {
        beginMoveRows({}, existing, existing, {}, row < existing ? row : row + 1);
        m_contacts.move(existing, row);
        endMoveRows();
    }
    m_contacts[row] = contact;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContactListModel::remove(ContactId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
}

void ContactListModel::clear()
{
    beginResetModel();
    m_contacts.clear();
    endResetModel();
}

int ContactListModel::rowOf(ContactId id) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == id)
            return row;
    }
    return -1;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::displayText(const Contact& contact, int column) const
{
    switch (column) {
    case PseudonymColumn:
        return contact.displayName();
    case ChannelColumn:
        return channelLabel(contact.channel);
    case StateColumn:
        return contactStateLabel(contact.state);
    case LastActivityColumn:
        return format::moment(contact.lastActivityUtc);
    case TextExpiresColumn:
        return contact.textExpiresAtUtc ? format::date(*contact.textExpiresAtUtc)
                                        : tr("no text stored");
    default:
        return {};
    }
}

QString ContactListModel::toolTip(const Contact& contact) const
{
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                 .arg(contact.displayName(), channelLabel(contact.channel),
                      contractWishLabel(contact.currentWish()));
    lines << tr("%n turn(s)", nullptr, contact.turnCount);
    lines << tr("Last activity: %1").arg(format::dateTime(contact.lastActivityUtc));
    if (contact.highestRisk != RiskLevel::None)
        lines << tr("Highest risk: %1").arg(findings::riskLabel(contact.highestRisk));
    lines << (contact.textExpiresAtUtc
                  ? tr("Message text expires on %1").arg(format::date(*contact.textExpiresAtUtc))
                  : tr("No message text is stored"));
    lines << tr("Everything about the contact expires on %1")
                 .arg(format::date(contact.recordExpiresAtUtc));
    return lines.join(u'\n');
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(contact, index.column());
    case Qt::ToolTipRole:
        return toolTip(contact);
    case Qt::FontRole:
        if (contact.state == ContactState::Open && index.column() == PseudonymColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ContactIdRole:
        return contact.id;
    case ChannelRole:
        return static_cast<int>(contact.channel);
    case StateRole:
        return static_cast<int>(contact.state);
    case LastActivityRole:
        return contact.lastActivityUtc;
    case TextExpiresRole:
        return contact.textExpiresAtUtc ? *contact.textExpiresAtUtc : QDateTime();
    case HighestRiskRole:
        return static_cast<int>(contact.highestRisk);
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PseudonymColumn:
        return tr("Pseudonym");
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("State");
    case LastActivityColumn:
        return tr("Last activity");
    case TextExpiresColumn:
        return tr("Text expires");
    default:
        return {};
    }
}

} // namespace kotva
