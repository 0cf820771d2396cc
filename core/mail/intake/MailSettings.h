#pragma once

#include "core/common/Error.h"
#include "core/mail/MailAccount.h"
#include "core/storage/VaultSettings.h"

#include <functional>

namespace kotva {

/// What to do with the server's copy of a message once it is answered.
enum class ServerCopyPolicy { Archive, Delete };

/// The organisation's e-mail counselling settings, kept in the vault. The mailbox password is
/// kept by MailPassword: in the OS keychain, or in the vault when it opens with a passphrase.
class MailSettings final
{
public:
    static const StringSetting ImapHost;
    static const IntSetting ImapPort;
    static const StringSetting SmtpHost;
    static const IntSetting SmtpPort;
    static const StringSetting User;
    static const StringSetting Address;
    static const StringSetting InboxFolder;
    static const StringSetting ArchiveFolder;
    /// "archive" or "delete".
    static const StringSetting ServerCopy;
    /// SHA-256 fingerprints (hex, space-separated) of certificates trusted explicitly.
    static const StringSetting PinnedCertificates;
    /// The deadline for an answer, in Czech working days (seed 003: 4).
    static const IntSetting AnswerWorkingDays;
    /// Days the client's address stays in the vault after the answer was sent.
    static const IntSetting AddressGraceDays;
    /// Messages received longer ago than this are taken in but not acknowledged: a late
    /// "we have received it" after a mailbox was first connected would only confuse.
    static const IntSetting AcknowledgeWithinDays;
    /// The organisation's acknowledgement texts; empty means Kotva's own default.
    static const StringSetting AcknowledgementCzech;
    static const StringSetting AcknowledgementEnglish;
    /// The mailbox password while it is kept in the vault (which SQLCipher encrypts): always
    /// for a passphrase vault, and for a keychain vault until the keychain has it
    /// (MailPassword).
    static const StringSetting Password;
    /// "keychain" once the password was moved to the OS keychain, otherwise empty.
    static const StringSetting PasswordPlace;
    /// The organisation's name, used to sign acknowledgements.
    static const StringSetting OrganisationName;
    /// Minutes between automatic fetches while the vault is open; 0: only "Fetch mail".
    static const IntSetting FetchIntervalMinutes;

    explicit MailSettings(Vault& vault);

    /// The account as stored; `configured()` tells whether it can be used.
    [[nodiscard]] Result<MailAccount> account() const;
    Status setAccount(const MailAccount& account);
    [[nodiscard]] static bool configured(const MailAccount& account);

    [[nodiscard]] Result<ServerCopyPolicy> serverCopyPolicy() const;
    Status setServerCopyPolicy(ServerCopyPolicy policy);
    [[nodiscard]] Result<QString> archiveFolder() const;

    /// Runs `changes` (writes of these settings) as one transaction: all of them are stored
    /// or, when one fails, none.
    Status changeTogether(const std::function<Status()>& changes);

    [[nodiscard]] VaultSettings& raw() { return m_settings; }
    [[nodiscard]] const VaultSettings& raw() const { return m_settings; }

private:
    Vault& m_vault;
    VaultSettings m_settings;
};

} // namespace kotva
