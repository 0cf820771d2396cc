#include "core/referral/ReferralDirectoryWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kotva {

namespace {

QJsonObject localized(const LocalizedText& text)
{
    return QJsonObject{{QStringLiteral("cs"), text.cs}, {QStringLiteral("en"), text.en}};
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject hoursJson(const OpeningHours& hours)
{
    if (hours.isAlways())
        return QJsonObject{{QStringLiteral("always"), true}};
    static const char* const dayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QJsonObject weekly;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        QJsonArray ranges;
        for (const MinuteRange& range : hours.ranges(Qt::DayOfWeek(day)))
            ranges.append(QString(clock(range.from) + u'-' + clock(range.to)));
        if (!ranges.isEmpty())
            weekly.insert(QLatin1String(dayKeys[day - 1]), ranges);
    }
    return QJsonObject{
        {QStringLiteral("weekly"), weekly},
        {QStringLiteral("publicHolidays"), hours.holidays() == OpeningHours::Holidays::Closed
                                               ? QStringLiteral("closed")
                                               : QStringLiteral("as_weekday")}};
}

QJsonObject entryJson(const ReferralEntry& entry)
{
    QJsonArray topics;
    for (const Topic topic : entry.topics)
        topics.append(topicName(topic));
    QJsonObject source{{QStringLiteral("kind"), sourceKindName(entry.sourceKind)}};
    if (!entry.sourceUrl.isEmpty())
        source.insert(QStringLiteral("url"), entry.sourceUrl);
    QJsonObject object{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("kind"), entryKindName(entry.kind)},
        {QStringLiteral("topics"), topics},
        {QStringLiteral("name"), localized(entry.name)},
        {QStringLiteral("phone"), entry.phone},
        {QStringLiteral("hours"), hoursJson(entry.hours)},
        {QStringLiteral("free"), entry.free},
        {QStringLiteral("source"), source},
        {QStringLiteral("verified"), entry.verified.toString(Qt::ISODate)},
    };
    if (!entry.operatorName.isEmpty())
        object.insert(QStringLiteral("operator"), entry.operatorName);
    if (!entry.region.isEmpty())
        object.insert(QStringLiteral("region"), entry.region);
    if (!entry.address.isEmpty())
        object.insert(QStringLiteral("address"), entry.address);
    if (!entry.audience.cs.isEmpty() || !entry.audience.en.isEmpty())
        object.insert(QStringLiteral("audience"), localized(entry.audience));
    if (!entry.note.isEmpty())
        object.insert(QStringLiteral("note"), entry.note);
    return object;
}

} // namespace

QByteArray referralDirectoryJson(const QList<ReferralEntry>& entries,
                                 const QMap<QString, QString>& regionNames)
{
    QJsonObject regions;
    for (auto it = regionNames.cbegin(); it != regionNames.cend(); ++it)
        regions.insert(it.key(), it.value());
    QJsonArray list;
    for (const ReferralEntry& entry : entries)
        list.append(entryJson(entry));
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("kotva-referrals")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("country"), QStringLiteral("CZ")},
        {QStringLiteral("timeZone"), QStringLiteral("Europe/Prague")},
        {QStringLiteral("regions"), regions},
        {QStringLiteral("entries"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace kotva
