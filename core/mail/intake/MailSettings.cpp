#include "core/mail/intake/MailSettings.h"

#include "core/session/SessionSql.h"
#include "core/storage/Vault.h"

#include <QStringList>

namespace kotva {

const StringSetting MailSettings::ImapHost{QStringLiteral("mail.imap_host"), {}};
const IntSetting MailSettings::ImapPort{QStringLiteral("mail.imap_port"), 993, 1, 65535};
const StringSetting MailSettings::SmtpHost{QStringLiteral("mail.smtp_host"), {}};
const IntSetting MailSettings::SmtpPort{QStringLiteral("mail.smtp_port"), 465, 1, 65535};
const StringSetting MailSettings::User{QStringLiteral("mail.user"), {}};
const StringSetting MailSettings::Address{QStringLiteral("mail.address"), {}};
const StringSetting MailSettings::InboxFolder{QStringLiteral("mail.inbox_folder"),
                                              QStringLiteral("INBOX")};
const StringSetting MailSettings::ArchiveFolder{QStringLiteral("mail.archive_folder"),
                                                QStringLiteral("Archiv")};
const StringSetting MailSettings::ServerCopy{QStringLiteral("mail.server_copy"),
                                             QStringLiteral("archive")};
const StringSetting MailSettings::PinnedCertificates{QStringLiteral("mail.pinned_certificates"),
                                                     {}};
const IntSetting MailSettings::AnswerWorkingDays{QStringLiteral("mail.answer_working_days"), 4, 1,
                                                 15};
const IntSetting MailSettings::AddressGraceDays{QStringLiteral("mail.address_grace_days"), 7, 0,
                                                30};
const IntSetting MailSettings::AcknowledgeWithinDays{QStringLiteral("mail.acknowledge_within_days"),
                                                     7, 1, 60};
const StringSetting MailSettings::AcknowledgementCzech{QStringLiteral("mail.ack_text_cs"), {}};
const StringSetting MailSettings::AcknowledgementEnglish{QStringLiteral("mail.ack_text_en"), {}};
const StringSetting MailSettings::Password{QStringLiteral("mail.password"), {}};
const StringSetting MailSettings::PasswordPlace{QStringLiteral("mail.password_place"), {}};
const StringSetting MailSettings::OrganisationName{QStringLiteral("mail.organisation_name"), {}};
const IntSetting MailSettings::FetchIntervalMinutes{QStringLiteral("mail.fetch_interval_minutes"),
                                                    10, 0, 240};

MailSettings::MailSettings(Vault& vault)
    : m_vault(vault)
    , m_settings(vault)
{}

Status MailSettings::changeTogether(const std::function<Status()>& changes)
{
    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = changes(); !s)
        return s; // rolled back when the transaction goes
    return transaction.commit();
}

Result<MailAccount> MailSettings::account() const
{
    MailAccount account;
    const auto text = [this](const StringSetting& s) { return m_settings.value(s); };
    const auto number = [this](const IntSetting& s) { return m_settings.value(s); };
    const auto imapHost = text(ImapHost);
    const auto imapPort = number(ImapPort);
    const auto smtpHost = text(SmtpHost);
    const auto smtpPort = number(SmtpPort);
    const auto user = text(User);
    const auto address = text(Address);
    const auto inbox = text(InboxFolder);
    const auto pins = text(PinnedCertificates);
    for (const auto* failed : {&imapHost, &smtpHost, &user, &address, &inbox, &pins}) {
        if (!*failed)
            return std::unexpected(failed->error());
    }
    if (!imapPort)
        return std::unexpected(imapPort.error());
    if (!smtpPort)
        return std::unexpected(smtpPort.error());
    account.imap = {*imapHost, quint16(*imapPort)};
    account.smtp = {*smtpHost, quint16(*smtpPort)};
    account.user = *user;
    account.address = *address;
    account.inboxFolder = *inbox;
    for (const QString& hex : pins->split(u' ', Qt::SkipEmptyParts))
        account.trust.pinnedSha256 << QByteArray::fromHex(hex.toLatin1());
    return account;
}

Status MailSettings::setAccount(const MailAccount& account)
{
    QStringList pins;
    for (const QByteArray& digest : account.trust.pinnedSha256)
        pins << QString::fromLatin1(digest.toHex());
    for (const auto& [setting, value] :
         {std::pair{&ImapHost, account.imap.host}, std::pair{&SmtpHost, account.smtp.host},
          std::pair{&User, account.user}, std::pair{&Address, account.address},
          std::pair{&InboxFolder, account.inboxFolder},
          std::pair{&PinnedCertificates, pins.join(u' ')}}) {
        if (Status s = m_settings.setValue(*setting, value); !s)
            return s;
    }
    if (Status s = m_settings.setValue(ImapPort, account.imap.port); !s)
        return s;
    return m_settings.setValue(SmtpPort, account.smtp.port);
}

bool MailSettings::configured(const MailAccount& account)
{
    return !account.imap.host.isEmpty() && !account.smtp.host.isEmpty() &&
           !account.user.isEmpty() && account.address.contains(u'@');
}

Result<ServerCopyPolicy> MailSettings::serverCopyPolicy() const
{
    const auto value = m_settings.value(ServerCopy);
    if (!value)
        return std::unexpected(value.error());
    return *value == QLatin1String("delete") ? ServerCopyPolicy::Delete : ServerCopyPolicy::Archive;
}

Status MailSettings::setServerCopyPolicy(ServerCopyPolicy policy)
{
    return m_settings.setValue(ServerCopy, policy == ServerCopyPolicy::Delete
                                               ? QStringLiteral("delete")
                                               : QStringLiteral("archive"));
}

Result<QString> MailSettings::archiveFolder() const
{
    return m_settings.value(ArchiveFolder);
}

} // namespace kotva
