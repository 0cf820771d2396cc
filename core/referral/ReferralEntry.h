#pragma once

#include "core/common/ScriptLanguage.h"
#include "core/referral/OpeningHours.h"

#include <QDate>
#include <QList>
#include <QString>

namespace kotva {

/// What kind of service an entry is; decides where the planner places it.
enum class EntryKind {
    Emergency,    ///< 112, 155, 158: the integrated rescue system
    CrisisLine,   ///< telephone crisis help (national or regional)
    CrisisCentre, ///< a place the client can go to (has an address)
};

/// Who or what a service is for; the planner picks entries by topic, not by id, so an
/// organisation's own directory works the same way.
enum class Topic { General, Medical, Police, Suicide, Violence, Children, Seniors };

/// Where the "verified" date comes from.
enum class SourceKind {
    Operator,  ///< the operator's own site
    Register,  ///< the MPSV register of social services (or a regional catalogue of it)
    Secondary, ///< press or another public page; "verified" is that source's date
    /// the organisation itself (its coordinator phoned or visited); "verified" is the day
    /// they confirmed it, and a web address is optional
    Organisation,
};

/// A text kept in both script languages.
struct LocalizedText
{
    QString cs;
    QString en;
    [[nodiscard]] QString in(ScriptLanguage language) const
    {
        return language == ScriptLanguage::Czech ? cs : en;
    }
};

/// One service of the referral directory, as validated from JSON.
struct ReferralEntry
{
    QString id;
    EntryKind kind = EntryKind::CrisisLine;
    QList<Topic> topics;
    LocalizedText name;
    QString operatorName;
    QString phone;   ///< as printed for people ("116 123")
    QString region;  ///< CZ-NUTS 3 code ("CZ032"); empty for a national service
    QString address; ///< required for crisis centres
    LocalizedText audience;
    OpeningHours hours;
    bool free = true;
    QString sourceUrl;
    SourceKind sourceKind = SourceKind::Operator;
    QDate verified; ///< the date the entry was last confirmed (shown in the pane)
    QString note;

    [[nodiscard]] bool hasTopic(Topic topic) const { return topics.contains(topic); }
    /// Nobody has confirmed it for more than a year on `today`: the planner warns, the pane
    /// and the organisation's list mark it.
    [[nodiscard]] bool isStaleOn(QDate today) const { return verified.daysTo(today) > 365; }
    [[nodiscard]] bool isNational() const { return region.isEmpty(); }
};

/// Stable names used in the JSON ("crisis_line", "violence", "operator").
QString entryKindName(EntryKind kind);
QString topicName(Topic topic);
QString sourceKindName(SourceKind kind);

} // namespace kotva
