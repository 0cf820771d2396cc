#include "ui/mail/CertificatePinList.h"

#include "ui/shell/ShellWidgets.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

CertificatePinList::CertificatePinList(QWidget* parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pinnedCertificates"));
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A fingerprint is wider than the list: elided in the middle (whole in the tooltip)
    // rather than behind a horizontal scroll bar.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_empty =
        shell::note(tr("None: only certificates this computer can verify are accepted."), this);
    m_remove = new QPushButton(tr("&Remove trust"), this);
    m_remove->setObjectName(QStringLiteral("removePinButton"));
    m_remove->setEnabled(false);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    auto* column = new QVBoxLayout;
    column->addWidget(m_list);
    column->addWidget(m_empty);
    row->addLayout(column, 1);
    row->addWidget(m_remove, 0, Qt::AlignTop);

    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_remove, &QPushButton::clicked, this, &CertificatePinList::removeSelected);
    refill();
}

QString CertificatePinList::fingerprintText(const QByteArray& sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

void CertificatePinList::setPins(const QList<QByteArray>& sha256)
{
    m_pins = sha256;
    refill();
}

void CertificatePinList::addPin(const QByteArray& sha256)
{
    if (sha256.isEmpty() || m_pins.contains(sha256))
        return;
    m_pins << sha256;
    refill();
    Q_EMIT pinsChanged();
}

void CertificatePinList::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pins.size())
        return;
    m_pins.removeAt(row);
    refill();
    Q_EMIT pinsChanged();
}

void CertificatePinList::refill()
{
    m_list->clear();
    for (const QByteArray& pin : std::as_const(m_pins)) {
        auto* item = new QListWidgetItem(QStringLiteral("SHA-256 ") + fingerprintText(pin));
        item->setToolTip(fingerprintText(pin));
        m_list->addItem(item);
    }
    // As tall as its pins (one per server, usually), so the page does not grow for nothing.
    if (!m_pins.isEmpty())
        m_list->setFixedHeight(m_list->sizeHintForRow(0) *
                                   int(std::min<qsizetype>(m_pins.size(), 3)) +
                               2 * m_list->frameWidth());
    m_list->setVisible(!m_pins.isEmpty());
    m_empty->setVisible(m_pins.isEmpty());
    m_remove->setVisible(!m_pins.isEmpty());
    m_remove->setEnabled(false);
}

} // namespace kotva
