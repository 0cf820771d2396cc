#include "core/mail/intake/MailService.h"

#include "core/common/SecureBuffer.h"
#include "core/mail/imap/ImapClient.h"
#include "core/mail/intake/ServerTransport.h"
#include "core/mail/smtp/SmtpClient.h"
#include "core/session/SessionService.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MailService)
};

SecureBuffer secureCopy(QString text)
{
    return SecureBuffer::takeFrom(text);
}

} // namespace

MailService::MailService(Vault& vault, SessionService& contacts, const Clock& clock,
                         QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_contacts(contacts)
    , m_clock(clock)
    , m_settings(vault)
    , m_intake(vault, contacts, clock)
    , m_answers(vault, contacts, clock)
{
    // An answer that was being sent when Kotva last stopped may have gone out: it is never
    // sent again (the inbox says so). Nothing to do when the vault cannot say.
    (void)m_answers.settleInterrupted();
    m_fetchTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_fetchTimer, &QTimer::timeout, this, &MailService::fetchAutomatically);
}

void MailService::scheduleAutomaticFetch(std::chrono::milliseconds firstDelay)
{
    const int minutes = m_settings.raw()
                            .value(MailSettings::FetchIntervalMinutes)
                            .value_or(MailSettings::FetchIntervalMinutes.defaultValue);
    scheduleAutomaticFetch(std::chrono::minutes(minutes), firstDelay);
}

void MailService::scheduleAutomaticFetch(std::chrono::milliseconds every,
                                         std::chrono::milliseconds firstDelay)
{
    m_fetchEvery = every;
    if (every <= std::chrono::milliseconds::zero()) {
        m_fetchTimer.stop();
        return;
    }
    m_fetchTimer.start(std::min(firstDelay, every));
}

void MailService::fetchAutomatically()
{
    m_fetchTimer.setInterval(m_fetchEvery);
    // Not set up, or the worker (or another window) is already talking to the server: the
    // next tick tries again.
    if (busy() || !ready())
        return;
    (void)fetch();
}

MailService::~MailService()
{
    m_stop.request_stop();
    {
        const std::lock_guard lock(m_gate->mutex);
        m_gate->closed = true;
    }
    m_gate->changed.notify_all();
    if (m_thread) {
        // The worker notices the stop within a tenth of a second of a network wait, and a
        // closed gate at once.
        m_thread->wait();
        delete m_thread;
    }
}

bool MailService::ready() const
{
    const auto account = m_settings.account();
    return account && MailSettings::configured(*account) && hasPassword();
}

Result<QList<InboxEntry>> MailService::inbox() const
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return std::unexpected(allowed.error());
    const auto records = m_intake.repository().records();
    if (!records)
        return std::unexpected(records.error());
    const auto contacts = m_contacts.contacts(ContactFilter{Channel::Email, std::nullopt});
    if (!contacts)
        return std::unexpected(contacts.error());
    // A conversation may hold several of the client's messages (newest first here): the
    // entry shows the newest, and is due when its oldest unanswered message is.
    QHash<ContactId, QList<const MailRecord*>> byContact;
    for (const MailRecord& r : *records) {
        if (r.contactId)
            byContact[*r.contactId] << &r;
    }
    QList<InboxEntry> entries;
    for (const Contact& c : *contacts) {
        const QList<const MailRecord*> messages = byContact.value(c.id);
        if (messages.isEmpty())
            continue; // an e-mail contact the worker opened by hand
        const MailRecord& newest = *messages.first();
        QDateTime due = newest.dueAtUtc;
        bool outOfScope = false;
        int attachments = 0;
        for (const MailRecord* r : messages) {
            if (r->answer == AnswerState::None && r->dueAtUtc < due)
                due = r->dueAtUtc;
            outOfScope = outOfScope || r->outOfScope;
            attachments += r->attachmentCount;
        }
        entries << InboxEntry{c.id,        c.displayName(),
                              c.reference, newest.receivedAtUtc,
                              due,         c.highestRisk,
                              newest.ack,  newest.answer,
                              attachments, c.state == ContactState::Closed,
                              outOfScope};
    }
    sortByUrgency(entries);
    return entries;
}

Result<std::optional<InboxEntry>> MailService::entry(ContactId contact) const
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return std::unexpected(allowed.error());
    const auto all = inbox();
    if (!all)
        return std::unexpected(all.error());
    for (const InboxEntry& e : *all) {
        if (e.contact == contact)
            return std::optional<InboxEntry>(e);
    }
    return std::optional<InboxEntry>();
}

Result<QList<MailMonthFigures>> MailService::figures() const
{
    const auto records = m_intake.repository().records();
    if (!records)
        return std::unexpected(records.error());
    return monthlyMailFigures(*records);
}

