#pragma once

#include "core/schedule/Venue.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace kotva {

/// Where an activity meets: at the organisation, at another place (typed: an address, or the
/// meeting point of a trip), or announced that week. For a date rule it can also say
/// "as the activity" (no override).
class VenueEdit final : public QWidget
{
    Q_OBJECT
public:
    enum class Override { NotOffered, Offered };

    explicit VenueEdit(Override override, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VenueEdit)

    /// nullopt = "as the activity" (only when offered).
    void setVenue(const std::optional<Venue>& venue);
    [[nodiscard]] std::optional<Venue> venue() const;

    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QLineEdit* placeEdit() const { return m_place; }
    /// Selects the entry for `kind` (as a person would in the combo box).
    void selectKind(Venue::Kind kind);

Q_SIGNALS:
    void edited();

private:
    void updatePlace();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_place = nullptr;
};

} // namespace kotva
