#pragma once

#include "core/session/Contact.h"
#include "core/session/Turn.h"

#include <QWidget>

#include <optional>

class QListView;
class QSplitter;
class QPushButton;
class QStackedWidget;

namespace kotva {

class BoundaryNotice;
class Clock;
class ConversationHeader;
class EmailAnswerBar;
class InlineMessage;
class MailService;
class RecentTurnsFilter;
class SessionService;
class TurnComposer;
class TurnModel;

/// The conversation with the selected contact: header, turns, what happened on the last
/// save (what was removed, a boundary), and the composer. It forwards every intent to
/// SessionService and shows what came back; it decides nothing itself.
class ConversationView final : public QWidget
{
    Q_OBJECT
public:
    ConversationView(SessionService& service, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConversationView)

    /// Shows the contact and loads its turns from the vault.
    void setContact(const Contact& contact);
    /// The worker chose tykání or vykání for the contact shown: answers follow it.
    void setAddressForm(Register form);
    /// No contact selected.
    void clearContact();
    /// Reads the shown contact's turns again (after a purge), keeping what is being written.
    void reloadTurns();
    [[nodiscard]] std::optional<Contact> contact() const { return m_contact; }

    /// Ctrl+Enter: saves the composer's text (a worker's draft that crosses a boundary
    /// waits for "Edit" or "Send anyway").
    void save();
    /// "Send anyway": saves (or e-mails) the worker's draft as it is, recorded anonymously.
    void sendAnyway();
    /// Offers "Send as e-mail" under the composer for e-mail contacts (issue 14).
    void enableEmailAnswers(MailService& mail, const Clock& clock);
    /// "Send as e-mail": the checks of save() for the worker's draft, then it goes to the
    /// client; the draft stays until the server took it.
    void sendAsEmail();
    void stopTopic(const QString& label);
    void changeContract(ContractWish wish);
    void recordReferralGiven(RiskLevel level);
    /// Puts text into the composer as my reply (a suggested wording, the referral script).
    void insertIntoReply(const QString& text);

    [[nodiscard]] TurnModel* turnModel() const { return m_turns; }
    /// The turns the list shows (the newest ones, and older ones on request).
    [[nodiscard]] RecentTurnsFilter* shownTurns() const { return m_recent; }
    [[nodiscard]] QPushButton* earlierButton() const { return m_earlier; }
    void showEarlierTurns();
    [[nodiscard]] QListView* turnView() const { return m_list; }
    [[nodiscard]] TurnComposer* composer() const { return m_composer; }
    [[nodiscard]] ConversationHeader* header() const { return m_header; }
    [[nodiscard]] BoundaryNotice* boundaryNotice() const { return m_notice; }
    /// nullptr until enableEmailAnswers().
    [[nodiscard]] EmailAnswerBar* emailAnswers() const { return m_email; }
    /// The conversation's history, above the splitter handle.
    [[nodiscard]] QListView* historyView() const { return m_list; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    /// What the pane says after the last action ("Removed before saving: …", an error).
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    /// The contact changed in the vault (a turn, the contract, STOP, referral given).
    void contactChanged(const kotva::Contact& contact);
    /// A turn was saved; `analysis` is of the original text, which is for showing only.
    void turnSaved(const kotva::Analysis& analysis, kotva::Author author, const QString& text);
    void closeRequested(kotva::ContactId id);

private:
    /// The checks before a turn is saved or e-mailed (stopped topics, boundaries).
    void submit();
    /// Saves the turn, or e-mails the worker's draft when that is what was asked for.
    void deliver(Author author, const QString& text, bool sentDespiteBoundary);
    void commit(Author author, const QString& text, bool sentDespiteBoundary);
    void emailSent(ContactId contact, const SavedTurn& saved);
    void setSending(bool sending);
    void updateDraftReady();
    void refresh();
    void showContact(const Contact& contact);
    void updateEnabled();
    void updateEarlierButton();
    /// Grows the lower part of the splitter so that the visible notices are not clipped.
    void makeRoomForNotices();
    bool eventFilter(QObject* watched, QEvent* event) override;

    SessionService& m_service;
    std::optional<Contact> m_contact;
    TurnModel* m_turns = nullptr;
    QStackedWidget* m_stack = nullptr;
    ConversationHeader* m_header = nullptr;
    RecentTurnsFilter* m_recent = nullptr;
    QPushButton* m_earlier = nullptr;
    QListView* m_list = nullptr;
    QSplitter* m_splitter = nullptr;
    QWidget* m_lower = nullptr; ///< the notices and the composer, below the splitter handle
    bool m_userSized = false;   ///< the worker dragged the splitter: keep their sizes
    InlineMessage* m_message = nullptr;
    BoundaryNotice* m_notice = nullptr;
    /// The worker chose to send a reply that returns to a stopped topic (until it is saved).
    bool m_stopAcknowledged = false;
    TurnComposer* m_composer = nullptr;
    EmailAnswerBar* m_email = nullptr;
    /// The draft being checked is to be e-mailed (Send as e-mail), not only saved.
    bool m_viaEmail = false;
};

} // namespace kotva
