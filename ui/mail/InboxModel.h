#pragma once

#include "core/common/Clock.h"
#include "core/mail/intake/InboxEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace kotva {

/// The e-mail contacts for the inbox table, in MailService's order (most urgent first:
/// sortByUrgency). A thin adapter: the pane hands it what MailService::inbox() returned;
/// "overdue" is judged on the clock the vault runs on.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ContactColumn,
        ReceivedColumn,
        DueColumn,
        CrisisColumn,
        AcknowledgementColumn,
        AttachmentsColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole + 1, ///< qint64
        ReceivedRole,                     ///< QDateTime (UTC)
        DueRole,                          ///< QDateTime (UTC)
        OverdueRole,                      ///< bool
        RiskRole,                         ///< int: RiskLevel
        AcknowledgementRole,              ///< int: AckState
        AnswerRole,                       ///< int: AnswerState
        AttachmentsRole,                  ///< int
        WaitingRole,                      ///< bool: not answered, not closed
    };

    explicit InboxModel(const Clock& clock, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(InboxModel)

    /// Replaces every entry, keeping the order they come in.
    void setEntries(QList<InboxEntry> entries);
    void clear();

    [[nodiscard]] const InboxEntry& entryAt(int row) const { return m_entries.at(row); }
    [[nodiscard]] const QList<InboxEntry>& entries() const { return m_entries; }
    /// The row of the contact, or -1.
    [[nodiscard]] int rowOf(ContactId id) const;
    /// 0 for an invalid index.
    [[nodiscard]] ContactId contactAt(const QModelIndex& index) const;
    /// How many wait for an answer, and how many of them are overdue (the pane's heading).
    [[nodiscard]] int waitingCount() const;
    [[nodiscard]] int overdueCount() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QVariant displayText(const InboxEntry& entry, int column) const;
    [[nodiscard]] QVariant toolTip(const InboxEntry& entry, int column) const;
    [[nodiscard]] QVariant foreground(const InboxEntry& entry, int column) const;
    [[nodiscard]] QVariant background(const InboxEntry& entry, int column) const;
    [[nodiscard]] QVariant decoration(const InboxEntry& entry, int column) const;

    const Clock& m_clock;
    QList<InboxEntry> m_entries;
};

} // namespace kotva
