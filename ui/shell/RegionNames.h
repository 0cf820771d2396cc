#pragma once

#include <QString>
#include <QStringList>

namespace kotva::shell {

/// The 14 Czech regions (CZ-NUTS 3) in their official order, as the referral directory
/// knows them.
const QStringList& regionCodes();
/// The region's name in the UI language ("Plzeňský kraj" / "Plzeň Region"); the code
/// itself when unknown.
QString regionName(const QString& code);

} // namespace kotva::shell
