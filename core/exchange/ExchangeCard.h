#pragma once

// The cards two Kotvas exchange once before files travel between them (issue 15, "Workers on
// other PCs"): a small text file with a magic line and a JSON object: whose card it is and
// their public key. A card carries no secret; whoever reads it learns only a name and a key.

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

namespace kotva {

struct ExchangeCard
{
    enum class Kind {
        Team,   ///< the team's name and the X25519 key files are sealed to
        Member, ///< a member's initials and the Ed25519 key they sign with
    };

    Kind kind = Kind::Team;
    QString name;
    QByteArray publicKey; ///< 32 bytes

    /// Five groups of four characters of the key's hash ("7KQ2-…"), for two people to read to
    /// each other on the phone: a card swapped on the way has another fingerprint.
    [[nodiscard]] QString fingerprint() const;

    /// The card's file.
    [[nodiscard]] QByteArray toFile() const;
    /// InvalidInput for anything that is not a card of `kind` that Kotva makes, with words
    /// saying which card was expected.
    [[nodiscard]] static Result<ExchangeCard> fromFile(const QByteArray& file, Kind kind);

    static constexpr qsizetype MaxNameLength = 80;
};

} // namespace kotva
