#pragma once

#include "core/common/Error.h"
#include "core/schedule/Programme.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kotva {

/// A programme loaded from JSON together with the warnings the coordinator should see.
struct LoadedProgramme
{
    Programme programme;
    QList<ValidationIssue> warnings;
};

/// The programme file format (resources/programmes/README.md documents it; example.json
/// ships with Kotva). Loading validates: any structural problem or validation error is an
/// InvalidInput error whose message names the file and the place ("example.json:
/// activities[1].rules[0].weekday: 'Thurday' is not a weekday"). Warnings are returned.
class ProgrammeJson final
{
public:
    ProgrammeJson() = delete;

    static constexpr int FormatVersion = 1;

    [[nodiscard]] static Result<LoadedProgramme> loadFile(const QString& path);
    /// `sourceName` is used in messages (usually the file name).
    [[nodiscard]] static Result<LoadedProgramme> parse(const QByteArray& json,
                                                       const QString& sourceName);
    [[nodiscard]] static QByteArray serialize(const Programme& programme);
    /// One activity as the object in the file's "activities" list (used by the vault too).
    [[nodiscard]] static QJsonObject activityToJson(const Activity& activity);
    /// The reverse; InvalidInput naming `where` when the object is malformed (no validation).
    [[nodiscard]] static Result<Activity> activityFromJson(const QJsonObject& object,
                                                           const QString& where);
    /// Writes atomically (QSaveFile).
    [[nodiscard]] static Status saveFile(const Programme& programme, const QString& path);
};

} // namespace kotva
