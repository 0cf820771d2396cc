#pragma once

#include "core/analysis/Findings.h"
#include "core/mail/intake/MailRecord.h"
#include "core/session/Contact.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kotva {

/// One e-mail contact as the inbox lists it. Nothing here identifies the client.
struct InboxEntry
{
    ContactId contact = 0;
    QString name;      ///< the contact's display name (pseudonym, or its reference)
    QString reference; ///< the anonymous contact reference
    QDateTime receivedAtUtc;
    QDateTime dueAtUtc;
    RiskLevel risk = RiskLevel::None;
    AckState ack = AckState::None;
    AnswerState answer = AnswerState::None;
    int attachments = 0;
    bool closed = false;
    /// The client asked for something the service does not give (the conversation shows why
    /// not, and where to go instead).
    bool outOfScope = false;

    /// Not answered and past the due date at `nowUtc`.
    [[nodiscard]] bool overdue(const QDateTime& nowUtc) const
    {
        return answer == AnswerState::None && !closed && dueAtUtc < nowUtc;
    }
    /// Still waiting for the worker (not answered, not closed).
    [[nodiscard]] bool waiting() const { return answer == AnswerState::None && !closed; }
};

/// The inbox order (issue 14): what waits for an answer first, acute before everything, then
/// the nearest due date; answered and closed contacts after them, newest first.
void sortByUrgency(QList<InboxEntry>& entries);

} // namespace kotva
