#include "ui/shell/SetupDialog.h"

#include "core/storage/RetentionPolicy.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/PassphraseFields.h"
#include "ui/shell/ShellWidgets.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kotva {

SetupDialog::SetupDialog(const QString& vaultPath, QWidget* parent)
    : QDialog(parent)
    , m_keychain(new QRadioButton(tr("Keep the key in the system &keychain (recommended)"), this))
    , m_passphrase(new QRadioButton(tr("Protect with a &passphrase"), this))
    , m_fields(new PassphraseFields(this))
    , m_message(new InlineMessage(this))
    , m_progress(shell::note(tr("Creating the encrypted vault…"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Kotva – first start"));
    setWindowIcon(shell::appIcon());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(shell::dialogHeader(
        tr("Welcome to Kotva"), tr("Let's set up the encrypted vault for your work."), this));

    layout->addWidget(shell::paragraph(
        tr("Kotva keeps everything you save in one encrypted file on this computer: message "
           "texts, notes and records. Nothing personal is stored: names, phone numbers, "
           "addresses and similar details are removed before anything is saved."),
        this));
    layout->addWidget(shell::paragraph(
        tr("Everything expires: message text is deleted after %n days and everything else "
           "after 12 months at the latest. You can shorten both in Settings.",
           "", RetentionPolicy::DefaultMessageDays),
        this));
    QLabel* where = shell::note(tr("Vault file: %1").arg(vaultPath), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setObjectName(QStringLiteral("vaultPath"));
    layout->addWidget(where);

    auto* choice = new QGroupBox(tr("How should the vault be unlocked?"), this);
    auto* choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setSpacing(6);
    auto* group = new QButtonGroup(this);
    group->addButton(m_keychain);
    group->addButton(m_passphrase);
    m_keychain->setObjectName(QStringLiteral("keychainChoice"));
    m_passphrase->setObjectName(QStringLiteral("passphraseChoice"));

    const auto indented = [](QWidget* widget) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(24, 0, 0, 0);
        row->addWidget(widget);
        return row;
    };
    choiceLayout->addWidget(m_keychain);
    choiceLayout->addLayout(indented(shell::note(
        tr("Kotva makes a random 256-bit key and keeps it in your system keychain. The vault "
           "opens by itself while you are logged in; there is nothing to remember."),
        choice)));
    choiceLayout->addSpacing(6);
    choiceLayout->addWidget(m_passphrase);
    choiceLayout->addLayout(indented(shell::note(
        tr("You type the passphrase every time Kotva starts. Nobody can recover it: if you "
           "forget it, the vault cannot be opened and what it holds is lost."),
        choice)));
    choiceLayout->addLayout(indented(m_fields));
    layout->addWidget(choice);

    layout->addWidget(m_message);
    layout->addStretch(1);

    m_create = m_buttons->addButton(tr("&Create vault"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    auto* bottom = new QHBoxLayout;
    m_progress->setVisible(false);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canCreate())
            return;
        m_message->clear();
        Q_EMIT createRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keychain, &QRadioButton::toggled, this, &SetupDialog::updateState);
    connect(m_fields, &PassphraseFields::acceptableChanged, this, &SetupDialog::updateState);

    m_keychain->setChecked(true);
    setMinimumWidth(560);
    updateState();
}

SetupDialog::Protection SetupDialog::protection() const
{
    return m_passphrase->isChecked() ? Protection::Passphrase : Protection::Keychain;
}

void SetupDialog::setProtection(Protection protection)
{
    (protection == Protection::Passphrase ? m_passphrase : m_keychain)->setChecked(true);
}

SecureBuffer SetupDialog::takePassphrase()
{
    return m_fields->takePassphrase();
}

bool SetupDialog::canCreate() const
{
    if (m_busy)
        return false;
    return protection() == Protection::Keychain ? m_keychainUsable : m_fields->isAcceptable();
}

void SetupDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateState();
}

void SetupDialog::showError(const Error& error)
{
    m_message->showError(error.message);
}

void SetupDialog::offerPassphraseInstead(const Error& error)
{
    // The access layer's message already says that a passphrase is the way forward.
    m_message->showError(error.message);
    m_keychainUsable = false;
    setProtection(Protection::Passphrase);
    m_fields->passphraseEdit()->setFocus();
}

void SetupDialog::updateState()
{
    const bool passphrase = protection() == Protection::Passphrase;
    m_keychain->setEnabled(m_keychainUsable && !m_busy);
    m_passphrase->setEnabled(!m_busy);
    m_fields->setEnabled(passphrase && !m_busy);
    m_create->setEnabled(canCreate());
    if (passphrase && !m_busy && !m_fields->passphraseEdit()->hasFocus() && isVisible())
        m_fields->passphraseEdit()->setFocus();
}

} // namespace kotva
