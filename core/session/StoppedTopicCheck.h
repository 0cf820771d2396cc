#pragma once

#include "core/session/Contact.h"

#include <QStringList>

namespace kotva {

/// Whether a worker's draft returns to a topic the client stopped (seed 002: the client may
/// say STOP to a topic at any time, and the peer does not take it up again unless the client
/// does). Czech inflects, so a topic's word matches its other forms by their shared stem:
/// "rodina" finds "rodině", "rodinou"; "táta" finds "tátovi", "tátou".
class StoppedTopicCheck final
{
public:
    StoppedTopicCheck() = delete;

    /// The labels of the stopped topics the draft touches, in the order they were stopped.
    /// Topics stopped without a label cannot be recognised and are left out.
    [[nodiscard]] static QStringList touched(const QList<StoppedTopic>& stopped,
                                             const QString& draft);
};

} // namespace kotva