bool MailService::onVaultThread(const std::function<void()>& call)
{
    auto done = std::make_shared<bool>(false);
    const std::shared_ptr<Gate> gate = m_gate;
    {
        const std::lock_guard lock(gate->mutex);
        if (gate->closed)
            return false;
    }
    // Queued to this object: should the service go first, Qt drops the call with it.
    QMetaObject::invokeMethod(
        this,
        [gate, done, &call] {
            const std::lock_guard lock(gate->mutex);
            if (gate->closed)
                return;
            call();
            *done = true;
            gate->changed.notify_all();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(gate->mutex);
    gate->changed.wait(lock, [&] { return *done || gate->closed; });
    return *done;
}

void MailService::startJob(std::function<void(std::stop_token)> work, std::function<void()> then)
{
    m_stop = std::stop_source();
    const std::stop_token token = m_stop.get_token();
    m_thread = QThread::create([work = std::move(work), token] { work(token); });
    connect(m_thread, &QThread::finished, this, [this, then = std::move(then)] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        then();
        setBusy(false);
    });
    m_thread->start();
    setBusy(true);
}

void MailService::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
    if (!busy && m_waitingAnswer)
        std::exchange(m_waitingAnswer, nullptr)();
}

void MailService::withPassword(const QString& typed, std::function<void(SecureBuffer)> start,
                               std::function<void(const MailError&)> failed)
{
    setBusy(true);
    if (!typed.isEmpty()) {
        QString copy = typed;
        start(secureCopy(std::move(copy)));
        return;
    }
    m_password.read(
        [this, start = std::move(start), failed = std::move(failed)](Result<SecureBuffer> secret) {
            if (secret) {
                start(std::move(*secret));
                return;
            }
            setBusy(false);
            failed(MailError{MailFailure::Password, secret.error().message, secret.error().detail});
        });
}

Status MailService::fetch()
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return allowed;
    if (busy())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Kotva is already talking to the mail server."));
    const auto account = m_settings.account();
    if (!account)
        return std::unexpected(account.error());
    if (!MailSettings::configured(*account) || !hasPassword())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The organisation's mailbox is not set up yet (Settings → E-mail)."));
    const MailAccount settings = *account;
    withPassword(
        {}, [this, settings](SecureBuffer secret) { startFetch(settings, std::move(secret)); },
        [this](const MailError& error) {
            MailRunReport report;
            report.error = error;
            Q_EMIT fetchFinished(report);
        });
    return {};
}

QSet<ContactId> MailService::acuteOpenContacts() const
{
    QSet<ContactId> acute;
    const auto entries = inbox();
    for (const InboxEntry& e : entries.value_or(QList<InboxEntry>())) {
        if (e.risk == RiskLevel::Acute && !e.closed)
            acute.insert(e.contact);
    }
    return acute;
}

void MailService::startFetch(const MailAccount& settings, SecureBuffer secret)
{
    const QSet<ContactId> acuteBefore = acuteOpenContacts();
    auto report = std::make_shared<MailRunReport>();
    auto run = std::make_shared<MailRun>(
        m_intake, [this](const std::function<void()>& call) { return onVaultThread(call); });
    auto key = std::make_shared<SecureBuffer>(std::move(secret));
    startJob(
        [this, report, run, key, settings](std::stop_token stop) {
            ImapMailboxReader reader(settings, *key, stop);
            SmtpMailSender sender(settings, *key, stop);
            *report =
                run->run(reader, sender, settings.inboxFolder, stop, [this](int done, int total) {
                    QMetaObject::invokeMethod(
                        this, [this, done, total] { Q_EMIT fetchProgress(done, total); },
                        Qt::QueuedConnection);
                });
        },
        [this, report, acuteBefore] {
            Q_EMIT fetchFinished(*report);
            Q_EMIT inboxChanged();
            // Only a message taken in can make a contact acute: a run that brought nothing
            // (most automatic ones) does not read the inbox again.
            if (report->contacts == 0 && report->followUps == 0)
                return;
            QList<ContactId> arrived = (acuteOpenContacts() - acuteBefore).values();
            if (!arrived.isEmpty()) {
                std::sort(arrived.begin(), arrived.end());
                Q_EMIT acuteMailArrived(arrived);
            }
        });
}

void MailService::cancel()
{
    m_stop.request_stop();
}

