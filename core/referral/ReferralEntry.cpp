#include "core/referral/ReferralEntry.h"

namespace kotva {

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Emergency:
        return QStringLiteral("emergency");
    case EntryKind::CrisisLine:
        return QStringLiteral("crisis_line");
    case EntryKind::CrisisCentre:
        return QStringLiteral("crisis_centre");
    }
    return {};
}

QString topicName(Topic topic)
{
    switch (topic) {
    case Topic::General:
        return QStringLiteral("general");
    case Topic::Medical:
        return QStringLiteral("medical");
    case Topic::Police:
        return QStringLiteral("police");
    case Topic::Suicide:
        return QStringLiteral("suicide");
    case Topic::Violence:
        return QStringLiteral("violence");
    case Topic::Children:
        return QStringLiteral("children");
    case Topic::Seniors:
        return QStringLiteral("seniors");
    }
    return {};
}

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Operator:
        return QStringLiteral("operator");
    case SourceKind::Register:
        return QStringLiteral("register");
    case SourceKind::Secondary:
        return QStringLiteral("secondary");
    case SourceKind::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}

} // namespace kotva
