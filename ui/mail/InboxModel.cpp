#include "ui/mail/InboxModel.h"

#include "ui/mail/InboxTexts.h"
#include "ui/referral/ReferralTexts.h"
#include "ui/shell/DateText.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace kotva {

InboxModel::InboxModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

void InboxModel::setEntries(QList<InboxEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void InboxModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int InboxModel::rowOf(ContactId id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).contact == id)
            return row;
    }
    return -1;
}

ContactId InboxModel::contactAt(const QModelIndex& index) const
{
    // Asked with no current row too: an invalid index is an answer (0), not a misuse.
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return 0;
    return m_entries.at(index.row()).contact;
}

int InboxModel::waitingCount() const
{
    return static_cast<int>(
        std::ranges::count_if(m_entries, [](const InboxEntry& e) { return e.waiting(); }));
}

int InboxModel::overdueCount() const
{
    const QDateTime now = m_clock.nowUtc();
    return static_cast<int>(
        std::ranges::count_if(m_entries, [&now](const InboxEntry& e) { return e.overdue(now); }));
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::displayText(const InboxEntry& entry, int column) const
{
    switch (column) {
    case ContactColumn:
        // The pseudonym expires with the text; then the reference is the name.
        return entry.name.isEmpty() || entry.name == entry.reference
                   ? entry.reference
                   : tr("%1 · %2").arg(entry.name, entry.reference);
    case ReceivedColumn:
        return shell::dateTimeText(entry.receivedAtUtc);
    case DueColumn:
        return mail_ui::dueLabel(entry, m_clock.nowUtc());
    case CrisisColumn: {
        // Not colour alone: the referral pane's marker and words too.
        const QString marker = entry.risk == RiskLevel::Acute     ? QStringLiteral("⚠ ")
                               : entry.risk == RiskLevel::Concern ? QStringLiteral("! ")
                                                                  : QString();
        return QString(marker + referral_ui::levelTitle(entry.risk));
    }
    case AcknowledgementColumn:
        return mail_ui::acknowledgementLabel(entry.ack);
    case AttachmentsColumn:
        return mail_ui::attachmentsLabel(entry.attachments);
    default:
        return {};
    }
}

QVariant InboxModel::toolTip(const InboxEntry& entry, int column) const
{
    switch (column) {
    case ContactColumn:
        return tr("E-mail contact %1. Double-click or press Enter to open the conversation.")
            .arg(entry.reference);
    case ReceivedColumn:
        return tr("Received %1").arg(shell::dateTimeText(entry.receivedAtUtc));
    case DueColumn:
        if (entry.overdue(m_clock.nowUtc()))
            return tr("The answer was due on %1. Answer as soon as you can.")
                .arg(shell::dateTimeText(entry.dueAtUtc));
        return entry.waiting() ? tr("The answer is due by %1 (4 working days).")
                                     .arg(shell::dateTimeText(entry.dueAtUtc))
                               : QVariant();
    case CrisisColumn:
        return entry.risk == RiskLevel::Acute
                   ? tr("Acute danger: open the contact; the crisis-referral pane gives the "
                        "crisis lines for the answer. No crisis intervention by e-mail.")
                   : QVariant();
    case AcknowledgementColumn:
        return mail_ui::acknowledgementExplanation(entry.ack);
    case AttachmentsColumn:
        return entry.attachments > 0
                   ? tr("Attachments are never opened, saved or shown; only their number is "
                        "known.")
                   : tr("No attachments.");
    default:
        return {};
    }
}

QVariant InboxModel::foreground(const InboxEntry& entry, int column) const
{
    if (column == CrisisColumn && entry.risk != RiskLevel::None)
        return QBrush(mail_ui::riskColours(entry.risk).text);
    if (column == DueColumn && entry.overdue(m_clock.nowUtc()))
        return QBrush(mail_ui::alarmText());
    if (column == AcknowledgementColumn &&
        (entry.ack == AckState::Failed || entry.ack == AckState::Uncertain))
        return QBrush(mail_ui::alarmText());
    if (entry.risk == RiskLevel::Acute && entry.waiting())
        return QBrush(QColor(0x1a, 0x1a, 0x1a)); // dark on the row's light tint in any theme
    if (!entry.waiting())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    // "No danger signs" on most rows must not draw the eye from the ones with signs.
    if (column == CrisisColumn)
        return QApplication::palette().brush(QPalette::PlaceholderText);
    return {};
}

QVariant InboxModel::background(const InboxEntry& entry, int column) const
{
    if (column == CrisisColumn && entry.risk != RiskLevel::None)
        return QBrush(mail_ui::riskColours(entry.risk).background);
    if (entry.risk == RiskLevel::Acute && entry.waiting())
        return QBrush(mail_ui::acuteRowTint());
    return {};
}

QVariant InboxModel::decoration(const InboxEntry& entry, int column) const
{
    if (column == DueColumn && entry.overdue(m_clock.nowUtc()))
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return {};
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(entry, column);
    case Qt::ToolTipRole:
        return toolTip(entry, column);
    case Qt::ForegroundRole:
        return foreground(entry, column);
    case Qt::BackgroundRole:
        return background(entry, column);
    case Qt::DecorationRole:
        return decoration(entry, column);
    case Qt::FontRole:
        if ((column == ContactColumn && entry.waiting()) ||
            (column == CrisisColumn && entry.risk == RiskLevel::Acute) ||
            (column == DueColumn && entry.overdue(m_clock.nowUtc()))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ContactIdRole:
        return entry.contact;
    case ReceivedRole:
        return entry.receivedAtUtc;
    case DueRole:
        return entry.dueAtUtc;
    case OverdueRole:
        return entry.overdue(m_clock.nowUtc());
    case RiskRole:
        return static_cast<int>(entry.risk);
    case AcknowledgementRole:
        return static_cast<int>(entry.ack);
    case AnswerRole:
        return static_cast<int>(entry.answer);
    case AttachmentsRole:
        return entry.attachments;
    case WaitingRole:
        return entry.waiting();
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Answer due");
    case CrisisColumn:
        return tr("Crisis level");
    case AcknowledgementColumn:
        return tr("Acknowledgement");
    case AttachmentsColumn:
        return tr("Attachments");
    default:
        return {};
    }
}

} // namespace kotva
