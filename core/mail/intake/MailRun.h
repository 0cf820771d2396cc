#pragma once

#include "core/mail/MailFailure.h"
#include "core/mail/intake/MailTransport.h"

#include <QString>

#include <functional>
#include <optional>
#include <stop_token>

namespace kotva {

class MailIntake;

/// What one run did, for the inbox's status line and the log (counts only).
struct MailRunReport
{
    int newMessages = 0;  ///< UIDs found that were not taken in yet
    int contacts = 0;     ///< new e-mail contacts
    int followUps = 0;    ///< clients' further messages in an open e-mail contact
    int automated = 0;    ///< auto-replies, bounces, list messages (no contact, no reply)
    int duplicates = 0;   ///< already taken in under another UID
    int unreadable = 0;   ///< not a readable e-mail (left on the server, not fetched again)
    int acknowledged = 0; ///< acknowledgements the SMTP server accepted
    int acknowledgementsFailed = 0;
    int uncertain = 0; ///< acknowledgements interrupted by a crash or unconfirmed: never resent
    int archived = 0;  ///< answered messages moved to the archive folder on the server
    int deleted = 0;   ///< answered messages deleted on the server
    bool cancelled = false;
    std::optional<MailError> error; ///< what stopped the run, if anything did
};

/// One pass over the mailbox: take in every new message of the folder and archive or delete
/// the server's copy of what was answered (IMAP, one connection, closed before anything is
/// sent), then send the acknowledgements that are due
/// (SMTP, one connection at a time). It may run on a worker thread: every vault step goes
/// through `onVaultThread`, which runs it where the vault lives (inline by default).
class MailRun final
{
public:
    /// Runs a vault step where the vault lives; false when it could not (the vault is being
    /// locked), which ends the run as cancelled.
    using VaultStep = std::function<bool(const std::function<void()>&)>;
    /// (messages done, messages to do) during the fetch.
    using Progress = std::function<void(int, int)>;

    explicit MailRun(MailIntake& intake, VaultStep onVaultThread = {});

    MailRunReport run(MailboxReader& reader, MailSender& sender, const QString& folder,
                      std::stop_token stop, const Progress& progress = {});

private:
    void fetchNew(MailboxReader& reader, const QString& folder, std::stop_token stop,
                  const Progress& progress, MailRunReport& report);
    void tidyAnswered(MailboxReader& reader, const QString& folder, quint32 uidValidity,
                      MailRunReport& report);
    void acknowledge(MailSender& sender, std::stop_token stop, MailRunReport& report);
    template <typename F> auto onVault(F&& step);
    /// A vault step's value; nullopt when the run must stop, the report saying why
    /// (cancelled while the vault is being locked, or the storage error).
    template <typename F> auto vaultStep(F&& step, MailRunReport& report);

    MailIntake& m_intake;
    VaultStep m_onVaultThread;
};

} // namespace kotva
