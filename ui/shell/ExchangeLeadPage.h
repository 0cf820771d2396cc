#pragma once

#include "core/exchange/ExchangeCard.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kotva {

class ExchangeFiles;
class ExchangeService;
class InlineMessage;
class TeamService;
struct ShareImport;

/// The team lead's part of "Workers on other PCs" (issue 15, a team vault): saves the team
/// card, accepts a worker's member card for a member of the team after the two compared its
/// fingerprint, lists the cards accepted with the time of each member's last file, and imports
/// a worker's file, saying in one sentence what it changed.
class ExchangeLeadPage final : public QWidget
{
    Q_OBJECT
public:
    ExchangeLeadPage(ExchangeService& exchange, TeamService& team, ExchangeFiles& files,
                     QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExchangeLeadPage)

    /// Reads the team card and the member cards again.
    void reload();

    [[nodiscard]] QLineEdit* teamNameEdit() const { return m_teamName; }
    [[nodiscard]] QPushButton* saveTeamCardButton() const { return m_saveTeamCard; }
    [[nodiscard]] QLabel* teamFingerprintLabel() const { return m_teamFingerprint; }
    [[nodiscard]] QPushButton* openMemberCardButton() const { return m_openMemberCard; }
    /// The member card opened and not yet accepted: its name and fingerprint, the member.
    [[nodiscard]] QFrame* pendingCardFrame() const { return m_pending; }
    [[nodiscard]] QLabel* pendingCardLabel() const { return m_pendingText; }
    [[nodiscard]] QComboBox* memberCombo() const { return m_memberCombo; }
    [[nodiscard]] QPushButton* acceptMemberCardButton() const { return m_acceptMemberCard; }
    [[nodiscard]] QTableWidget* memberCardsTable() const { return m_cards; }
    [[nodiscard]] QPushButton* importShareButton() const { return m_importShare; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

private:
    QWidget* buildTeamCard();
    QWidget* buildMemberCards();
    void saveTeamCard();
    void openMemberCard();
    void acceptMemberCard();
    void discardMemberCard();
    void importShare();
    /// What an import changed, in one sentence.
    [[nodiscard]] QString importSummary(const ShareImport& imported) const;

    ExchangeService& m_exchange;
    TeamService& m_team;
    ExchangeFiles& m_files;
    std::optional<ExchangeCard> m_pendingCard;
    QLineEdit* m_teamName = nullptr;
    QPushButton* m_saveTeamCard = nullptr;
    QLabel* m_teamFingerprint = nullptr;
    QPushButton* m_openMemberCard = nullptr;
    QFrame* m_pending = nullptr;
    QLabel* m_pendingText = nullptr;
    QComboBox* m_memberCombo = nullptr;
    QPushButton* m_acceptMemberCard = nullptr;
    QTableWidget* m_cards = nullptr;
    QPushButton* m_importShare = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace kotva
