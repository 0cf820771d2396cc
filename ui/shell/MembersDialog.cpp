#include "ui/shell/MembersDialog.h"

#include "ui/shell/InlineMessage.h"
#include "ui/shell/MemberDialog.h"
#include "ui/shell/NewPassphraseDialog.h"
#include "ui/shell/Prompter.h"
#include "ui/shell/ShellWidgets.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kotva {

namespace {

enum Column { LabelColumn, PeerColumn, LeadColumn, CoordinatorColumn, KeyColumn, ColumnCount };

Role roleOf(int column)
{
    return column == PeerColumn ? Role::PeerWorker
                                : (column == LeadColumn ? Role::TeamLead : Role::Coordinator);
}

/// Sealing a slot runs Argon2id for about half a second (more the first time, when the
/// parameters are measured): the cursor says so.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

MembersDialog::MembersDialog(TeamService& team, Prompter& prompter, QWidget* parent)
    : QDialog(parent)
    , m_team(team)
    , m_prompter(prompter)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("membersDialog"));
    setWindowTitle(tr("Members of the team"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    layout->addWidget(shell::paragraph(
        tr("Each member unlocks the vault with their own passphrase. A peer worker meets "
           "clients and writes notes; a team lead prepares supervision, keeps this list and "
           "sees the figures; a coordinator plans the group programme and sees the figures."),
        this));

    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setHorizontalHeaderLabels({tr("Member"), roleLabel(Role::PeerWorker),
                                        roleLabel(Role::TeamLead), roleLabel(Role::Coordinator),
                                        tr("Passphrase")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    m_add = new QPushButton(tr("&Add member…"), this);
    m_add->setObjectName(QStringLiteral("addMember"));
    m_reset = new QPushButton(tr("&New first passphrase…"), this);
    m_reset->setObjectName(QStringLiteral("resetMember"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeMember"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_reset);
    row->addWidget(m_remove);
    row->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    row->addWidget(close);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(m_reset, &QPushButton::clicked, this, &MembersDialog::resetMember);
    connect(m_remove, &QPushButton::clicked, this, &MembersDialog::removeMember);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersDialog::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() >= PeerColumn && item->column() <= CoordinatorColumn)
            onRoleToggled(item->row(), item->column());
    });
    resize(680, 420);
    reload();
}

void MembersDialog::reload()
{
    const auto members = m_team.members();
    m_filling = true;
    m_table->setRowCount(0);
    m_members.clear();
    if (!members) {
        m_message->showError(members.error().message);
        m_filling = false;
        updateButtons();
        return;
    }
    m_members = *members;
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const TeamMemberStatus& status = m_members.at(row);
        QString label = status.member.label;
        if (status.member.memberId == m_team.me().memberId)
            label = tr("%1 (you)").arg(label);
        m_table->setItem(row, LabelColumn, new QTableWidgetItem(label));
        for (int column : {PeerColumn, LeadColumn, CoordinatorColumn}) {
            auto* item = new QTableWidgetItem;
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(status.member.roles.testFlag(roleOf(column)) ? Qt::Checked
                                                                             : Qt::Unchecked);
            m_table->setItem(row, column, item);
        }
        m_table->setItem(row, KeyColumn,
                         new QTableWidgetItem(!status.hasKey ? tr("no key")
                                              : status.mustChangePassphrase
                                                  ? tr("first passphrase, not changed yet")
                                                  : tr("own passphrase")));
    }
    m_filling = false;
    updateButtons();
}

void MembersDialog::showOutcome(const Status& result, const QString& success)
{
    reload(); // what is stored, whether or not the change was taken
    if (result)
        m_message->setMessage(InlineMessage::Kind::Success, success);
    else
        m_message->showError(result.error().message);
}

const TeamMemberStatus* MembersDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

void MembersDialog::updateButtons()
{
    const TeamMemberStatus* member = selected();
    const bool other = member && member->member.memberId != m_team.me().memberId;
    m_reset->setEnabled(other);
    m_remove->setEnabled(other);
}

void MembersDialog::onRoleToggled(int row, int column)
{
    if (row < 0 || row >= m_members.size())
        return;
    Roles roles = m_members.at(row).member.roles;
    roles.setFlag(roleOf(column), m_table->item(row, column)->checkState() == Qt::Checked);
    const Status changed = m_team.setRoles(m_members.at(row).member.memberId, roles);
    const QString label = m_members.at(row).member.label;
    showOutcome(changed, tr("The roles of %1 were changed; they apply from their next "
                            "unlock.")
                             .arg(label));
}

void MembersDialog::addMember()
{
    if (m_memberDialog)
        return;
    m_memberDialog = new MemberDialog(MemberDialog::Purpose::NewMember, this);
    m_memberDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_memberDialog, &QDialog::accepted, this, [this] {
        const QString label = m_memberDialog->label();
        const Roles roles = m_memberDialog->roles();
        const SecureBuffer passphrase = m_memberDialog->takePassphrase();
        const Result<QString> added = [&] {
            WaitCursor wait;
            return m_team.addMember(label, roles, passphrase);
        }();
        showOutcome(added ? Status() : Status(std::unexpected(added.error())),
                    tr("%1 can now unlock the vault with the first passphrase and "
                       "will be asked to choose their own.")
                        .arg(label));
    });
    m_memberDialog->open();
}

void MembersDialog::resetMember()
{
    const TeamMemberStatus* member = selected();
    if (!member)
        return;
    const TeamMember who = member->member;
    if (!m_prompter.confirm(
            this,
            Decision{tr("Give %1 a new first passphrase?").arg(who.label),
                     tr("Use this only when %1 has forgotten their passphrase.").arg(who.label),
                     tr("Their old passphrase stops working at once. Their private notes were "
                        "sealed with a key only the old one could open: nobody can read them "
                        "any more. What they shared for supervision stays."),
                     tr("Give a new passphrase"), true}))
        return;
    if (m_passphraseDialog)
        return;
    m_passphraseDialog = new NewPassphraseDialog(
        tr("New first passphrase for %1").arg(who.label),
        tr("%1 unlocks with it once and then chooses their own.").arg(who.label), this);
    m_passphraseDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_passphraseDialog, &QDialog::accepted, this, [this, who] {
        const SecureBuffer passphrase = m_passphraseDialog->takePassphrase();
        const Status reset = [&] {
            WaitCursor wait;
            return m_team.resetPassphrase(who.memberId, passphrase);
        }();
        showOutcome(reset, tr("%1 has a new first passphrase.").arg(who.label));
    });
    m_passphraseDialog->open();
}

void MembersDialog::removeMember()
{
    const TeamMemberStatus* member = selected();
    if (!member)
        return;
    const TeamMember who = member->member;
    if (!m_prompter.confirm(
            this,
            Decision{tr("Remove %1 from the team?").arg(who.label),
                     tr("Their key is wiped from the team's keys and their roles from the "
                        "vault: their passphrase opens nothing from now on."),
                     tr("A copy of the vault and of its keys file made before today still opens "
                        "with their passphrase. Removing a member cannot reach such copies: keep "
                        "backups where only the team lead can get them."),
                     tr("Remove"), true}))
        return;
    const Status removed = m_team.removeMember(who.memberId);
    showOutcome(removed, tr("%1 is no longer a member of the team.").arg(who.label));
}

} // namespace kotva
