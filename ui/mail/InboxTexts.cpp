#include "ui/mail/InboxTexts.h"

#include "ui/shell/DateText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace kotva::mail_ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::InboxTexts)
};

} // namespace

QString acknowledgementLabel(AckState state)
{
    switch (state) {
    case AckState::None:
    case AckState::Pending:
        return Tr::tr("Pending");
    case AckState::Sending:
        return Tr::tr("Sending…");
    case AckState::Sent:
        return Tr::tr("Sent");
    case AckState::Uncertain:
        return Tr::tr("May have been sent (uncertain)");
    case AckState::Failed:
        return Tr::tr("Failed");
    case AckState::NotNeeded:
        return Tr::tr("Not needed");
    }
    return {};
}

QString acknowledgementExplanation(AckState state)
{
    switch (state) {
    case AckState::None:
    case AckState::Pending:
        return Tr::tr("The automatic acknowledgement goes out with the next fetch.");
    case AckState::Sending:
        return Tr::tr("The automatic acknowledgement is being sent.");
    case AckState::Sent:
        return Tr::tr("The client was told that the e-mail arrived and when to expect an answer.");
    case AckState::Uncertain:
        return Tr::tr("Sending was interrupted, so the acknowledgement may or may not have reached "
                      "the client. It is never sent twice; mention it in your answer if it "
                      "matters.");
    case AckState::Failed:
        return Tr::tr("The mail server refused the acknowledgement. The client has not been told "
                      "that the e-mail arrived.");
    case AckState::NotNeeded:
        return Tr::tr("No acknowledgement: the e-mail was old when it was fetched, or came from "
                      "the organisation's own address.");
    }
    return {};
}

QString shortDate(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDate date = utc.toLocalTime().date();
    return locale.language() == QLocale::Czech ? locale.toString(date, QStringLiteral("d. M."))
                                               : locale.toString(date, QStringLiteral("d MMM"));
}

QString dueLabel(const InboxEntry& entry, const QDateTime& nowUtc)
{
    switch (entry.answer) {
    case AnswerState::Sent:
        return Tr::tr("Answered");
    case AnswerState::Sending:
        return Tr::tr("Answer being sent…");
    case AnswerState::Uncertain:
        return Tr::tr("Answer may have been sent");
    case AnswerState::None:
        break;
    }
    if (entry.closed)
        return Tr::tr("Closed without an answer");
    if (entry.overdue(nowUtc))
        return Tr::tr("Overdue since %1").arg(shortDate(entry.dueAtUtc));
    return shell::dateTimeText(entry.dueAtUtc);
}

QString attachmentsLabel(int count)
{
    return count > 0 ? Tr::tr("%n (not opened)", nullptr, count) : QString();
}

QString runSummary(const MailRunReport& report)
{
    QStringList parts;
    if (report.contacts > 0)
        parts << Tr::tr("%n new e-mail(s)", nullptr, report.contacts);
    if (report.followUps > 0)
        parts << Tr::tr("%n further message(s) in open conversations", nullptr, report.followUps);
    if (report.acknowledged > 0)
        parts << Tr::tr("%n acknowledgement(s) sent", nullptr, report.acknowledged);
    if (report.automated > 0)
        parts << Tr::tr("%n auto-reply(s), bounce(s) or list message(s) skipped without a reply",
                        nullptr, report.automated);
    if (report.unreadable > 0)
        parts << Tr::tr("%n message(s) could not be read and stay on the server", nullptr,
                        report.unreadable);
    if (report.acknowledgementsFailed > 0)
        parts << Tr::tr("%n acknowledgement(s) could not be sent", nullptr,
                        report.acknowledgementsFailed);
    if (report.uncertain > 0)
        parts << Tr::tr("%n acknowledgement(s) may have been sent (uncertain; never sent twice)",
                        nullptr, report.uncertain);
    if (report.archived > 0)
        parts << Tr::tr("%n answered e-mail(s) moved to the archive folder", nullptr,
                        report.archived);
    if (report.deleted > 0)
        parts << Tr::tr("%n answered e-mail(s) deleted from the server", nullptr, report.deleted);

    QString summary = parts.isEmpty() && !report.error && !report.cancelled
                          ? Tr::tr("No new e-mail.")
                          : parts.join(Tr::tr("; "));
    if (!summary.isEmpty() && !summary.endsWith(u'.'))
        summary += u'.';
    if (report.cancelled)
        summary = QString(summary + u' ' + Tr::tr("Fetching was cancelled; what came in is kept."))
                      .trimmed();
    else if (report.error)
        summary =
            QString(summary + u' ' + Tr::tr("Stopped: %1").arg(report.error->message)).trimmed();
    return summary;
}

bool runNeedsAttention(const MailRunReport& report)
{
    return report.uncertain > 0 || report.acknowledgementsFailed > 0 || report.unreadable > 0 ||
           report.cancelled;
}

RiskColours riskColours(RiskLevel level)
{
    // The referral pane's banner colours (CrisisReferralPane::renderLevel).
    switch (level) {
    case RiskLevel::Acute:
        return {QColor(0x8e, 0x11, 0x11), QColor(0xff, 0xff, 0xff)};
    case RiskLevel::Concern:
        return {QColor(0xfd, 0xf3, 0xe1), QColor(0x5c, 0x3d, 0x00)};
    case RiskLevel::None:
        break;
    }
    return {};
}

QColor alarmText()
{
    return {0x9b, 0x1c, 0x1c};
}

QColor acuteRowTint()
{
    return {0xfb, 0xe9, 0xe9};
}

} // namespace kotva::mail_ui
