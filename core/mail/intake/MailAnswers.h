#pragma once

// Answering an e-mail contact: the worker's words go to the client exactly as written,
// over SMTP with the threading headers, and only a redacted copy stays in the vault. After
// the answer the client's address is kept only for the grace period, and the next mail run
// archives or deletes the server's copy.

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/mail/intake/MailRecord.h"
#include "core/mail/intake/MailRepository.h"
#include "core/mail/intake/MailSettings.h"
#include "core/mail/smtp/SmtpEnvelope.h"
#include "core/session/Turn.h"

namespace kotva {

class SessionService;
class Vault;

/// An answer ready for SMTP, its record already marked Sending.
struct PreparedAnswer
{
    MailRecordId record = 0;
    SmtpEnvelope envelope;
};

class MailAnswers final
{
public:
    MailAnswers(Vault& vault, SessionService& contacts, const Clock& clock = Clock::system());

    /// When the vault opens: an answer that was being sent when Kotva stopped may have gone
    /// out, so it becomes Uncertain and is never sent again. Returns how many.
    Result<int> settleInterrupted();

    /// Whether the contact can be answered by e-mail now (an e-mail contact, its address
    /// still kept, not answered yet); the reason in the user's language when not.
    [[nodiscard]] Status canAnswer(ContactId contact) const;

    /// The answer as the client will receive it; the record is marked Sending, so a crash
    /// before `sent` can never lead to a second answer (it becomes Uncertain).
    Result<PreparedAnswer> prepare(ContactId contact, const QString& text);
    /// After the server accepted it: the redacted copy becomes the worker's turn, the
    /// record Sent, and the address expires after the grace period.
    Result<SavedTurn> sent(const PreparedAnswer& answer, ContactId contact, const QString& text,
                           bool sentDespiteBoundary);
    /// After a failed send: the answer can be sent again; the draft stays with the worker.
    Status failed(const PreparedAnswer& answer);

private:
    [[nodiscard]] Result<MailRecord> answerable(ContactId contact) const;
    [[nodiscard]] QDateTime now() const;

    Vault& m_vault;
    SessionService& m_contacts;
    const Clock& m_clock;
    MailRepository m_repository;
    MailSettings m_settings;
};

} // namespace kotva
