#include "core/team/AccessGate.h"

#include <QCoreApplication>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::AccessGate)
};

QString refusal(Capability capability)
{
    switch (capability) {
    case Capability::ClientWork:
        return Tr::tr("Contacts and e-mail counselling are for peer workers. Your roles in this "
                      "team do not include it; the team lead can change them.");
    case Capability::OwnNotes:
        return Tr::tr("Supervision notes are written by peer workers. Your roles in this team do "
                      "not include it; the team lead can change them.");
    case Capability::ReadTeamNotes:
        return Tr::tr("The notes shared for team supervision are for the team's peer workers "
                      "and its team lead.");
    case Capability::TeamAgenda:
        return Tr::tr("Arranging the team supervision agenda and reading the access log are for "
                      "the team lead.");
    case Capability::Figures:
        return Tr::tr("The team's figures are for the team lead and the coordinator.");
    case Capability::EditProgramme:
        return Tr::tr("Only a coordinator changes the group programme; everyone can read it.");
    case Capability::ManageMembers:
        return Tr::tr("Only the team lead adds and removes members and sets their roles.");
    case Capability::IndividualSupervision:
        return Tr::tr("Notes shared for individual supervision are for the team lead who "
                      "supervises.");
    }
    return {};
}

} // namespace

AccessGate::AccessGate(Actor actor)
    : m_actor(std::move(actor))
{}

const AccessGate& AccessGate::soleUser()
{
    static const AccessGate gate;
    return gate;
}

bool AccessGate::allows(Capability capability) const
{
    return rolesAllow(m_actor.roles, capability);
}

Status AccessGate::require(Capability capability) const
{
    if (allows(capability))
        return {};
    return fail(ErrorCode::NotPermitted, refusal(capability));
}

} // namespace kotva
