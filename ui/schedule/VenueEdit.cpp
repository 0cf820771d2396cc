#include "ui/schedule/VenueEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

namespace {

constexpr int AsActivity = -1;

} // namespace

VenueEdit::VenueEdit(Override override, QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_place(new QLineEdit(this))
{
    if (override == Override::Offered)
        m_kind->addItem(tr("As the activity"), AsActivity);
    m_kind->addItem(tr("At the organisation"), static_cast<int>(Venue::Kind::OrganisationAddress));
    m_kind->addItem(tr("Another place"), static_cast<int>(Venue::Kind::Place));
    m_kind->addItem(tr("Announced that week"), static_cast<int>(Venue::Kind::AnnouncedThatWeek));
    m_place->setPlaceholderText(tr("address, or the meeting point of a trip"));
    m_place->setAccessibleName(tr("Place"));

    // The place field shows only when there is a place to type: below the choice, so a long
    // address or meeting point has the whole width.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 0, Qt::AlignLeft);
    layout->addWidget(m_place);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updatePlace();
        Q_EMIT edited();
    });
    connect(m_place, &QLineEdit::textEdited, this, &VenueEdit::edited);
    updatePlace();
}

void VenueEdit::setVenue(const std::optional<Venue>& venue)
{
    const QSignalBlocker blocker(m_kind);
    const int data = venue ? static_cast<int>(venue->kind) : AsActivity;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(data)));
    m_place->setText(venue ? venue->place : QString());
    updatePlace();
}

std::optional<Venue> VenueEdit::venue() const
{
    const int data = m_kind->currentData().toInt();
    if (data == AsActivity)
        return std::nullopt;
    const auto kind = static_cast<Venue::Kind>(data);
    if (kind == Venue::Kind::Place)
        return Venue::at(m_place->text().trimmed());
    return Venue{kind, {}};
}

void VenueEdit::selectKind(Venue::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void VenueEdit::updatePlace()
{
    m_place->setVisible(m_kind->currentData().toInt() == static_cast<int>(Venue::Kind::Place));
}

} // namespace kotva
