#pragma once

#include <QString>

namespace kotva {

/// Who publishes the programme: printed at the top of every month, used for the
/// "organisation's address" venue and in iCalendar UIDs. Public contact only.
struct Organisation
{
    QString name;         ///< "Kaleidoskop – centrum terapie a vzdělávání, z. ú."
    QString programme;    ///< the programme's own name, e.g. "NetoPEER" (may be empty)
    QString address;      ///< full address; the venue of most activities
    QString shortAddress; ///< compact form for chat posts ("Svatoslavova 260/14"); falls back to
                          ///< address
    QString email;        ///< the service's public e-mail
    QString phone;        ///< the service's public (on-call) phone
    QString web;          ///< optional

    /// shortAddress, or address when no short form is given.
    [[nodiscard]] QString compactAddress() const
    {
        return shortAddress.isEmpty() ? address : shortAddress;
    }

    friend bool operator==(const Organisation&, const Organisation&) = default;
};

} // namespace kotva
