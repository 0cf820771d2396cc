#include "core/session/ContactRisk.h"

namespace kotva {

std::optional<Analysis> ContactRisk::resumed(const Contact& contact, const QList<Turn>& turns)
{
    if (contact.state != ContactState::Open || contact.highestRisk == RiskLevel::None)
        return std::nullopt;
    for (auto turn = turns.crbegin(); turn != turns.crend(); ++turn) {
        if (turn->author != Author::Client || turn->risk != contact.highestRisk)
            continue;
        Analysis stored;
        stored.crisis.level = turn->risk;
        for (const SignalKind kind : turn->signalKinds)
            stored.crisis.signals.append(CrisisSignal{kind, TextSpan{}});
        return stored;
    }
    return std::nullopt;
}

} // namespace kotva
