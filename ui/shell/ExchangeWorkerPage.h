#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kotva {

class ExchangeFiles;
class InlineMessage;
class Prompter;
class VaultSession;

/// The worker's part of "Workers on other PCs" (issue 15, any vault, for whoever writes
/// notes): saves their member card, accepts the team card after a question that shows its
/// fingerprint, and saves the sealed file for the team lead once a team card is accepted.
class ExchangeWorkerPage final : public QWidget
{
    Q_OBJECT
public:
    ExchangeWorkerPage(VaultSession& session, ExchangeFiles& files, Prompter& prompter,
                       QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExchangeWorkerPage)

    /// Reads the team card accepted again.
    void reload();

    [[nodiscard]] QLineEdit* memberLabelEdit() const { return m_memberLabel; }
    [[nodiscard]] QPushButton* saveMemberCardButton() const { return m_saveMemberCard; }
    [[nodiscard]] QLabel* memberFingerprintLabel() const { return m_memberFingerprint; }
    [[nodiscard]] QPushButton* openTeamCardButton() const { return m_openTeamCard; }
    [[nodiscard]] QLabel* joinedTeamLabel() const { return m_joinedTeam; }
    [[nodiscard]] QPushButton* saveShareButton() const { return m_saveShare; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

private:
    QWidget* buildMemberCard();
    QWidget* buildTeam();
    QWidget* buildShare();
    void saveMemberCard();
    void openTeamCard();
    void saveShare();

    VaultSession& m_session;
    ExchangeFiles& m_files;
    Prompter& m_prompter;
    QLineEdit* m_memberLabel = nullptr;
    QPushButton* m_saveMemberCard = nullptr;
    QLabel* m_memberFingerprint = nullptr;
    QPushButton* m_openTeamCard = nullptr;
    QLabel* m_joinedTeam = nullptr;
    QPushButton* m_saveShare = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace kotva
