#include "ui/schedule/OccurrenceEditDialog.h"

#include "core/schedule/MonthText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace kotva {

OccurrenceEditDialog::OccurrenceEditDialog(Mode mode, const Occurrence& occurrence, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_occurrence(occurrence)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(QStringLiteral("<b>%1</b> \u2014 %2")
                       .arg(occurrence.title.toHtmlEscaped(), MonthText::dayLabel(occurrence.date)),
                   this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (mode == Mode::Cancel)
        buildCancel();
    else
        buildChange();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for a reason or a note of a sentence and the Czech labels, whatever the
    // font: the fields are never squeezed to a few letters.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    updateState();
}

void OccurrenceEditDialog::buildCancel()
{
    setWindowTitle(tr("Cancel an occurrence"));
    auto* form = new QFormLayout;
    // One field: its long label above it, and the reason gets the dialog's whole width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. both leads are ill"));
    form->addRow(tr("&Reason (printed and posted):"), m_reason);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    connect(m_reason, &QLineEdit::textChanged, this, &OccurrenceEditDialog::updateState);
}

void OccurrenceEditDialog::buildChange()
{
    setWindowTitle(tr("Change an occurrence"));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_start = new QTimeEdit(m_occurrence.start, this);
    m_end = new QTimeEdit(m_occurrence.end, this);
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_venueKind = new QComboBox(this);
    m_venueKind->addItem(tr("At the organisation"),
                         static_cast<int>(Venue::Kind::OrganisationAddress));
    m_venueKind->addItem(tr("Another place"), static_cast<int>(Venue::Kind::Place));
    m_venueKind->addItem(tr("Announced that week"),
                         static_cast<int>(Venue::Kind::AnnouncedThatWeek));
    m_venueKind->setCurrentIndex(m_venueKind->findData(static_cast<int>(m_occurrence.venue.kind)));
    m_place = new QLineEdit(m_occurrence.venue.place, this);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("e.g. we meet at the cinema"));
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("&Venue:"), m_venueKind);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Note:"), m_note);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
    connect(m_start, &QTimeEdit::timeChanged, this, &OccurrenceEditDialog::updateState);
    connect(m_end, &QTimeEdit::timeChanged, this, &OccurrenceEditDialog::updateState);
    connect(m_venueKind, &QComboBox::currentIndexChanged, this, &OccurrenceEditDialog::updateState);
    connect(m_place, &QLineEdit::textChanged, this, &OccurrenceEditDialog::updateState);
    connect(m_note, &QLineEdit::textChanged, this, &OccurrenceEditDialog::updateState);
}

Venue OccurrenceEditDialog::chosenVenue() const
{
    const auto kind = static_cast<Venue::Kind>(m_venueKind->currentData().toInt());
    if (kind == Venue::Kind::Place)
        return Venue::at(m_place->text().trimmed());
    return Venue{kind, {}};
}

bool OccurrenceEditDialog::canAccept() const
{
    if (m_mode == Mode::Cancel)
        return !m_reason->text().trimmed().isEmpty();
    if (m_end->time() <= m_start->time())
        return false;
    const Venue venue = chosenVenue();
    return venue.kind != Venue::Kind::Place || !venue.place.isEmpty();
}

void OccurrenceEditDialog::updateState()
{
    if (m_place)
        m_place->setEnabled(chosenVenue().kind == Venue::Kind::Place);
    if (m_buttons)
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

QString OccurrenceEditDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

OccurrenceChange OccurrenceEditDialog::change() const
{
    OccurrenceChange result;
    result.activityId = m_occurrence.activityId;
    result.date = m_occurrence.date;
    if (m_mode != Mode::Change)
        return result;
    // Everything is stated: the new change replaces an earlier one of the same occurrence,
    // and core describes only what differs from the usual time and venue.
    result.start = m_start->time();
    result.end = m_end->time();
    result.venue = chosenVenue();
    result.note = m_note->text().trimmed();
    return result;
}

} // namespace kotva
