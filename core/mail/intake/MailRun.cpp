#include "core/mail/intake/MailRun.h"

#include "core/mail/intake/MailIntake.h"

#include <QSet>

#include <type_traits>

namespace kotva {

namespace {

MailError storageError(const Error& error)
{
    return MailError{MailFailure::Storage, error.message, error.detail};
}

/// A refused recipient or message will be refused again; anything else (the network, a
/// timeout, a login) may work on the next run.
bool worthRetrying(const MailError& error)
{
    return error.failure != MailFailure::Rejected;
}

void count(TakenIn taken, MailRunReport& report)
{
    switch (taken) {
    case TakenIn::Contact:
        ++report.contacts;
        break;
    case TakenIn::Automated:
        ++report.automated;
        break;
    case TakenIn::Duplicate:
        ++report.duplicates;
        break;
    case TakenIn::Unreadable:
        ++report.unreadable;
        break;
    }
}

} // namespace

MailRun::MailRun(MailIntake& intake, VaultStep onVaultThread)
    : m_intake(intake)
    , m_onVaultThread(std::move(onVaultThread))
{}

template <typename F> auto MailRun::onVault(F&& step)
{
    std::optional<std::invoke_result_t<F>> result;
    const std::function<void()> call = [&] { result.emplace(step()); };
    if (m_onVaultThread)
        m_onVaultThread(call);
    else
        call();
    return result;
}

MailRunReport MailRun::run(MailboxReader& reader, MailSender& sender, const QString& folder,
                           std::stop_token stop, const Progress& progress)
{
    MailRunReport report;
    // Acknowledgements a crash interrupted are settled first, so nothing below can send
    // them a second time.
    const auto settledStep = onVault([&] { return m_intake.settleInterrupted(); });
    if (!settledStep) {
        report.cancelled = true;
        return report;
    }
    const auto& settled = *settledStep;
    if (!settled) {
        report.error = storageError(settled.error());
        return report;
    }
    report.uncertain = *settled;

    fetchNew(reader, folder, stop, progress, report);
    reader.close();
    if (report.cancelled)
        return report;
    // Acknowledgements go out even when the fetch failed part-way: what was taken in is due.
    const std::optional<MailError> fetchError = report.error;
    report.error.reset();
    acknowledge(sender, stop, report);
    if (fetchError)
        report.error = fetchError;
    return report;
}

void MailRun::fetchNew(MailboxReader& reader, const QString& folder, std::stop_token stop,
                       const Progress& progress, MailRunReport& report)
{
    const auto mailbox = reader.open(folder);
    if (!mailbox) {
        report.error = mailbox.error();
        return;
    }
    const auto fromStep = onVault([&] { return m_intake.nextUid(folder, mailbox->uidValidity); });
    if (!fromStep) {
        report.cancelled = true;
        return;
    }
    const auto& from = *fromStep;
    if (!from) {
        report.error = storageError(from.error());
        return;
    }
    const auto uids = reader.uidsFrom(*from);
    if (!uids) {
        report.error = uids.error();
        return;
    }
    report.newMessages = int(uids->size());
    int done = 0;
    if (progress)
        progress(0, report.newMessages);
    for (const quint32 uid : *uids) {
        if (stop.stop_requested()) {
            report.cancelled = true;
            return;
        }
        const auto raw = reader.fetch(uid);
        if (!raw) {
            report.error = raw.error();
            return;
        }
        const auto takenStep =
            onVault([&] { return m_intake.takeIn(folder, mailbox->uidValidity, uid, *raw); });
        if (!takenStep) {
            report.cancelled = true;
            return;
        }
        const auto& taken = *takenStep;
        if (!taken) {
            report.error = storageError(taken.error());
            return;
        }
        count(*taken, report);
        if (progress)
            progress(++done, report.newMessages);
    }
    tidyAnswered(reader, folder, mailbox->uidValidity, report);
}

void MailRun::tidyAnswered(MailboxReader& reader, const QString& folder, quint32 uidValidity,
                           MailRunReport& report)
{
    const auto dueStep = onVault([&] { return m_intake.answeredOnServer(folder, uidValidity); });
    if (!dueStep) {
        report.cancelled = true;
        return;
    }
    const auto& due = *dueStep;
    if (!due) {
        report.error = storageError(due.error());
        return;
    }
    for (const ServerTidying& item : due->messages) {
        const bool archive = due->policy == ServerCopyPolicy::Archive;
        const auto done =
            archive ? reader.moveTo(item.uid, due->archiveFolder) : reader.remove(item.uid);
        if (!done) {
            report.error = done.error();
            return;
        }
        const auto recordedStep = onVault([&] {
            return m_intake.serverCopyDone(item.record,
                                           archive ? ServerCopy::Archived : ServerCopy::Deleted);
        });
        if (!recordedStep) {
            report.cancelled = true;
            return;
        }
        const Status& recorded = *recordedStep;
        if (!recorded) {
            report.error = storageError(recorded.error());
            return;
        }
        ++(archive ? report.archived : report.deleted);
    }
}

void MailRun::acknowledge(MailSender& sender, std::stop_token stop, MailRunReport& report)
{
    QSet<MailRecordId> tried;
    for (;;) {
        if (stop.stop_requested()) {
            report.cancelled = true;
            return;
        }
        const auto nextStep = onVault([&] { return m_intake.claimAcknowledgement(tried); });
        if (!nextStep) {
            report.cancelled = true;
            return;
        }
        const auto& next = *nextStep;
        if (!next) {
            report.error = storageError(next.error());
            return;
        }
        if (!*next)
            return;
        tried.insert((*next)->record);
        const auto sent = sender.send((*next)->envelope);
        const auto recordedStep = onVault([&] {
            if (sent)
                return m_intake.acknowledged((*next)->record);
            if (sent.error().failure == MailFailure::Unconfirmed)
                return m_intake.acknowledgementUnconfirmed((*next)->record);
            return m_intake.acknowledgementFailed((*next)->record, worthRetrying(sent.error()));
        });
        if (!recordedStep) {
            report.cancelled = true;
            return;
        }
        const Status& recorded = *recordedStep;
        if (!recorded) {
            report.error = storageError(recorded.error());
            return;
        }
        if (sent) {
            ++report.acknowledged;
            continue;
        }
        if (sent.error().failure == MailFailure::Unconfirmed) {
            ++report.uncertain;
            continue;
        }
        ++report.acknowledgementsFailed;
        report.error = sent.error();
        // The server is unreachable or refuses us: the rest waits for the next run.
        if (sent.error().failure != MailFailure::Rejected)
            return;
    }
}

} // namespace kotva
