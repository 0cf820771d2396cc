#include "core/mail/intake/MailRun.h"

#include "core/mail/intake/MailIntake.h"

#include <QSet>

#include <type_traits>
#include <variant>

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
    case TakenIn::FollowUp:
        ++report.followUps;
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

template <typename F> auto MailRun::vaultStep(F&& step, MailRunReport& report)
{
    using Value = typename std::invoke_result_t<F>::value_type;
    using Kept = std::conditional_t<std::is_void_v<Value>, std::monostate, Value>;
    std::optional<Kept> kept;
    auto ran = onVault(std::forward<F>(step));
    if (!ran) {
        report.cancelled = true; // the vault is being locked
        return kept;
    }
    if (!*ran) {
        report.error = storageError(ran->error());
        return kept;
    }
    if constexpr (std::is_void_v<Value>)
        kept.emplace();
    else
        kept.emplace(std::move(**ran));
    return kept;
}

MailRunReport MailRun::run(MailboxReader& reader, MailSender& sender, const QString& folder,
                           std::stop_token stop, const Progress& progress)
{
    MailRunReport report;
    // Acknowledgements a crash interrupted are settled first, so nothing below can send
    // them a second time.
    const auto settled = vaultStep([&] { return m_intake.settleInterrupted(); }, report);
    if (!settled)
        return report;
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
    const auto from =
        vaultStep([&] { return m_intake.nextUid(folder, mailbox->uidValidity); }, report);
    if (!from)
        return;
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
        const auto message = reader.fetch(uid);
        if (!message) {
            report.error = message.error();
            return;
        }
        const auto taken = vaultStep(
            [&] {
                return m_intake.takeIn(folder, mailbox->uidValidity, uid, message->raw,
                                       message->internalDate);
            },
            report);
        if (!taken)
            return;
        count(*taken, report);
        if (progress)
            progress(++done, report.newMessages);
    }
    tidyAnswered(reader, folder, mailbox->uidValidity, report);
}

void MailRun::tidyAnswered(MailboxReader& reader, const QString& folder, quint32 uidValidity,
                           MailRunReport& report)
{
    const auto due =
        vaultStep([&] { return m_intake.answeredOnServer(folder, uidValidity); }, report);
    if (!due)
        return;
    for (const ServerTidying& item : due->messages) {
        const bool archive = due->policy == ServerCopyPolicy::Archive;
        const auto done =
            archive ? reader.moveTo(item.uid, due->archiveFolder) : reader.remove(item.uid);
        if (!done) {
            report.error = done.error();
            return;
        }
        const auto recorded = vaultStep(
            [&] {
                return m_intake.serverCopyDone(item.record, archive ? ServerCopy::Archived
                                                                    : ServerCopy::Deleted);
            },
            report);
        if (!recorded)
            return;
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
        const auto next = vaultStep([&] { return m_intake.claimAcknowledgement(tried); }, report);
        if (!next || !*next)
            return;
        tried.insert((*next)->record);
        const auto sent = sender.send((*next)->envelope);
        const auto recorded = vaultStep(
            [&] {
                if (sent)
                    return m_intake.acknowledged((*next)->record);
                if (sent.error().failure == MailFailure::Unconfirmed)
                    return m_intake.acknowledgementUnconfirmed((*next)->record);
                return m_intake.acknowledgementFailed((*next)->record, worthRetrying(sent.error()));
            },
            report);
        if (!recorded)
            return;
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
