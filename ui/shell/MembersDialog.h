#pragma once

#include "core/team/TeamService.h"

#include <QDialog>
#include <QPointer>

class QPushButton;
class QTableWidget;

namespace kotva {

class InlineMessage;
class MemberDialog;
class NewPassphraseDialog;
class Prompter;

/// The team lead's list of the members of a team vault (issue 15): who they are, their
/// roles (ticked in the table and stored at once), and whether they still have to choose
/// their own passphrase; adding, removing and resetting a member. Every change goes through
/// TeamService, which checks the role and keeps keys and roles together; a refusal (the last
/// team lead) is said under the table and the table shows what is stored.
class MembersDialog final : public QDialog
{
    Q_OBJECT
public:
    MembersDialog(TeamService& team, Prompter& prompter, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MembersDialog)

    /// Reads the members again.
    void reload();

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* removeButton() const { return m_remove; }
    InlineMessage* message() const { return m_message; }
    /// The dialog "Add member…" opened, while it is open.
    MemberDialog* memberDialog() const { return m_memberDialog; }
    /// The dialog "New first passphrase…" opened, while it is open.
    NewPassphraseDialog* passphraseDialog() const { return m_passphraseDialog; }

private:
    void addMember();
    void resetMember();
    void removeMember();
    void onRoleToggled(int row, int column);
    [[nodiscard]] const TeamMemberStatus* selected() const;
    /// Reads the members again and says how the change went.
    void showOutcome(const Status& result, const QString& success);
    void updateButtons();

    TeamService& m_team;
    Prompter& m_prompter;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_remove = nullptr;
    InlineMessage* m_message = nullptr;
    QList<TeamMemberStatus> m_members;
    bool m_filling = false;
    QPointer<MemberDialog> m_memberDialog;
    QPointer<NewPassphraseDialog> m_passphraseDialog;
};

} // namespace kotva
