#pragma once

#include "core/session/Turn.h"

#include <QAbstractListModel>
#include <QList>

namespace kotva {

/// The turns of the contact on screen, oldest first. Client and worker turns look different
/// (alignment, tint and a "Client" / "Me" heading, so not by colour alone); a turn whose
/// text has expired stays as a shell; small markers say what the analysis found.
class TurnModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TurnIdRole = Qt::UserRole + 1, ///< qint64
        AuthorRole,                    ///< int: Author
        TextRole,                      ///< QString: the stored (redacted) text, empty once expired
        TextExpiredRole,               ///< bool
        CreatedAtRole,                 ///< QDateTime (UTC)
        RiskRole,                      ///< int: RiskLevel
        BoundaryRulesRole,             ///< QVariantList of int (BoundaryRule)
        RedactedKindsRole,             ///< QVariantList of int (PiiKind)
        SentDespiteBoundaryRole,       ///< bool
        MarkersRole,                   ///< QString: the markers line, empty when none
    };

    explicit TurnModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(TurnModel)

    void setTurns(QList<Turn> turns);
    /// A turn that was just saved goes at the end.
    void append(const Turn& turn);
    void clear();

    [[nodiscard]] const Turn& turnAt(int row) const { return m_turns.at(row); }
    [[nodiscard]] const QList<Turn>& turns() const { return m_turns; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The markers line of a turn ("▲ acute danger · ✂ removed: phone number").
    [[nodiscard]] static QString markers(const Turn& turn);
    /// What the list shows for a turn: heading, text (or "text expired"), markers.
    [[nodiscard]] static QString displayText(const Turn& turn);

private:
    QList<Turn> m_turns;
};

} // namespace kotva
