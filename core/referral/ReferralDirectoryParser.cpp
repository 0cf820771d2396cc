#include "core/referral/ReferralDirectoryParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace kotva {

namespace {

std::optional<EntryKind> kindFromName(const QString& name)
{
    for (EntryKind kind : {EntryKind::Emergency, EntryKind::CrisisLine, EntryKind::CrisisCentre}) {
        if (entryKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<Topic> topicFromName(const QString& name)
{
    for (Topic topic : {Topic::General, Topic::Medical, Topic::Police, Topic::Suicide,
                        Topic::Violence, Topic::Children, Topic::Seniors}) {
        if (topicName(topic) == name)
            return topic;
    }
    return std::nullopt;
}

std::optional<SourceKind> sourceKindFromName(const QString& name)
{
    for (SourceKind kind : {SourceKind::Operator, SourceKind::Register, SourceKind::Secondary,
                            SourceKind::Organisation}) {
        if (sourceKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

/// A number people can dial: digits, spaces and an optional leading "+", 3–15 digits.
bool isPhoneNumber(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ]+$"));
    if (!pattern.match(phone).hasMatch())
        return false;
    const qsizetype digits = phone.count(QRegularExpression(QStringLiteral("[0-9]")));
    return digits >= 3 && digits <= 15;
}

std::optional<MinuteRange> parseRange(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-2][0-9]):([0-5][0-9])-([0-2][0-9]):([0-5][0-9])$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    const int to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    if (from >= 24 * 60 || to > 24 * 60 || from >= to)
        return std::nullopt;
    return MinuteRange{from, to};
}

LocalizedText localized(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    return {object.value(QLatin1String("cs")).toString().trimmed(),
            object.value(QLatin1String("en")).toString().trimmed()};
}

} // namespace

ReferralDirectoryParser::ReferralDirectoryParser(const QByteArray& json, QString fileName)
    : m_json(json)
    , m_fileName(std::move(fileName))
    , m_lines(json)
{}

std::unexpected<Error> ReferralDirectoryParser::fileError(int line, const QString& what) const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(m_fileName).arg(line) : m_fileName;
    return fail(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(where, what));
}

std::unexpected<Error> ReferralDirectoryParser::entryError(int index, const QString& id,
                                                           const QString& what) const
{
    const QString label =
        id.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : QStringLiteral("\"%1\"").arg(id);
    return fileError(
        m_lines.lineOfArrayElement("entries", index),
        QCoreApplication::translate("kotva::ReferralDirectory", "entry %1: %2").arg(label, what));
}

Result<ReferralDirectory> ReferralDirectoryParser::parse()
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fileError(
            m_lines.lineOfOffset(parseError.offset),
            QCoreApplication::translate("kotva::ReferralDirectory", "not valid JSON: %1")
                .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fileError(1, QCoreApplication::translate("kotva::ReferralDirectory",
                                                        "the top level must be a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("kotva-referrals")) {
        return fileError(m_lines.lineOfTopLevelKey("format"),
                         QCoreApplication::translate(
                             "kotva::ReferralDirectory",
                             "this is not a Kotva referral directory (\"format\" must be "
                             "\"kotva-referrals\")"));
    }
    if (root.value(QLatin1String("version")).toInt() != 1) {
        return fileError(
            m_lines.lineOfTopLevelKey("version"),
            QCoreApplication::translate("kotva::ReferralDirectory",
                                        "unsupported version %1; this Kotva reads version 1")
                .arg(root.value(QLatin1String("version")).toVariant().toString()));
    }

    ReferralDirectory directory;
    if (const Status regions = parseRegions(root, directory); !regions)
        return std::unexpected(regions.error());

    const QJsonValue entriesValue = root.value(QLatin1String("entries"));
    if (!entriesValue.isArray())
        return fileError(
            m_lines.lineOfTopLevelKey("entries"),
            QCoreApplication::translate("kotva::ReferralDirectory", "\"entries\" must be a list"));
    const QJsonArray entries = entriesValue.toArray();
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return entryError(
                i, {},
                QCoreApplication::translate("kotva::ReferralDirectory", "must be a JSON object"));
        Result<ReferralEntry> entry = parseEntry(entries.at(i).toObject(), i);
        if (!entry)
            return std::unexpected(entry.error());
        if (directory.find(entry->id))
            return entryError(i, entry->id,
                              QCoreApplication::translate("kotva::ReferralDirectory",
                                                          "the id is used by an earlier entry"));
        directory.m_entries.append(std::move(*entry));
    }

    if (const Status notCovered = parseNotCovered(root, directory); !notCovered)
        return std::unexpected(notCovered.error());
    return directory;
}

Status ReferralDirectoryParser::parseRegions(const QJsonObject& root, ReferralDirectory& directory)
{
    const int line = m_lines.lineOfTopLevelKey("regions");
    const QJsonValue value = root.value(QLatin1String("regions"));
    if (!value.isObject())
        return fileError(
            line, QCoreApplication::translate("kotva::ReferralDirectory",
                                              "\"regions\" must map region codes to their names"));
    const QJsonObject regions = value.toObject();
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        if (!ReferralDirectory::czechRegionCodes().contains(it.key())) {
            return fileError(line, QCoreApplication::translate(
                                       "kotva::ReferralDirectory",
                                       "unknown region code \"%1\" (use the official codes "
                                       "CZ010 … CZ080)")
                                       .arg(it.key()));
        }
        directory.m_regionNames.insert(it.key(), it.value().toString());
    }
    return {};
}

Result<ReferralEntry> ReferralDirectoryParser::parseEntry(const QJsonObject& object, int index)
{
    ReferralEntry entry;
    entry.id = object.value(QLatin1String("id")).toString().trimmed();
    if (entry.id.isEmpty())
        return entryError(
            index, {},
            QCoreApplication::translate("kotva::ReferralDirectory", "the \"id\" is missing"));

    const QString kindText = object.value(QLatin1String("kind")).toString();
    const std::optional<EntryKind> kind = kindFromName(kindText);
    if (!kind)
        return entryError(
            index, entry.id,
            QCoreApplication::translate("kotva::ReferralDirectory", "unknown kind \"%1\"")
                .arg(kindText));
    entry.kind = *kind;

    for (const QJsonValue& topicValue : object.value(QLatin1String("topics")).toArray()) {
        const std::optional<Topic> topic = topicFromName(topicValue.toString());
        if (!topic) {
            return entryError(
                index, entry.id,
                QCoreApplication::translate("kotva::ReferralDirectory", "unknown topic \"%1\"")
                    .arg(topicValue.toString()));
        }
        entry.topics.append(*topic);
    }

    entry.name = localized(object.value(QLatin1String("name")));
    if (entry.name.cs.isEmpty() || entry.name.en.isEmpty())
        return entryError(index, entry.id,
                          QCoreApplication::translate("kotva::ReferralDirectory",
                                                      "\"name\" needs both \"cs\" and \"en\""));
    entry.audience = localized(object.value(QLatin1String("audience")));
    entry.operatorName = object.value(QLatin1String("operator")).toString().trimmed();

    entry.phone = object.value(QLatin1String("phone")).toString().trimmed();
    if (entry.phone.isEmpty())
        return entryError(
            index, entry.id,
            QCoreApplication::translate("kotva::ReferralDirectory", "the phone number is missing"));
    if (!isPhoneNumber(entry.phone))
        return entryError(
            index, entry.id,
            QCoreApplication::translate("kotva::ReferralDirectory", "\"%1\" is not a phone number")
                .arg(entry.phone));

    entry.region = object.value(QLatin1String("region")).toString().trimmed();
    if (!entry.region.isEmpty() && !ReferralDirectory::czechRegionCodes().contains(entry.region)) {
        return entryError(index, entry.id,
                          QCoreApplication::translate(
                              "kotva::ReferralDirectory",
                              "unknown region \"%1\" (use the official codes CZ010 … CZ080)")
                              .arg(entry.region));
    }
    entry.address = object.value(QLatin1String("address")).toString().trimmed();
    if (entry.kind == EntryKind::CrisisCentre &&
        (entry.address.isEmpty() || entry.region.isEmpty()))
        return entryError(
            index, entry.id,
            QCoreApplication::translate("kotva::ReferralDirectory",
                                        "a crisis centre needs an address and a region"));

    QString problem;
    if (!parseHours(object.value(QLatin1String("hours")), entry.hours, &problem))
        return entryError(
            index, entry.id,
            QCoreApplication::translate("kotva::ReferralDirectory", "bad opening hours: %1")
                .arg(problem));
    entry.free = object.value(QLatin1String("free")).toBool(false);

    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    entry.sourceUrl = source.value(QLatin1String("url")).toString().trimmed();
    const QUrl url(entry.sourceUrl, QUrl::StrictMode);
    // An organisation confirms its own services by phone or in person: a page is optional.
    const bool byOrganisation =
        source.value(QLatin1String("kind")).toString() == sourceKindName(SourceKind::Organisation);
    if ((!byOrganisation || !entry.sourceUrl.isEmpty()) &&
        (!url.isValid() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
         url.host().isEmpty())) {
        return entryError(
            index, entry.id,
            QCoreApplication::translate("kotva::ReferralDirectory",
                                        "\"source\" needs the http(s) address of the page "
                                        "that confirms the entry"));
    }
    const QString sourceKindText = source.value(QLatin1String("kind")).toString();
    const std::optional<SourceKind> sourceKind = sourceKindFromName(sourceKindText);
    if (!sourceKind) {
        return entryError(index, entry.id,
                          QCoreApplication::translate(
                              "kotva::ReferralDirectory",
                              "unknown source kind \"%1\" (operator, register, secondary or "
                              "organisation)")
                              .arg(sourceKindText));
    }
    entry.sourceKind = *sourceKind;

    const QString verifiedText = object.value(QLatin1String("verified")).toString();
    entry.verified = QDate::fromString(verifiedText, Qt::ISODate);
    if (!entry.verified.isValid() || verifiedText.size() != 10) {
        return entryError(index, entry.id,
                          QCoreApplication::translate(
                              "kotva::ReferralDirectory",
                              "\"verified\" must be a date written YYYY-MM-DD, not \"%1\"")
                              .arg(verifiedText));
    }
    entry.note = object.value(QLatin1String("note")).toString().trimmed();
    return entry;
}

Status ReferralDirectoryParser::parseHours(const QJsonValue& value, OpeningHours& hours,
                                           QString* problem)
{
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("always")).toBool(false)) {
        hours = OpeningHours::always();
        return {};
    }
    const QJsonValue weeklyValue = object.value(QLatin1String("weekly"));
    if (!weeklyValue.isObject()) {
        *problem = QCoreApplication::translate("kotva::ReferralDirectory",
                                               "give {\"always\": true} or a \"weekly\" schedule");
        return fail(ErrorCode::InvalidInput, *problem);
    }
    static const char* const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QJsonObject weekly = weeklyValue.toObject();
    for (auto it = weekly.begin(); it != weekly.end(); ++it) {
        int day = -1;
        for (int d = 0; d < 7; ++d) {
            if (it.key() == QLatin1String(dayKeys[d]))
                day = d;
        }
        if (day < 0) {
            *problem = QCoreApplication::translate("kotva::ReferralDirectory",
                                                   "unknown day \"%1\" (mon … sun)")
                           .arg(it.key());
            return fail(ErrorCode::InvalidInput, *problem);
        }
        for (const QJsonValue& rangeValue : it.value().toArray()) {
            const std::optional<MinuteRange> range = parseRange(rangeValue.toString());
            if (!range) {
                *problem =
                    QCoreApplication::translate("kotva::ReferralDirectory",
                                                "\"%1\" is not a time range like 08:00-17:00")
                        .arg(rangeValue.toString());
                return fail(ErrorCode::InvalidInput, *problem);
            }
            hours.addRange(static_cast<Qt::DayOfWeek>(day + 1), *range);
        }
    }
    const QString holidays = object.value(QLatin1String("publicHolidays")).toString();
    if (holidays == QLatin1String("closed")) {
        hours.setHolidays(OpeningHours::Holidays::Closed);
    } else if (holidays.isEmpty() || holidays == QLatin1String("as_weekday")) {
        hours.setHolidays(OpeningHours::Holidays::AsWeekday);
    } else {
        *problem = QCoreApplication::translate(
            "kotva::ReferralDirectory", "\"publicHolidays\" must be \"closed\" or \"as_weekday\"");
        return fail(ErrorCode::InvalidInput, *problem);
    }
    return {};
}

Status ReferralDirectoryParser::parseNotCovered(const QJsonObject& root,
                                                ReferralDirectory& directory)
{
    const int line = m_lines.lineOfTopLevelKey("notCovered");
    for (const QJsonValue& value : root.value(QLatin1String("notCovered")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString region = object.value(QLatin1String("region")).toString();
        const QString reason = object.value(QLatin1String("reason")).toString().trimmed();
        if (!ReferralDirectory::czechRegionCodes().contains(region))
            return fileError(line,
                             QCoreApplication::translate("kotva::ReferralDirectory",
                                                         "\"notCovered\": unknown region \"%1\"")
                                 .arg(region));
        if (reason.isEmpty())
            return fileError(line,
                             QCoreApplication::translate("kotva::ReferralDirectory",
                                                         "\"notCovered\": region %1 needs a reason")
                                 .arg(region));
        if (directory.regionsWithCrisisCentre().contains(region)) {
            return fileError(line, QCoreApplication::translate(
                                       "kotva::ReferralDirectory",
                                       "\"notCovered\": region %1 has a crisis centre listed")
                                       .arg(region));
        }
        directory.m_notCovered.insert(region, reason);
    }
    return {};
}

} // namespace kotva
