#include "ui/shell/MemberDialog.h"

#include "ui/shell/PassphraseFields.h"
#include "ui/shell/ShellWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

namespace {

/// Initials or a short chosen name: who the member is to the team, never a client.
constexpr int MaxLabelLength = 40;

} // namespace

MemberDialog::MemberDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_label(new QLineEdit(this))
    , m_fields(new PassphraseFields(this))
{
    const bool founder = purpose == Purpose::Founder;
    setObjectName(founder ? QStringLiteral("makeTeamDialog") : QStringLiteral("newMemberDialog"));
    setWindowTitle(founder ? tr("Make it a team vault") : tr("Add a member"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(12);
    layout->addWidget(shell::paragraph(
        founder ? tr("Each member of the team will unlock this vault with their own passphrase. "
                     "You become its team lead: you add the others and set their roles. The "
                     "vault is re-encrypted with a new key; the keychain and the passphrase used "
                     "until now stop opening it.")
                : tr("The new member unlocks the vault with the first passphrase you choose here "
                     "and must choose their own at their first unlock. Tell it to them in "
                     "person, not by e-mail."),
        this));

    m_label->setObjectName(QStringLiteral("memberLabel"));
    m_label->setMaxLength(MaxLabelLength);
    m_label->setPlaceholderText(tr("initials or a chosen name, e.g. \"EK\""));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(founder ? tr("&You are:") : tr("&Member:"), m_label);
    if (!founder) {
        auto* roles = new QWidget(this);
        auto* row = new QHBoxLayout(roles);
        row->setContentsMargins(0, 0, 0, 0);
        m_peer = new QCheckBox(roleLabel(Role::PeerWorker), roles);
        m_lead = new QCheckBox(roleLabel(Role::TeamLead), roles);
        m_coordinator = new QCheckBox(roleLabel(Role::Coordinator), roles);
        m_peer->setChecked(true);
        for (QCheckBox* box : {m_peer, m_lead, m_coordinator}) {
            row->addWidget(box);
            connect(box, &QCheckBox::toggled, this, &MemberDialog::updateOk);
        }
        row->addStretch(1);
        form->addRow(tr("Roles:"), roles);
    }
    layout->addLayout(form);
    layout->addWidget(shell::note(
        founder ? tr("Nobody can recover a forgotten passphrase. If you forget yours, another "
                     "team lead can give you a new first one, but your private notes, sealed "
                     "with your own key, are then lost.")
                : tr("The first passphrase:"),
        this));
    layout->addWidget(m_fields);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(founder ? tr("&Make it a team vault") : tr("&Add member"));
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    connect(m_fields, &PassphraseFields::acceptableChanged, this, &MemberDialog::updateOk);
    connect(m_label, &QLineEdit::textChanged, this, &MemberDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_fields->clear();
        reject();
    });
    setMinimumWidth(520);
    updateOk();
    m_label->setFocus();
}

QString MemberDialog::label() const
{
    return m_label->text().trimmed();
}

Roles MemberDialog::roles() const
{
    if (m_purpose == Purpose::Founder)
        return allRoles();
    Roles roles;
    roles.setFlag(Role::PeerWorker, m_peer->isChecked());
    roles.setFlag(Role::TeamLead, m_lead->isChecked());
    roles.setFlag(Role::Coordinator, m_coordinator->isChecked());
    return roles;
}

QCheckBox* MemberDialog::roleBox(Role role) const
{
    switch (role) {
    case Role::PeerWorker:
        return m_peer;
    case Role::TeamLead:
        return m_lead;
    case Role::Coordinator:
        return m_coordinator;
    }
    return nullptr;
}

SecureBuffer MemberDialog::takePassphrase()
{
    return m_fields->takePassphrase();
}

void MemberDialog::updateOk()
{
    m_ok->setEnabled(!label().isEmpty() && roles() != Roles() && m_fields->isAcceptable());
}

} // namespace kotva
