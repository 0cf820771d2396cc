#pragma once

#include "core/common/SecureBuffer.h"
#include "core/team/Roles.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace kotva {

class PassphraseFields;

/// Asks for a member of a team vault (issue 15): their initials or chosen name and a
/// passphrase, and for a new member their roles. Founder: the person making their vault a
/// team vault chooses their own passphrase and becomes its team lead. NewMember: the team
/// lead chooses a first passphrase, which the member must change at their first unlock.
class MemberDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Founder, NewMember };

    explicit MemberDialog(Purpose purpose, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MemberDialog)

    [[nodiscard]] QString label() const;
    /// Founder: every role. NewMember: the boxes ticked.
    [[nodiscard]] Roles roles() const;
    /// Moves the passphrase out and wipes the fields.
    [[nodiscard]] SecureBuffer takePassphrase();

    QLineEdit* labelEdit() const { return m_label; }
    QCheckBox* roleBox(Role role) const;
    PassphraseFields* fields() const { return m_fields; }
    QPushButton* okButton() const { return m_ok; }

private:
    void updateOk();

    Purpose m_purpose;
    QLineEdit* m_label = nullptr;
    QCheckBox* m_peer = nullptr;
    QCheckBox* m_lead = nullptr;
    QCheckBox* m_coordinator = nullptr;
    PassphraseFields* m_fields = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace kotva
