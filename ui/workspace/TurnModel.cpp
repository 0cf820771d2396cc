#include "ui/workspace/TurnModel.h"

#include "ui/shell/FindingLabels.h"
#include "ui/workspace/WorkspaceFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QVariantList>

namespace kotva {

namespace {

template <typename T> QVariantList toVariantList(const QList<T>& items)
{
    QVariantList list;
    list.reserve(items.size());
    for (const T& item : items)
        list.append(static_cast<int>(item));
    return list;
}

} // namespace

TurnModel::TurnModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void TurnModel::setTurns(QList<Turn> turns)
{
    beginResetModel();
    m_turns = std::move(turns);
    endResetModel();
}

void TurnModel::append(const Turn& turn)
{
    const int row = static_cast<int>(m_turns.size());
    beginInsertRows({}, row, row);
    m_turns.append(turn);
    endInsertRows();
}

void TurnModel::clear()
{
    beginResetModel();
    m_turns.clear();
    endResetModel();
}

int TurnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_turns.size());
}

QString TurnModel::markers(const Turn& turn)
{
    QStringList parts;
    if (turn.risk != RiskLevel::None) {
        const QString level = findings::riskLabel(turn.risk);
        parts << (turn.signalKinds.isEmpty()
                      ? tr("\u25b2 %1").arg(level)
                      : tr("\u25b2 %1: %2").arg(level, findings::signalList(turn.signalKinds)));
    }
    if (!turn.boundaryRules.isEmpty())
        parts << tr("\u26a0 boundary: %1").arg(findings::ruleList(turn.boundaryRules));
    if (turn.sentDespiteBoundary)
        parts << tr("sent despite the warning");
    if (!turn.redactedKinds.isEmpty())
        parts << tr("\u2702 removed: %1").arg(findings::piiList(turn.redactedKinds));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString TurnModel::displayText(const Turn& turn)
{
    const QString who = turn.author == Author::Client ? tr("Client") : tr("Me");
    QString text = tr("%1 \u00b7 %2").arg(who, format::dateTime(turn.createdAtUtc));
    text += u'\n';
    text += turn.textExpired ? tr("(text expired)") : turn.text;
    const QString marks = markers(turn);
    if (!marks.isEmpty()) {
        text += u'\n';
        text += marks;
    }
    return text;
}

QVariant TurnModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Turn& turn = m_turns.at(index.row());
    const bool client = turn.author == Author::Client;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(turn);
    case Qt::AccessibleTextRole:
        return displayText(turn);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue<Qt::Alignment>((client ? Qt::AlignLeft : Qt::AlignRight) |
                                                  Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // Light tints with dark text (ForegroundRole) keep the contrast on dark themes too.
        return QBrush(client ? QColor(0xee, 0xf2, 0xf7) : QColor(0xe9, 0xf5, 0xec));
    case Qt::ForegroundRole:
        return QBrush(turn.textExpired ? QColor(0x55, 0x55, 0x55) : QColor(0x1a, 0x1a, 0x1a));
    case Qt::FontRole:
        if (turn.textExpired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case TurnIdRole:
        return turn.id;
    case AuthorRole:
        return static_cast<int>(turn.author);
    case TextRole:
        return turn.text;
    case TextExpiredRole:
        return turn.textExpired;
    case CreatedAtRole:
        return turn.createdAtUtc;
    case RiskRole:
        return static_cast<int>(turn.risk);
    case BoundaryRulesRole:
        return toVariantList(turn.boundaryRules);
    case RedactedKindsRole:
        return toVariantList(turn.redactedKinds);
    case SentDespiteBoundaryRole:
        return turn.sentDespiteBoundary;
    case MarkersRole:
        return markers(turn);
    default:
        return {};
    }
}

QHash<int, QByteArray> TurnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TurnIdRole, "turnId");
    names.insert(AuthorRole, "author");
    names.insert(TextRole, "text");
    names.insert(TextExpiredRole, "textExpired");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(RiskRole, "risk");
    names.insert(BoundaryRulesRole, "boundaryRules");
    names.insert(RedactedKindsRole, "redactedKinds");
    names.insert(SentDespiteBoundaryRole, "sentDespiteBoundary");
    names.insert(MarkersRole, "markers");
    return names;
}

} // namespace kotva
