#pragma once

// Words for the inbox in the UI language: the model's cells, the answer bar and the status
// line after a mail run all say the same thing about the same state.

#include "core/mail/intake/InboxEntry.h"
#include "core/mail/intake/MailRun.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace kotva::mail_ui {

/// "Sent", "Not needed", "May have been sent (uncertain)", …
QString acknowledgementLabel(AckState state);
/// One sentence on what the state means for the worker (the cell's tooltip).
QString acknowledgementExplanation(AckState state);

/// A short date for "Overdue since 10. 12." (Czech) or "10 Dec" (other languages).
QString shortDate(const QDateTime& utc);
/// The Due cell: the due date, "Overdue since …", "Answered", "Closed", …
QString dueLabel(const InboxEntry& entry, const QDateTime& nowUtc);
/// "2 (not opened)"; empty without attachments.
QString attachmentsLabel(int count);

/// The status line after a run: what came in, what was acknowledged, what was skipped or
/// is uncertain, and what stopped the run, in plain words.
QString runSummary(const MailRunReport& report);
/// Whether the summary is a warning (something uncertain or not sent) rather than news.
bool runNeedsAttention(const MailRunReport& report);

/// The colours the referral pane uses for the levels, so acute looks the same everywhere.
struct RiskColours
{
    QColor background;
    QColor text;
};
RiskColours riskColours(RiskLevel level);
/// Red that stays readable on the light table background (overdue, failed).
QColor alarmText();
/// The tint of a whole acute row, so it stands out without colour alone (bold, marker too).
QColor acuteRowTint();

} // namespace kotva::mail_ui
