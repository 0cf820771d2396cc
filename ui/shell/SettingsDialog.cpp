#include "ui/shell/SettingsDialog.h"

#include "core/storage/VaultSettings.h"
#include "ui/shell/DateText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/RegionNames.h"
#include "ui/shell/ShellWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kotva {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Kotva – Settings"));
    setWindowIcon(shell::appIcon());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(14);
    layout->addWidget(buildRetention());
    layout->addWidget(buildWorkstation());
    layout->addWidget(buildProtection());
    layout->addWidget(buildOrganisationData());
    layout->addStretch(1);

    // Standard buttons: the platform's wording, order and icons for Save and Cancel.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_retentionMessage->clear();
        Q_EMIT saveRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(540);
    setRetention(RetentionPolicy{});
    setIdleLockMinutes(VaultSettings::IdleLockMinutes.defaultValue);
    setProtection(Protection::Keychain);
}

QWidget* SettingsDialog::buildRetention()
{
    auto* box = new QGroupBox(tr("How long Kotva keeps things"), this);
    m_messageDays = new QSpinBox(box);
    m_messageDays->setObjectName(QStringLiteral("messageDays"));
    m_messageDays->setRange(RetentionPolicy::MinMessageDays, RetentionPolicy::MaxMessageDays);
    m_recordMonths = new QSpinBox(box);
    m_recordMonths->setObjectName(QStringLiteral("recordMonths"));
    // The ceiling is the law of the vault, not a preference: 12 months at the most.
    m_recordMonths->setRange(1, RetentionPolicy::MaxRecordMonths);
    for (QSpinBox* spin : {m_messageDays, m_recordMonths}) {
        spin->setMinimumWidth(120);
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updateSuffixes);
    }

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Delete &message text after:"), m_messageDays);
    form->addRow(tr("Delete &everything else after:"), m_recordMonths);

    m_retentionMessage = new InlineMessage(box);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(shell::note(
        tr("Message text can be kept for 1 to %1 days; everything else about a contact for "
           "%2 months at the most. A shorter period applies at once: whatever is older is "
           "deleted for good.")
            .arg(RetentionPolicy::MaxMessageDays)
            .arg(RetentionPolicy::MaxRecordMonths),
        box));
    layout->addWidget(m_retentionMessage);
    return box;
}

QWidget* SettingsDialog::buildOrganisationData()
{
    auto* box = new QGroupBox(tr("Organisation data"), this);
    // One short line per kind of data (no word wrap, so the dialog knows its height); the
    // order in which copies are tried is in the tooltip.
    box->setToolTip(
        tr("Your organisation's own lexicons and referral directory are read from your data "
           "folder first, then from the installed copy; a copy that does not load is skipped."));
    m_dataInUse = new QLabel(box);
    m_dataInUse->setObjectName(QStringLiteral("dataInUse"));
    m_dataInUse->setTextFormat(Qt::RichText);
    m_dataInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The organisation's own services: a coordinator adds, confirms and shares them.
    m_localServices = new QPushButton(tr("Your organisation's &services…"), box);
    m_localServices->setObjectName(QStringLiteral("localServicesButton"));
    m_localServices->setToolTip(tr("Local services offered in the crisis pane beside the "
                                   "national directory; confirmed, exported and imported here."));
    m_localServices->hide(); // shown when Kotva can manage them (setLocalServicesAvailable)
    connect(m_localServices, &QPushButton::clicked, this, &SettingsDialog::localServicesRequested);
    // Beside the services, so Settings grows no taller for it.
    m_mailSettings = new QPushButton(tr("&E-mail counselling…"), box);
    m_mailSettings->setObjectName(QStringLiteral("mailSettingsButton"));
    m_mailSettings->setToolTip(tr("The organisation's mailbox, the answer deadline and the "
                                  "automatic acknowledgement."));
    m_mailSettings->hide(); // shown when Kotva can open them (setMailSettingsAvailable)
    connect(m_mailSettings, &QPushButton::clicked, this, &SettingsDialog::mailSettingsRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_localServices);
    buttons->addWidget(m_mailSettings);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_dataInUse);
    layout->addLayout(buttons);
    return box;
}

void SettingsDialog::setLocalServicesAvailable(bool available)
{
    m_localServices->setVisible(available);
}

void SettingsDialog::setMailSettingsAvailable(bool available)
{
    m_mailSettings->setVisible(available);
}

