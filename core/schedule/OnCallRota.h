#pragma once

#include "core/schedule/Recurrence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kotva {

/// One week (Monday–Sunday) of the shared on-call phone.
struct RotaWeek
{
    IsoWeek isoWeek; ///< shown as "týden 49"
    QDate monday;
    QDate sunday;
    QString peer; ///< who has the phone that week

    friend bool operator==(const RotaWeek&, const RotaWeek&) = default;
};

/// The shared on-call phone (seed 002: "Služebním telefonem disponují nejméně dva pracovníci,
/// kteří se mohou střídat"). Peers take the phone for a whole ISO week in turn; the
/// order restarts at `anchorMonday`, whose week belongs to peers[0].
struct OnCallRota
{
    static constexpr int MinimumPeers = 2;

    QStringList peers;  ///< first names, in turn order
    QDate anchorMonday; ///< a Monday; the week peers[0] starts the rotation
    QString phone;      ///< the on-call number (public service phone); empty = organisation's phone

    /// Who is on call during the ISO week containing `date`; empty when no peers.
    [[nodiscard]] QString peerOn(const QDate& date) const;
    /// Every week that has at least one day in the month, Monday–Sunday, in order
    /// (a week crossing the month boundary is listed in both months).
    [[nodiscard]] QList<RotaWeek> weeksOfMonth(int year, int month) const;

    friend bool operator==(const OnCallRota&, const OnCallRota&) = default;
};

} // namespace kotva
