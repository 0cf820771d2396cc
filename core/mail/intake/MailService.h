#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/mail/MailFailure.h"
#include "core/mail/intake/InboxEntry.h"
#include "core/mail/intake/MailAnswers.h"
#include "core/mail/intake/MailFigures.h"
#include "core/mail/intake/MailIntake.h"
#include "core/mail/intake/MailPassword.h"
#include "core/mail/intake/MailRun.h"
#include "core/mail/intake/MailSettings.h"
#include "core/session/Turn.h"
#include "core/team/AccessGate.h"

#include <QObject>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

class QThread;

namespace kotva {

class SessionService;
class Vault;

/// What "test connection" found, server by server (no error: it worked).
struct ConnectionTest
{
    std::optional<MailError> imap;
    std::optional<MailError> smtp;
    /// The certificate a server showed when it was refused, for the worker to inspect and,
    /// if the organisation knows it, trust explicitly (pin).
    QSslCertificate imapCertificate;
    QSslCertificate smtpCertificate;
};

/// E-mail counselling while the vault is open: the inbox, fetching (with acknowledgements),
/// answering and testing the connection. The servers are talked to on a worker thread, one
/// job at a time; every vault step comes back to the vault's thread. Locking the vault
/// destroys this service, which stops the job and waits for it.
class MailService final : public QObject
{
    Q_OBJECT
public:
    MailService(Vault& vault, SessionService& contacts, const Clock& clock = Clock::system(),
                QObject* parent = nullptr);
    ~MailService() override;
    Q_DISABLE_COPY_MOVE(MailService)

    [[nodiscard]] MailSettings& settings() { return m_settings; }
    /// The mailbox password: in the OS keychain or in the (encrypted) vault, never in a
    /// settings file. The app tells it where the vault's key is (MailPassword::useKeychain).
    [[nodiscard]] MailPassword& password() { return m_password; }
    [[nodiscard]] const MailPassword& password() const { return m_password; }
    Status setPassword(const QString& password) { return m_password.store(password); }
    [[nodiscard]] bool hasPassword() const { return m_password.stored(); }
    /// Configured account and a password: fetching and answering can work.
    [[nodiscard]] bool ready() const;

    /// The e-mail contacts, most urgent first (sortByUrgency).
    [[nodiscard]] Result<QList<InboxEntry>> inbox() const;
    /// The inbox entry of one contact (nullopt: not an e-mail contact).
    [[nodiscard]] Result<std::optional<InboxEntry>> entry(ContactId contact) const;

    /// Month by month, newest first: answered within the deadline, median time to answer,
    /// acknowledgements sent, requests out of scope (counts only).
    [[nodiscard]] Result<QList<MailMonthFigures>> figures() const;

    /// Talking to a server, or getting the password from the keychain first.
    [[nodiscard]] bool busy() const { return m_busy; }
    /// Starts fetching new mail and sending acknowledgements; the result comes as
    /// fetchFinished. InvalidArgument when not ready or busy.
    Status fetch();
    /// Asks the current job to stop soon; what was taken in stays.
    void cancel();

    /// Fetches on its own every MailSettings::FetchIntervalMinutes (read now; 0 stops it),
    /// the first time `firstDelay` from now, so the window is up before the network is used.
    /// A fetch is skipped while the mailbox is not set up or another job runs. Called when
    /// the vault session starts and when the settings change.
    void scheduleAutomaticFetch(std::chrono::milliseconds firstDelay = std::chrono::seconds(5));
    /// The same with an interval of the caller's choosing (tests: milliseconds, not minutes).
    void scheduleAutomaticFetch(std::chrono::milliseconds every,
                                std::chrono::milliseconds firstDelay);
    [[nodiscard]] bool fetchesAutomatically() const { return m_fetchTimer.isActive(); }

    [[nodiscard]] Status canAnswer(ContactId contact) const { return m_answers.canAnswer(contact); }
    /// Sends the worker's answer; the result comes as answerSent or answerFailed (the draft
    /// stays with the worker then). While another job runs (an automatic fetch), the answer
    /// waits for it and goes next.
    Status sendAnswer(ContactId contact, const QString& text, bool sentDespiteBoundary);

    /// A contact was closed: an e-mail's address is then kept only for the grace period, as
    /// after an answer (a contact closed without one needs it no longer either).
    Status contactClosed(ContactId contact);

    /// Connects to both servers with these settings (not stored) and says what failed. An
    /// empty password means the stored one, so the form never needs to read it.
    Status testConnection(const MailAccount& account, const QString& password);

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void fetchProgress(int done, int total);
    void fetchFinished(const kotva::MailRunReport& report);
    void answerSent(kotva::ContactId contact, const kotva::SavedTurn& turn);
    void answerFailed(kotva::ContactId contact, const kotva::MailError& error);
    void connectionTested(const kotva::ConnectionTest& result);
    /// New contacts came in, or an answer changed one: the inbox reads again.
    void inboxChanged();
    /// A fetch brought e-mail with signs of acute danger (a new contact, or a client's next
    /// message that made an open one acute): the worker must see it now, as in a chat.
    void acuteMailArrived(const QList<kotva::ContactId>& contacts);

private:
    /// Lets worker steps into the vault's thread until the service goes.
    struct Gate
    {
        std::mutex mutex;
        std::condition_variable changed;
        bool closed = false;
    };

    /// Runs `call` on this object's thread and waits; false once the gate closed.
    bool onVaultThread(const std::function<void()>& call);
    void setBusy(bool busy);
    void fetchAutomatically();
    /// Marks the service busy, gets the password (`typed`, or the stored one, maybe from the
    /// keychain) and hands it to `start`, or the reason there is none to `failed`; busy ends
    /// in `failed`'s case.
    void withPassword(const QString& typed, std::function<void(SecureBuffer)> start,
                      std::function<void(const MailError&)> failed);
    void startFetch(const MailAccount& settings, SecureBuffer secret);
    /// The open e-mail contacts rated acute, to tell which a fetch made acute.
    [[nodiscard]] QSet<ContactId> acuteOpenContacts() const;
    void startSending(const MailAccount& settings, SecureBuffer secret,
                      const PreparedAnswer& answer, ContactId contact, const QString& text,
                      bool sentDespiteBoundary);
    void startTest(const MailAccount& account, SecureBuffer secret);
    /// Starts `work` on a new worker thread and `then` back here when it is done.
    void startJob(std::function<void(std::stop_token)> work, std::function<void()> then);

    Vault& m_vault;
    SessionService& m_contacts;
    const Clock& m_clock;
    MailSettings m_settings;
    MailPassword m_password{m_settings};
    MailIntake m_intake;
    MailAnswers m_answers;
    std::shared_ptr<Gate> m_gate = std::make_shared<Gate>();
    std::stop_source m_stop;
    QThread* m_thread = nullptr;
    bool m_busy = false;
    /// An answer sent while another job ran: it starts when that one ends.
    std::function<void()> m_waitingAnswer;
    QTimer m_fetchTimer;
    std::chrono::milliseconds m_fetchEvery{0};
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
