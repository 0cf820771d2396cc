#pragma once

#include "core/analysis/Analyzer.h"
#include "core/session/SessionService.h"
#include "core/supervision/SupervisionService.h"

#include <QWidget>

#include <memory>

class QSplitter;

namespace kotva {

class CloseContactDialog;
class ContactListModel;
class ContactListPanel;
class ConversationView;
class CrisisReferralPane;
class InlineMessage;
class ReferralPlanner;
class VaultSession;

/// The peer worker's main pane: contacts on the left, the conversation in the middle, the
/// crisis-referral pane on the right, which stays out of the way until the client's words
/// reach concern or acute (or the worker presses F2). Every action goes through the
/// session's SessionService; the pane must not outlive the session.
///
/// Keyboard: Ctrl+N new contact, Ctrl+Enter save the turn, F2 crisis pane.
class WorkspacePane final : public QWidget
{
    Q_OBJECT
public:
    /// The crisis pane plans referrals for the session's organisation region and follows
    /// its changes; the session's purges reload the contacts.
    WorkspacePane(VaultSession& session, const ReferralPlanner& planner, QWidget* parent = nullptr);
    ~WorkspacePane() override;
    Q_DISABLE_COPY_MOVE(WorkspacePane)

    /// Reads the contacts from the vault again (done once on construction).
    void reload();
    /// Opens a contact (what the new-contact dialog does on "Start contact") and selects it;
    /// with a form, the contact keeps it (tykání or vykání) from the start.
    Result<Contact> openContact(const NewContact& contact,
                                std::optional<Register> addressForm = std::nullopt);
    bool selectContact(ContactId id);
    /// Selects a contact opened elsewhere (the e-mail inbox), reading the contacts again
    /// when it is new to the list; false if the vault does not know it.
    bool showContact(ContactId id);
    /// Closes the contact with its outcome; the session suggests a supervision note when it
    /// should (VaultSession::noteSuggested).
    Status closeContact(ContactId id, const ContactOutcome& outcome);

    /// Ctrl+N; the dialog is window-modal and opens without a nested event loop.
    void showNewContactDialog();
    /// The close dialog for the selected contact.
    void showCloseContactDialog();
    /// F2.
    void toggleCrisisPane();
    [[nodiscard]] bool isCrisisPaneShown() const;

    [[nodiscard]] SessionService& service() { return m_service; }
    [[nodiscard]] ContactListModel* contactModel() const { return m_contacts; }
    [[nodiscard]] ContactListPanel* contactList() const { return m_list; }
    [[nodiscard]] ConversationView* conversation() const { return m_conversation; }
    [[nodiscard]] CrisisReferralPane* crisisPane() const { return m_crisis; }
    /// The pane's own message (e.g. the contacts could not be read); empty when none.
    [[nodiscard]] QString messageText() const;

private:
    void buildActions();
    /// Opens the list editor over the close dialog; the dialog's list follows the result.
    void editOutcomeTopics(CloseContactDialog* closeDialog);
    void contactSelected(ContactId id);
    /// Shows the client's words to the crisis pane and raises it at concern or acute; a
    /// lower level never replaces a higher one during the same contact.
    /// Shows or hides the crisis pane; on a narrow window the contact list makes room.
    void setCrisisVisible(bool show);
    void assessClientText(const Analysis& analysis, const QString& text);

    VaultSession& m_session;
    SessionService& m_service;
    ContactListModel* m_contacts = nullptr;
    InlineMessage* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    ContactListPanel* m_list = nullptr;
    ConversationView* m_conversation = nullptr;
    CrisisReferralPane* m_crisis = nullptr;
    bool m_listGaveRoom = false; ///< the list was hidden to fit the crisis pane
    bool m_crisisPinned = false; ///< opened with F2: stays when another contact is selected
};

} // namespace kotva
