#pragma once

// One turn of a conversation.

#include "core/analysis/Findings.h"
#include "core/session/Contact.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kotva {

using TurnId = qint64;

/// A turn as stored: the text is already redacted, and it goes when the message retention
/// runs out (the turn then stays with an empty text and textExpired set, so the
/// conversation still shows that something was said).
struct Turn
{
    TurnId id = 0;
    ContactId contactId = 0;
    Author author = Author::Client;
    QString text; ///< redacted; empty once expired
    bool textExpired = false;
    QDateTime createdAtUtc;
    RiskLevel risk = RiskLevel::None;  ///< client turns: the level the analysis gave
    QList<SignalKind> signalKinds;     ///< what was found, without where
    QList<BoundaryRule> boundaryRules; ///< boundary findings on this turn
    QList<PiiKind> redactedKinds;      ///< what was removed before storing, one per span
    bool sentDespiteBoundary = false;  ///< a worker turn saved although it crossed a rule
};

/// What saving a turn did: the stored turn, and the analysis of the original text (kept in
/// memory only, so the pane can show what was removed and what was found).
struct SavedTurn
{
    Turn turn;
    Analysis analysis;
};

} // namespace kotva
