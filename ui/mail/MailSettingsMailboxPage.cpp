#include "ui/mail/MailSettingsMailboxPage.h"

#include "ui/mail/CertificatePinList.h"
#include "ui/mail/MailSettingsConnectionTest.h"
#include "ui/shell/ShellWidgets.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <tuple>

namespace kotva {

namespace {

QSpinBox* portSpin(const QString& name, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(1, 65535);
    spin->setGroupSeparatorShown(false); // "993", never "9 93" or "65,535"
    spin->setMinimumWidth(90);
    return spin;
}

/// Host and port on one line, the way mail providers print them.
QLayout* hostAndPort(QLineEdit* host, QSpinBox* port, const QString& portLabel, QWidget* parent)
{
    auto* row = new QHBoxLayout;
    row->addWidget(host, 1);
    auto* label = new QLabel(portLabel, parent);
    label->setBuddy(port);
    row->addWidget(label);
    row->addWidget(port);
    return row;
}

QLineEdit* lineEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

MailSettingsMailboxPage::MailSettingsMailboxPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildServers());
    layout->addWidget(buildAccount());
    layout->addWidget(buildConnection());
    layout->addStretch(1);
    setAccount(MailAccount{});
}

QWidget* MailSettingsMailboxPage::buildServers()
{
    auto* box = new QGroupBox(tr("Servers"), this);
    m_imapHost = lineEdit(QStringLiteral("imapHost"), box);
    m_imapHost->setPlaceholderText(tr("e.g. imap.example.org"));
    m_imapPort = portSpin(QStringLiteral("imapPort"), box);
    m_smtpHost = lineEdit(QStringLiteral("smtpHost"), box);
    m_smtpHost->setPlaceholderText(tr("e.g. smtp.example.org"));
    m_smtpPort = portSpin(QStringLiteral("smtpPort"), box);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Labels of their own: a row that is a layout gets no buddy, so "&" would show.
    for (const auto& [title, host, port] :
         {std::tuple{tr("&Incoming mail (IMAP):"), m_imapHost, m_imapPort},
          std::tuple{tr("&Outgoing mail (SMTP):"), m_smtpHost, m_smtpPort}}) {
        auto* label = new QLabel(title, box);
        label->setBuddy(host);
        form->addRow(label, hostAndPort(host, port, tr("Po&rt:"), box));
    }
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    // Why there is no "STARTTLS" choice: it is left out on purpose, not forgotten.
    layout->addWidget(shell::note(
        tr("Kotva connects only over TLS from the first byte (IMAPS, usually port 993; SMTPS, "
           "usually 465). It never sends the password unencrypted and does not use STARTTLS, "
           "which can be downgraded by someone in between."),
        box));
    return box;
}

QWidget* MailSettingsMailboxPage::buildAccount()
{
    auto* box = new QGroupBox(tr("Account"), this);
    m_user = lineEdit(QStringLiteral("mailUser"), box);
    m_password = lineEdit(QStringLiteral("mailPassword"), box);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("The password is kept in this computer's keychain when the vault's "
                              "key is kept there, otherwise in the encrypted vault; never in a "
                              "plain settings file."));
    m_address = lineEdit(QStringLiteral("mailAddress"), box);
    m_address->setPlaceholderText(tr("e.g. poradna@example.org"));
    m_inboxFolder = lineEdit(QStringLiteral("inboxFolder"), box);
    m_organisation = lineEdit(QStringLiteral("organisationName"), box);
    m_organisation->setPlaceholderText(tr("Signs the automatic acknowledgement"));
    connect(m_organisation, &QLineEdit::textChanged, this,
            &MailSettingsMailboxPage::organisationChanged);

    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    // Right under the field it explains, on one line: a wrapped label in a form row gets the
    // height of a narrower guess and leaves a gap.
    QLabel* kept = shell::note(tr("Kept in the encrypted vault on this computer; leave empty "
                                  "to keep the stored one."),
                               box);
    kept->setWordWrap(false);
    form->addRow(QString(), kept);
    form->addRow(tr("Service's &address:"), m_address);
    form->addRow(tr("Incoming &folder:"), m_inboxFolder);
    form->addRow(tr("Organisation's &name:"), m_organisation);
    return box;
}