void SettingsDialog::setDataInUse(const QList<DataInUse>& data)
{
    QStringList lines;
    for (const DataInUse& used : data) {
        const QString date = used.source.modifiedUtc.isValid()
                                 ? shell::dateText(used.source.modifiedUtc)
                                 : tr("date unknown");
        QString line =
            tr("<b>%1</b>: %2, %3")
                .arg(used.what.toHtmlEscaped(), used.source.originName().toHtmlEscaped(), date);
        if (used.source.origin != DataSource::Origin::BuiltIn)
            line += QStringLiteral("<br><small>%1</small>").arg(used.source.path.toHtmlEscaped());
        for (const QString& skipped : used.skipped)
            line += QStringLiteral("<br><small style=\"color:#8a1c12\">%1</small>")
                        .arg(tr("Skipped: %1").arg(skipped).toHtmlEscaped());
        lines << line;
    }
    m_dataInUse->setText(lines.isEmpty() ? tr("Built into Kotva.")
                                         : lines.join(QStringLiteral("<br>")));
}

QString SettingsDialog::dataInUseText() const
{
    QTextDocument document;
    document.setHtml(m_dataInUse->text());
    return document.toPlainText();
}

QWidget* SettingsDialog::buildWorkstation()
{
    auto* box = new QGroupBox(tr("This workstation and your organisation"), this);
    m_idleMinutes = new QSpinBox(box);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    m_idleMinutes->setRange(VaultSettings::IdleLockMinutes.minimum,
                            VaultSettings::IdleLockMinutes.maximum);
    m_idleMinutes->setMinimumWidth(120);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, &SettingsDialog::updateSuffixes);

    m_region = new QComboBox(box);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->addItem(tr("Not set"), QString());
    for (const QString& code : shell::regionCodes())
        m_region->addItem(shell::regionName(code), code);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Lock when idle for:"), m_idleMinutes);
    form->addRow(tr("Organisation's &region:"), m_region);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(shell::note(
        tr("Kotva locks by itself when nobody has used it for this long; Ctrl+L locks at "
           "once. The region decides which crisis centre the referral pane offers."),
        box));
    return box;
}

QWidget* SettingsDialog::buildProtection()
{
    auto* box = new QGroupBox(tr("How the vault is unlocked"), this);
    m_protectionText = shell::paragraph(QString(), box);
    m_protectionText->setObjectName(QStringLiteral("protectionText"));
    m_changePassphrase = new QPushButton(tr("Change &passphrase…"), box);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphrase"));
    m_switch = new QPushButton(box);
    m_switch->setObjectName(QStringLiteral("switchProtection"));
    m_makeTeam = new QPushButton(tr("Make it a &team vault…"), box);
    m_makeTeam->setObjectName(QStringLiteral("makeTeam"));
    m_members = new QPushButton(tr("&Members…"), box);
    m_members->setObjectName(QStringLiteral("members"));
    m_exchange = new QPushButton(tr("Workers on &other PCs…"), box);
    m_exchange->setObjectName(QStringLiteral("exchange"));
    m_exchange->setToolTip(tr("Cards and files exchanged with workers who keep Kotva on their "
                              "own PC."));
    m_exchange->hide(); // shown for the roles that exchange (setExchangeAvailable)
    m_keyMessage = new InlineMessage(box);
    m_keyProgress = shell::note(tr("Re-encrypting the vault…"), box);
    m_keyProgress->setVisible(false);

    auto* row = new QHBoxLayout;
    row->addWidget(m_changePassphrase);
    row->addWidget(m_switch);
    row->addWidget(m_makeTeam);
    row->addStretch(1);
    // The team's own buttons on a row of their own: the key buttons above are long in Czech.
    auto* teamRow = new QHBoxLayout;
    teamRow->addWidget(m_members);
    teamRow->addWidget(m_exchange);
    teamRow->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_protectionText);
    layout->addLayout(row);
    layout->addLayout(teamRow);
    layout->addWidget(m_keyProgress);
    layout->addWidget(m_keyMessage);

    connect(m_changePassphrase, &QPushButton::clicked, this, [this] {
        m_keyMessage->clear();
        Q_EMIT changePassphraseRequested();
    });
    connect(m_switch, &QPushButton::clicked, this, [this] {
        m_keyMessage->clear();
        if (m_protection == Protection::Keychain)
            Q_EMIT switchToPassphraseRequested();
        else
            Q_EMIT switchToKeychainRequested();
    });
    connect(m_makeTeam, &QPushButton::clicked, this, [this] {
        m_keyMessage->clear();
        Q_EMIT makeTeamRequested();
    });
    connect(m_members, &QPushButton::clicked, this, &SettingsDialog::membersRequested);
    connect(m_exchange, &QPushButton::clicked, this, &SettingsDialog::exchangeRequested);
    return box;
}

