#pragma once

#include "core/schedule/OnCallRota.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace kotva {

class NameListEditor;

/// The shared on-call phone: its number, the peers in turn order, and the Monday whose week
/// the first peer takes. Only Mondays are accepted: another date moves to the Monday of its
/// week. Shows who has the phone in the coming weeks.
class RotaEditor final : public QWidget
{
    Q_OBJECT
public:
    /// `today` is where the preview of the coming weeks starts, and the anchor when none is set.
    explicit RotaEditor(const QDate& today, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RotaEditor)

    void setRota(const OnCallRota& rota);
    /// The rota as filled in. The anchor stays unset only while it was never set and there is
    /// no peer.
    [[nodiscard]] OnCallRota rota() const;

    [[nodiscard]] QLineEdit* phoneEdit() const { return m_phone; }
    [[nodiscard]] NameListEditor* peersEditor() const { return m_peers; }
    [[nodiscard]] QDateEdit* anchorEdit() const { return m_anchor; }
    [[nodiscard]] QLabel* previewLabel() const { return m_preview; }

    [[nodiscard]] static QDate mondayOf(const QDate& date);

Q_SIGNALS:
    void edited();

private:
    void snapToMonday();
    void updatePreview();

    QDate m_today;
    bool m_anchorSet = false;
    QLineEdit* m_phone = nullptr;
    NameListEditor* m_peers = nullptr;
    QDateEdit* m_anchor = nullptr;
    QLabel* m_anchorWeek = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace kotva
