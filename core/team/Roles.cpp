#include "core/team/Roles.h"

#include <QCoreApplication>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::Roles)
};

} // namespace

QString roleLabel(Role role)
{
    switch (role) {
    case Role::PeerWorker:
        return Tr::tr("peer worker");
    case Role::TeamLead:
        return Tr::tr("team lead");
    case Role::Coordinator:
        return Tr::tr("coordinator");
    }
    return {};
}

QStringList roleLabels(Roles roles)
{
    QStringList labels;
    for (Role role : {Role::PeerWorker, Role::TeamLead, Role::Coordinator}) {
        if (roles.testFlag(role))
            labels << roleLabel(role);
    }
    return labels;
}

bool rolesAllow(Roles roles, Capability capability)
{
    switch (capability) {
    case Capability::ClientWork:
    case Capability::OwnNotes:
        // A team lead is a peer worker too in the teams of seed 002; they hold both roles
        // when they also meet clients. The role, not the title, decides.
        return roles.testFlag(Role::PeerWorker);
    case Capability::ReadTeamNotes:
        return roles.testFlag(Role::PeerWorker) || roles.testFlag(Role::TeamLead);
    case Capability::TeamAgenda:
    case Capability::ManageMembers:
    case Capability::IndividualSupervision:
        return roles.testFlag(Role::TeamLead);
    case Capability::Figures:
        return roles.testFlag(Role::TeamLead) || roles.testFlag(Role::Coordinator);
    case Capability::EditProgramme:
        return roles.testFlag(Role::Coordinator);
    }
    return false;
}

} // namespace kotva