Status MailService::sendAnswer(ContactId contact, const QString& text, bool sentDespiteBoundary)
{
    if (Status allowed = m_roles->require(Capability::ClientWork); !allowed)
        return allowed;
    if (busy()) {
        if (m_waitingAnswer)
            return fail(ErrorCode::InvalidArgument,
                        Tr::tr("Another answer is waiting to be sent; send this one in a "
                               "moment."));
        // Checked now, so a mistake is said at once rather than after the fetch.
        if (Status possible = m_answers.canAnswer(contact); !possible)
            return possible;
        m_waitingAnswer = [this, contact, text, sentDespiteBoundary] {
            if (Status started = sendAnswer(contact, text, sentDespiteBoundary); !started)
                Q_EMIT answerFailed(contact,
                                    MailError{MailFailure::Storage, started.error().message,
                                              started.error().detail});
        };
        return {};
    }
    const auto account = m_settings.account();
    if (!account || !MailSettings::configured(*account) || !hasPassword())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The organisation's mailbox is not set up yet (Settings → E-mail)."));
    const auto prepared = m_answers.prepare(contact, text);
    if (!prepared)
        return std::unexpected(prepared.error());
    const MailAccount settings = *account;
    const PreparedAnswer answer = *prepared;
    withPassword(
        {},
        [this, settings, answer, contact, text, sentDespiteBoundary](SecureBuffer secret) {
            startSending(settings, std::move(secret), answer, contact, text, sentDespiteBoundary);
        },
        [this, answer, contact](const MailError& error) {
            (void)m_answers.failed(answer);
            Q_EMIT answerFailed(contact, error);
        });
    return {};
}

void MailService::startSending(const MailAccount& settings, SecureBuffer secret,
                               const PreparedAnswer& answer, ContactId contact, const QString& text,
                               bool sentDespiteBoundary)
{
    auto outcome = std::make_shared<std::expected<void, MailError>>();
    auto key = std::make_shared<SecureBuffer>(std::move(secret));
    startJob(
        [outcome, key, settings, answer](std::stop_token stop) {
            SmtpMailSender sender(settings, *key, stop);
            *outcome = sender.send(answer.envelope);
        },
        [this, outcome, answer, contact, text, sentDespiteBoundary] {
            if (*outcome) {
                const auto saved = m_answers.sent(answer, contact, text, sentDespiteBoundary);
                if (saved)
                    Q_EMIT answerSent(contact, *saved);
                else
                    Q_EMIT answerFailed(contact, MailError{MailFailure::Storage,
                                                           Tr::tr("The answer was sent, but its "
                                                                  "copy could not be saved."),
                                                           saved.error().toString()});
            } else if (outcome->error().failure == MailFailure::Unconfirmed) {
                // It may have gone out: it stays Sending, which the next start settles as
                // Uncertain, so it is never sent twice.
                Q_EMIT answerFailed(contact, outcome->error());
            } else {
                (void)m_answers.failed(answer);
                Q_EMIT answerFailed(contact, outcome->error());
            }
            Q_EMIT inboxChanged();
        });
}

Status MailService::contactClosed(ContactId contact)
{
    const auto records = m_intake.repository().recordsOfContact(contact);
    if (!records)
        return std::unexpected(records.error());
    const auto grace = m_settings.raw().value(MailSettings::AddressGraceDays);
    if (!grace)
        return std::unexpected(grace.error());
    for (const MailRecord& r : *records) {
        // An answer set the expiry already; closing never extends it.
        if (r.clientAddress.isEmpty() || r.answer == AnswerState::Sent)
            continue;
        if (Status s =
                m_intake.repository().setAddressExpiry(r.id, m_clock.nowUtc().addDays(*grace));
            !s)
            return s;
    }
    return {};
}

Status MailService::testConnection(const MailAccount& account, const QString& password)
{
    if (busy())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Kotva is already talking to the mail server."));
    withPassword(
        password, [this, account](SecureBuffer secret) { startTest(account, std::move(secret)); },
        [this](const MailError& error) {
            ConnectionTest result;
            result.imap = error;
            Q_EMIT connectionTested(result);
        });
    return {};
}

void MailService::startTest(const MailAccount& account, SecureBuffer secret)
{
    auto result = std::make_shared<ConnectionTest>();
    auto key = std::make_shared<SecureBuffer>(std::move(secret));
    startJob(
        [result, key, account](std::stop_token stop) {
            // Step by step rather than ImapClient::testConnection, so a refused certificate
            // can be shown.
            ImapClient imap(account, stop);
            auto imapStep = imap.connectToServer();
            if (imapStep)
                imapStep = imap.login(*key);
            if (imapStep) {
                const auto opened = imap.select(account.inboxFolder);
                if (!opened)
                    imapStep = std::unexpected(opened.error());
            }
            if (!imapStep) {
                result->imap = imapStep.error();
                result->imapCertificate = imap.peerCertificate();
            }
            (void)imap.logout();
            SmtpClient smtp(account, SecureBuffer::copyOf(key->constData(), key->size()), stop);
            if (auto tested = smtp.testConnection(); !tested) {
                result->smtp = tested.error();
                result->smtpCertificate = smtp.peerCertificate();
            }
        },
        [this, result] { Q_EMIT connectionTested(*result); });
}

} // namespace kotva
