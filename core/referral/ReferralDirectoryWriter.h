#pragma once

#include "core/referral/ReferralEntry.h"

#include <QByteArray>
#include <QList>
#include <QMap>

namespace kotva {

/// Writes entries as a referral directory file in the format ReferralDirectory reads
/// (resources/referrals/README.md): the organisation's own services are saved, exported and
/// shared this way, and whatever is written here reads back as the same entries.
[[nodiscard]] QByteArray referralDirectoryJson(const QList<ReferralEntry>& entries,
                                               const QMap<QString, QString>& regionNames);

} // namespace kotva