void SettingsDialog::setRetention(const RetentionPolicy& policy)
{
    m_initial = policy;
    m_messageDays->setValue(policy.messageDays);
    m_recordMonths->setValue(policy.recordMonths);
    updateSuffixes();
}

RetentionPolicy SettingsDialog::retention() const
{
    RetentionPolicy policy;
    policy.messageDays = m_messageDays->value();
    policy.recordMonths = m_recordMonths->value();
    return policy;
}

void SettingsDialog::setIdleLockMinutes(int minutes)
{
    m_idleMinutes->setValue(minutes);
    updateSuffixes();
}

int SettingsDialog::idleLockMinutes() const
{
    return m_idleMinutes->value();
}

void SettingsDialog::setRegion(const QString& code)
{
    const int index = m_region->findData(code);
    m_region->setCurrentIndex(index < 0 ? 0 : index);
}

QString SettingsDialog::region() const
{
    return m_region->currentData().toString();
}

void SettingsDialog::setProtection(Protection protection)
{
    m_protection = protection;
    const bool keychain = protection == Protection::Keychain;
    const bool team = protection == Protection::TeamMember;
    if (!team)
        m_protectionText->setText(
            keychain
                ? tr("The key is kept in the system keychain; the vault opens by itself while "
                     "you are logged in.")
                : tr("The vault is protected with a passphrase that you type at every start."));
    m_changePassphrase->setVisible(!keychain);
    m_changePassphrase->setText(team ? tr("Change &my passphrase…") : tr("Change &passphrase…"));
    m_switch->setVisible(!team);
    m_switch->setText(keychain ? tr("Use a passphrase &instead…")
                               : tr("Keep the key in the &keychain instead"));
    m_makeTeam->setVisible(!team);
    m_members->setVisible(false);
}

void SettingsDialog::setTeamMember(const QString& label, const QStringList& roles,
                                   bool managesMembers)
{
    setProtection(Protection::TeamMember);
    m_protectionText->setText(
        tr("This is a team vault: each member unlocks it with their own passphrase, and the "
           "keychain is not used. You are %1 (%2).")
            .arg(label, roles.join(QStringLiteral(", "))));
    m_members->setVisible(managesMembers);
}

void SettingsDialog::setExchangeAvailable(bool available)
{
    m_exchange->setVisible(available);
}

void SettingsDialog::finishSave(const Status& result)
{
    if (result) {
        accept();
        return;
    }
    m_retentionMessage->showError(result.error().message);
}

void SettingsDialog::setKeyChangeBusy(bool busy)
{
    m_keyProgress->setVisible(busy);
    m_changePassphrase->setEnabled(!busy);
    m_switch->setEnabled(!busy);
    m_makeTeam->setEnabled(!busy);
    m_members->setEnabled(!busy);
    m_exchange->setEnabled(!busy);
    m_save->setEnabled(!busy);
}

void SettingsDialog::showKeyResult(const Status& result)
{
    setKeyChangeBusy(false);
    if (!result) {
        m_keyMessage->showError(result.error().message);
        return;
    }
    m_keyMessage->setMessage(
        InlineMessage::Kind::Success,
        m_protection == Protection::Keychain
            ? tr("Done: the key is now kept in the system keychain.")
            : (m_protection == Protection::TeamMember
                   ? tr("Done: from now on you unlock the vault with your new passphrase.")
                   : tr("Done: the vault now opens with the new passphrase.")));
}

void SettingsDialog::updateSuffixes()
{
    // Czech has three plural forms, so the unit follows the number.
    m_messageDays->setSuffix(QLatin1Char(' ') +
                             tr("day(s)", "unit after a number", m_messageDays->value()));
    m_recordMonths->setSuffix(QLatin1Char(' ') +
                              tr("month(s)", "unit after a number", m_recordMonths->value()));
    if (m_idleMinutes)
        m_idleMinutes->setSuffix(QLatin1Char(' ') +
                                 tr("minute(s)", "unit after a number", m_idleMinutes->value()));
}

} // namespace kotva
