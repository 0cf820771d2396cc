#include "ui/schedule/RotaEditor.h"

#include "ui/schedule/NameListEditor.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace kotva {

namespace {

constexpr int PreviewWeeks = 6;

QString dayMonth(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d. M."));
}

} // namespace

RotaEditor::RotaEditor(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_phone(new QLineEdit(this))
    , m_peers(new NameListEditor(this))
    , m_anchor(new QDateEdit(mondayOf(today), this))
    , m_anchorWeek(new QLabel(this))
    , m_preview(new QLabel(this))
{
    m_phone->setPlaceholderText(tr("empty: the organisation's phone"));
    // A phone number and a few first names: no need for the whole width of the dialog.
    m_phone->setMaximumWidth(360);
    m_peers->setMaximumWidth(480);
    m_anchor->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_anchor->setCalendarPopup(true);
    m_anchor->setMinimumDate(QDate(2000, 1, 3));
    m_anchor->setMaximumDate(QDate(2099, 12, 28));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* anchorRow = new QWidget(this);
    auto* anchorLayout = new QHBoxLayout(anchorRow);
    anchorLayout->setContentsMargins(0, 0, 0, 0);
    anchorLayout->addWidget(m_anchor);
    anchorLayout->addWidget(m_anchorWeek, 1);

    auto* intro = new QLabel(tr("Peers take the on-call phone for a whole week (Monday to "
                                "Sunday), one after another in this order."),
                             this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("On-call &phone:"), m_phone);
    form->addRow(tr("P&eers in turn:"), m_peers);
    form->addRow(tr("&First peer's week starts:"), anchorRow);
    form->addRow(tr("Coming weeks:"), m_preview);
    static_cast<QLabel*>(form->labelForField(m_peers))->setBuddy(m_peers->nameEdit());
    static_cast<QLabel*>(form->labelForField(anchorRow))->setBuddy(m_anchor);

    connect(m_phone, &QLineEdit::textEdited, this, &RotaEditor::edited);
    connect(m_peers, &NameListEditor::edited, this, [this] {
        updatePreview();
        Q_EMIT edited();
    });
    // While a date is typed its sections change one by one, so it snaps to the Monday only
    // when the typing is done, or when a day is picked in the calendar. rota() always gives
    // the Monday anyway.
    connect(m_anchor, &QDateEdit::editingFinished, this, &RotaEditor::snapToMonday);
    connect(m_anchor->calendarWidget(), &QCalendarWidget::clicked, this, &RotaEditor::snapToMonday);
    connect(m_anchor->calendarWidget(), &QCalendarWidget::activated, this,
            &RotaEditor::snapToMonday);
    connect(m_anchor, &QDateEdit::dateChanged, this, [this] {
        m_anchorSet = true;
        updatePreview();
        Q_EMIT edited();
    });
    updatePreview();
}

QDate RotaEditor::mondayOf(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

void RotaEditor::setRota(const OnCallRota& rota)
{
    const QSignalBlocker blocker(m_anchor);
    m_phone->setText(rota.phone);
    m_peers->setNames(rota.peers);
    m_anchorSet = rota.anchorMonday.isValid();
    m_anchor->setDate(mondayOf(m_anchorSet ? rota.anchorMonday : m_today));
    updatePreview();
}

OnCallRota RotaEditor::rota() const
{
    OnCallRota rota;
    rota.phone = m_phone->text().trimmed();
    rota.peers = m_peers->names();
    if (m_anchorSet || !rota.peers.isEmpty())
        rota.anchorMonday = mondayOf(m_anchor->date());
    return rota;
}

void RotaEditor::snapToMonday()
{
    const QDate monday = mondayOf(m_anchor->date());
    if (monday != m_anchor->date())
        m_anchor->setDate(monday); // comes back through dateChanged
}

void RotaEditor::updatePreview()
{
    const QDate anchor = mondayOf(m_anchor->date());
    m_anchorWeek->setText(tr("%1 %2, week %3")
                              .arg(QLocale().dayName(Qt::Monday), dayMonth(anchor))
                              .arg(IsoWeek::of(anchor).week));
    OnCallRota rota;
    rota.peers = m_peers->names();
    rota.anchorMonday = anchor;
    if (rota.peers.isEmpty()) {
        m_preview->setText(tr("Add the peers who share the phone."));
        return;
    }
    QStringList lines;
    for (int i = 0; i < PreviewWeeks; ++i) {
        const QDate monday = mondayOf(m_today).addDays(7 * i);
        lines << tr("week %1 (%2\u2013%3): %4")
                     .arg(IsoWeek::of(monday).week)
                     .arg(dayMonth(monday), dayMonth(monday.addDays(6)), rota.peerOn(monday));
    }
    m_preview->setText(lines.join(u'\n'));
}

} // namespace kotva
