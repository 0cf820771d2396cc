#pragma once

#include "core/common/Error.h"
#include "core/referral/JsonLineLocator.h"
#include "core/referral/ReferralDirectory.h"

#include <QJsonObject>

namespace kotva {

/// Turns the JSON of a referral directory into a validated ReferralDirectory. Internal to
/// the referral module; see resources/referrals/README.md for the format.
class ReferralDirectoryParser
{
public:
    ReferralDirectoryParser(const QByteArray& json, QString fileName);
    Result<ReferralDirectory> parse();

private:
    Status parseRegions(const QJsonObject& root, ReferralDirectory& directory);
    Result<ReferralEntry> parseEntry(const QJsonObject& object, int index);
    Status parseHours(const QJsonValue& value, OpeningHours& hours, QString* problem);
    Status parseNotCovered(const QJsonObject& root, ReferralDirectory& directory);

    /// "file:line: entry X: what" as an InvalidInput error.
    std::unexpected<Error> entryError(int index, const QString& id, const QString& what) const;
    std::unexpected<Error> fileError(int line, const QString& what) const;

    QByteArray m_json;
    QString m_fileName;
    JsonLineLocator m_lines;
};

} // namespace kotva
