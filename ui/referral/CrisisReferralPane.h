#pragma once

// The crisis-referral pane. The workspace (ui/workspace) shows it
// beside the conversation and raises it when the client's words reach concern or acute,
// and on F2. It shows the level, the words that triggered it, the planner's referrals in
// order (for acute, 112 / 155 first and unmistakable) and the script. It never dials,
// sends or contacts anyone: the only things it emits are text for the worker's reply and
// the fact that the worker gave the referral.

#include "core/analysis/Findings.h"
#include "core/referral/ReferralPlanner.h"

#include <QWidget>

class QAbstractButton;
class QFrame;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QComboBox;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QVBoxLayout;

namespace kotva {

class ReferralCard;

class CrisisReferralPane final : public QWidget
{
    Q_OBJECT
public:
    /// `region` is the organisation's CZ-NUTS 3 code (may be empty).
    CrisisReferralPane(const ReferralPlanner& planner, QString region, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CrisisReferralPane)

    /// Shows what the analysis of the client's text found. The triggering words are cut
    /// from `text` at the signal spans; they are shown, never stored.
    void showAssessment(const Analysis& analysis, const QString& text);
    /// Back to "nothing found" (another contact was selected).
    void clear();
    void setRegion(const QString& region);
    /// How the Czech script addresses the client. suggestForm() follows how the client writes
    /// until the worker chooses for this contact; clear() forgets that choice.
    void setForm(Register form);
    void suggestForm(Register form);
    /// The contact's form, as the worker chose it earlier: client words no longer change it.
    void setChosenForm(Register form);
    [[nodiscard]] Register form() const { return m_form; }

    [[nodiscard]] RiskLevel level() const;
    /// True when the last assessment is concern or acute: the workspace raises the pane.
    [[nodiscard]] bool shouldRise() const;
    /// The plan on screen (for tests and for the workspace).
    [[nodiscard]] const ReferralPlan& plan() const;

Q_SIGNALS:
    /// The worker chose tykání or vykání for this contact (to be kept with it).
    void formChosen(Register form);
    /// The worker wants the script (in the chosen language) in the reply being written.
    void insertIntoReplyRequested(const QString& script);
    /// The worker pressed "Referral given"; the workspace records it anonymously.
    void referralGiven(RiskLevel level);

private:
    QWidget* buildLevel(QWidget* parent);
    QWidget* buildTriggers(QWidget* parent);
    QWidget* buildReferrals(QWidget* parent);
    QWidget* buildNotes(QWidget* parent);
    QWidget* buildScript(QWidget* parent);
    QWidget* buildFooter();
    void replan();
    void render();
    void renderLevel();
    void renderTriggers(const QString& text);
    void renderReferrals();
    void renderScript();
    void setScriptLanguage(ScriptLanguage language);
    void copyScript();

    const ReferralPlanner& m_planner;
    QString m_region;
    PlanRequest m_request; ///< the last assessment, kept to plan again for another region
    RiskLevel m_level = RiskLevel::None;
    ReferralPlan m_plan;
    ScriptLanguage m_scriptLanguage = ScriptLanguage::Czech;
    Register m_form = Register::Formal;
    bool m_formChosen = false; ///< the worker chose the form for this contact
    QComboBox* m_formBox = nullptr;

    QScrollArea* m_scroll = nullptr;
    QFrame* m_levelBanner = nullptr;
    QLabel* m_levelTitle = nullptr;
    QLabel* m_levelText = nullptr;
    QLabel* m_emergencyNumbers = nullptr;
    QGroupBox* m_triggersBox = nullptr;
    QLabel* m_triggers = nullptr;
    QGroupBox* m_referralsBox = nullptr;
    QVBoxLayout* m_referralLayout = nullptr;
    QList<ReferralCard*> m_cards;
    QGroupBox* m_notesBox = nullptr;
    QLabel* m_notes = nullptr;
    QGroupBox* m_scriptBox = nullptr;
    QRadioButton* m_czech = nullptr;
    QRadioButton* m_english = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_insert = nullptr;
    QLabel* m_scriptStatus = nullptr;
    QPushButton* m_given = nullptr;
    QLabel* m_givenStatus = nullptr;
};

} // namespace kotva
