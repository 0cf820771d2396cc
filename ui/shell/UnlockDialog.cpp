#include "ui/shell/UnlockDialog.h"

#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

UnlockDialog::UnlockDialog(const QString& vaultPath, QWidget* parent)
    : QDialog(parent)
    , m_explanation(shell::paragraph(QString(), this))
    , m_passphraseRow(new QWidget(this))
    , m_member(new QComboBox(m_passphraseRow))
    , m_passphrase(new QLineEdit(m_passphraseRow))
    , m_message(new InlineMessage(this))
    , m_progress(shell::note(tr("Opening the vault…"), this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Kotva"));
    setWindowIcon(shell::appIcon());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(shell::dialogHeader(tr("Unlock Kotva"),
                                          tr("Your work is kept in an encrypted vault."), this));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    layout->addWidget(m_explanation);
    QLabel* where = shell::note(tr("Vault file: %1").arg(vaultPath), this);
    where->setObjectName(QStringLiteral("vaultPath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                      Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_passphrase->setContextMenuPolicy(Qt::NoContextMenu);
    auto* form = new QFormLayout(m_passphraseRow);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_member->setObjectName(QStringLiteral("member"));
    form->addRow(tr("&Who you are:"), m_member);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addWidget(m_passphraseRow);

    layout->addWidget(m_message);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_retryKeychain =
        buttons->addButton(tr("Ask the &keychain again"), QDialogButtonBox::ResetRole);
    m_retryKeychain->setObjectName(QStringLiteral("retryKeychain"));
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* bottom = new QHBoxLayout;
    m_progress->setVisible(false);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_unlock->isEnabled())
            return;
        if (m_mode == Mode::Passphrase || m_mode == Mode::Member) {
            m_message->clear();
            Q_EMIT unlockRequested();
        } else {
            Q_EMIT retryRequested();
        }
    });
    connect(m_retryKeychain, &QPushButton::clicked, this, [this] {
        m_message->clear();
        Q_EMIT retryRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);

    setMinimumWidth(520);
    showLocked();
}

void UnlockDialog::showLocked()
{
    setMode(Mode::Locked);
    m_explanation->setText(tr("Kotva is locked. Nothing in the vault can be read until it "
                              "is unlocked again."));
    m_message->clear();
}

void UnlockDialog::showPassphrasePrompt(const Error& reason)
{
    const bool wasPassphrase = m_mode == Mode::Passphrase;
    setMode(Mode::Passphrase);
    m_passphrase->clear();
    if (reason.code == ErrorCode::WrongKey) {
        if (!wasPassphrase)
            m_explanation->setText(tr("Type the passphrase of this vault."));
        // The access layer words the reason (it knows whether a passphrase or the keychain's
        // key was wrong); the dialog only adds the hints that are about typing.
        m_message->showError(reason.message + QLatin1Char(' ') +
                             tr("Check Caps Lock and the keyboard layout."));
    } else {
        m_explanation->setText(reason.message);
        m_message->clear();
    }
    m_passphrase->setFocus();
}

void UnlockDialog::showMemberPrompt(const QList<MemberSlotInfo>& members, const Error& reason)
{
    const bool wasMember = m_mode == Mode::Member;
    const QString chosen = memberId();
    setMode(Mode::Member);
    m_member->clear();
    for (const MemberSlotInfo& member : members)
        m_member->addItem(member.label, member.memberId);
    // After a wrong passphrase the same member tries again. At first the list starts at the
    // top: a shared PC does not tell who used it last.
    if (const int index = m_member->findData(chosen); wasMember && index >= 0)
        m_member->setCurrentIndex(index);
    m_passphrase->clear();
    m_explanation->setText(tr("This is a team vault: each member unlocks it with their own "
                              "passphrase. Choose yourself and type yours."));
    if (reason.code == ErrorCode::WrongKey || reason.code == ErrorCode::NotFound)
        m_message->showError(reason.message + QLatin1Char(' ') +
                             tr("Check Caps Lock and the keyboard layout."));
    else
        m_message->clear();
    (m_member->count() > 1 && !wasMember ? static_cast<QWidget*>(m_member) : m_passphrase)
        ->setFocus();
}

QString UnlockDialog::memberId() const
{
    return m_member->currentData().toString();
}

void UnlockDialog::showFailure(const Error& error)
{
    setMode(Mode::Failed);
    m_explanation->setText(tr("Kotva cannot open the vault. The file was left exactly as it "
                              "was; nothing was replaced or created in its place."));
    m_message->showError(error.message);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_member->setEnabled(!busy);
    updateButtons();
}

SecureBuffer UnlockDialog::takePassphrase()
{
    QString text = m_passphrase->text();
    SecureBuffer secret = SecureBuffer::takeFrom(text);
    m_passphrase->clear();
    return secret;
}

void UnlockDialog::setMode(Mode mode)
{
    m_mode = mode;
    m_passphraseRow->setVisible(mode == Mode::Passphrase || mode == Mode::Member);
    // The member row is a form row: its label goes with it.
    auto* form = static_cast<QFormLayout*>(m_passphraseRow->layout());
    form->setRowVisible(m_member, mode == Mode::Member);
    m_retryKeychain->setVisible(mode == Mode::Passphrase);
    m_unlock->setText(mode == Mode::Failed ? tr("&Try again") : tr("&Unlock"));
    updateButtons();
    // The explanation is set after this; grow once the event loop has laid it out.
    QMetaObject::invokeMethod(
        this, [this] { shell::growToFit(this); }, Qt::QueuedConnection);
}

void UnlockDialog::updateButtons()
{
    const bool asks = m_mode == Mode::Passphrase || m_mode == Mode::Member;
    const bool ready =
        !asks || (!m_passphrase->text().isEmpty() && (m_mode != Mode::Member || m_member->count()));
    m_unlock->setEnabled(ready && !m_busy);
    m_retryKeychain->setEnabled(!m_busy);
}

} // namespace kotva