QWidget* MailSettingsMailboxPage::buildConnection()
{
    auto* box = new QGroupBox(tr("Connection"), this);
    m_test = new MailSettingsConnectionTest(box);
    m_pins = new CertificatePinList(box);
    auto* pinsLabel = new QLabel(tr("Certificates trusted explicitly:"), box);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_test);
    layout->addWidget(pinsLabel);
    layout->addWidget(m_pins);
    return box;
}

void MailSettingsMailboxPage::setAccount(const MailAccount& account)
{
    m_imapHost->setText(account.imap.host);
    m_imapPort->setValue(account.imap.port);
    m_smtpHost->setText(account.smtp.host);
    m_smtpPort->setValue(account.smtp.port);
    m_user->setText(account.user);
    m_password->clear();
    m_address->setText(account.address);
    m_inboxFolder->setText(account.inboxFolder);
    m_pins->setPins(account.trust.pinnedSha256);
    m_trust = account.trust;
    m_timeoutMs = account.timeoutMs;
}

MailAccount MailSettingsMailboxPage::account() const
{
    MailAccount account;
    account.imap = {m_imapHost->text().trimmed(), quint16(m_imapPort->value())};
    account.smtp = {m_smtpHost->text().trimmed(), quint16(m_smtpPort->value())};
    account.user = m_user->text().trimmed();
    account.address = m_address->text().trimmed();
    account.inboxFolder = m_inboxFolder->text().trimmed();
    account.trust = m_trust;
    account.trust.pinnedSha256 = m_pins->pins();
    account.timeoutMs = m_timeoutMs;
    return account;
}

void MailSettingsMailboxPage::setPasswordPlace(MailPassword::Place place)
{
    switch (place) {
    case MailPassword::Place::Keychain:
        m_password->setPlaceholderText(tr("Stored in the keychain; type to replace it"));
        return;
    case MailPassword::Place::Vault:
        m_password->setPlaceholderText(tr("Stored in the vault; type to replace it"));
        return;
    case MailPassword::Place::None:
        break;
    }
    m_password->setPlaceholderText(tr("Not stored yet"));
}

QString MailSettingsMailboxPage::password() const
{
    return m_password->text();
}

void MailSettingsMailboxPage::setOrganisation(const QString& name)
{
    m_organisation->setText(name);
}

QString MailSettingsMailboxPage::organisation() const
{
    return m_organisation->text().trimmed();
}

QList<MailSettingsProblem> MailSettingsMailboxPage::problems() const
{
    const MailAccount wanted = account();
    QList<MailSettingsProblem> found;
    const bool switchedOff = wanted.imap.host.isEmpty() && wanted.smtp.host.isEmpty() &&
                             wanted.user.isEmpty() && wanted.address.isEmpty();
    if (switchedOff)
        return found;
    const auto hostProblem = [&](QLineEdit* edit, const QString& host, const QString& empty) {
        if (host.isEmpty())
            found << MailSettingsProblem{edit, empty};
        else if (host.contains(u' ') || host.contains(u'/') || host.contains(u':'))
            found << MailSettingsProblem{edit, tr("A server name has no spaces, slashes or "
                                                  "colons: only the name, such as "
                                                  "imap.example.org (the port goes beside it).")};
    };
    hostProblem(m_imapHost, wanted.imap.host, tr("Enter the incoming mail (IMAP) server."));
    hostProblem(m_smtpHost, wanted.smtp.host, tr("Enter the outgoing mail (SMTP) server."));
    for (QSpinBox* port : {m_imapPort, m_smtpPort}) {
        if (port->value() < 1 || port->value() > 65535)
            found << MailSettingsProblem{port, tr("A port is a number from 1 to 65535.")};
    }
    if (wanted.user.isEmpty())
        found << MailSettingsProblem{m_user, tr("Enter the user name of the mailbox.")};
    const qsizetype at = wanted.address.indexOf(u'@');
    if (at <= 0 || at != wanted.address.lastIndexOf(u'@') || at == wanted.address.size() - 1 ||
        wanted.address.contains(u' '))
        found << MailSettingsProblem{m_address, tr("Enter the service's e-mail address, such as "
                                                   "poradna@example.org.")};
    if (wanted.inboxFolder.isEmpty())
        found << MailSettingsProblem{m_inboxFolder,
                                     tr("Enter the folder the mail arrives in (usually INBOX).")};
    return found;
}

} // namespace kotva
