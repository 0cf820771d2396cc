#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/mail/MailFailure.h"
#include "core/mail/intake/InboxEntry.h"
#include "core/session/Contact.h"
#include "core/session/Turn.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace kotva {

class MailService;

/// Under the composer of an e-mail contact: when the answer is due and "Send as e-mail" for
/// the worker's draft, or why the contact cannot be answered by e-mail (MailService's
/// canAnswer), and "Sending…" while the answer is on its way. Hidden for other channels and
/// for e-mail contacts the worker opened by hand (no message came in to answer).
/// It sends what the conversation hands it; the conversation runs the draft's checks first.
class EmailAnswerBar final : public QFrame
{
    Q_OBJECT
public:
    EmailAnswerBar(MailService& mail, const Clock& clock, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(EmailAnswerBar)

    /// The contact shown in the conversation (none: nothing to answer).
    void setContact(const std::optional<Contact>& contact);
    /// Whether the draft is the worker's and not empty (the button needs both).
    void setDraftReady(bool ready);
    /// Reads again whether the shown contact can be answered (after the inbox changed).
    void refresh();

    /// Sends `text` as the answer to the shown contact; the result comes as answerSent or
    /// answerFailed. An error here means nothing was sent.
    Status send(const QString& text, bool sentDespiteBoundary);
    [[nodiscard]] bool isSending() const { return m_sendingFor != 0; }
    /// The shown contact can be answered by e-mail now.
    [[nodiscard]] bool canAnswer() const { return m_answerable; }

    [[nodiscard]] QPushButton* sendButton() const { return m_send; }
    /// When the answer is due, or why the contact cannot be answered.
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    /// The worker pressed "Send as e-mail".
    void sendRequested();
    void sendingChanged(bool sending);
    /// The answer to `contact` went out; `saved` is its redacted copy in the conversation.
    void answerSent(kotva::ContactId contact, const kotva::SavedTurn& saved);
    void answerFailed(kotva::ContactId contact, const QString& message);

private:
    void render();

    MailService& m_mail;
    const Clock& m_clock;
    std::optional<Contact> m_contact;
    QLabel* m_status = nullptr;
    QPushButton* m_send = nullptr;
    bool m_answerable = false;
    QString m_reason;                  ///< why the shown contact cannot be answered (empty: it can)
    std::optional<InboxEntry> m_entry; ///< none: not a contact that came in by e-mail
    bool m_draftReady = false;
    ContactId m_sendingFor = 0;
};

} // namespace kotva
