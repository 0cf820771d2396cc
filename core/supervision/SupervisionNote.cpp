#include "core/supervision/SupervisionNote.h"

#include "core/common/EnumNames.h"

#include <QCoreApplication>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::SupervisionNote)
};

} // namespace

QList<SharingLevel> allSharingLevels()
{
    return {SharingLevel::Private, SharingLevel::IndividualSupervision,
            SharingLevel::TeamSupervision};
}

QList<NoteTopic> allNoteTopics()
{
    return {NoteTopic::Difficult, NoteTopic::BoundaryDilemma, NoteTopic::OwnFeelings,
            NoteTopic::Conflict,  NoteTopic::SelfCare,        NoteTopic::Other};
}

// The names below are stored in the vault: never rename them.

QString sharingLevelName(SharingLevel level)
{
    switch (level) {
    case SharingLevel::Private:
        return QStringLiteral("private");
    case SharingLevel::IndividualSupervision:
        return QStringLiteral("individual");
    case SharingLevel::TeamSupervision:
        return QStringLiteral("team");
    }
    return QStringLiteral("private");
}

QString noteTopicName(NoteTopic topic)
{
    switch (topic) {
    case NoteTopic::Difficult:
        return QStringLiteral("difficult");
    case NoteTopic::BoundaryDilemma:
        return QStringLiteral("boundary_dilemma");
    case NoteTopic::OwnFeelings:
        return QStringLiteral("own_feelings");
    case NoteTopic::Conflict:
        return QStringLiteral("conflict");
    case NoteTopic::SelfCare:
        return QStringLiteral("self_care");
    case NoteTopic::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<SharingLevel> sharingLevelFromName(const QString& name)
{
    return enumFromName(allSharingLevels(), name, &sharingLevelName);
}

std::optional<NoteTopic> noteTopicFromName(const QString& name)
{
    return enumFromName(allNoteTopics(), name, &noteTopicName);
}

QString sharingLevelLabel(SharingLevel level)
{
    switch (level) {
    case SharingLevel::Private:
        return Tr::tr("Private");
    case SharingLevel::IndividualSupervision:
        return Tr::tr("For individual supervision");
    case SharingLevel::TeamSupervision:
        return Tr::tr("For team supervision");
    }
    return {};
}

QString noteTopicLabel(NoteTopic topic)
{
    switch (topic) {
    case NoteTopic::Difficult:
        return Tr::tr("What was hard");
    case NoteTopic::BoundaryDilemma:
        return Tr::tr("Boundary dilemma");
    case NoteTopic::OwnFeelings:
        return Tr::tr("My own feelings");
    case NoteTopic::Conflict:
        return Tr::tr("Conflict");
    case NoteTopic::SelfCare:
        return Tr::tr("Self-care");
    case NoteTopic::Other:
        return Tr::tr("Other");
    }
    return {};
}

} // namespace kotva
