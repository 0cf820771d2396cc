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

Status MailService::setPassword(const QString& password)
{
    return m_settings.raw().setValue(MailSettings::Password, password);
}

Result<QString> MailService::password() const
{
    return m_settings.raw().value(MailSettings::Password);
}

bool MailService::hasPassword() const
{
    const auto stored = password();
    return stored && !stored->isEmpty();
}

bool MailService::ready() const
{
    const auto account = m_settings.account();
    return account && MailSettings::configured(*account) && hasPassword();
}

Result<QList<InboxEntry>> MailService::inbox() const
{
    const auto records = m_intake.repository().records();
    if (!records)
        return std::unexpected(records.error());
    const auto contacts = m_contacts.contacts(ContactFilter{Channel::Email, std::nullopt});
    if (!contacts)
        return std::unexpected(contacts.error());
    QHash<ContactId, const MailRecord*> byContact;
    for (const MailRecord& r : *records) {
        if (r.contactId)
            byContact.insert(*r.contactId, &r);
    }
    QList<InboxEntry> entries;
    for (const Contact& c : *contacts) {
        const MailRecord* r = byContact.value(c.id);
        if (!r)
            continue; // an e-mail contact the worker opened by hand
        entries << InboxEntry{c.id,
                              c.displayName(),
                              c.reference,
                              r->receivedAtUtc,
                              r->dueAtUtc,
                              c.highestRisk,
                              r->ack,
                              r->answer,
                              r->attachmentCount,
                              c.state == ContactState::Closed,
                              r->outOfScope};
    }
    sortByUrgency(entries);
    return entries;
}

Result<std::optional<InboxEntry>> MailService::entry(ContactId contact) const
{
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
        Q_EMIT busyChanged(false);
    });
    m_thread->start();
    Q_EMIT busyChanged(true);
}

Status MailService::fetch()
{
    if (busy())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Kotva is already talking to the mail server."));
    const auto account = m_settings.account();
    const auto secret = password();
    if (!account)
        return std::unexpected(account.error());
    if (!secret)
        return std::unexpected(secret.error());
    if (!MailSettings::configured(*account) || secret->isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The organisation's mailbox is not set up yet (Settings → E-mail)."));
    auto report = std::make_shared<MailRunReport>();
    auto run = std::make_shared<MailRun>(
        m_intake, [this](const std::function<void()>& call) { return onVaultThread(call); });
    auto key = std::make_shared<SecureBuffer>(secureCopy(*secret));
    const MailAccount settings = *account;
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
        [this, report] {
            Q_EMIT fetchFinished(*report);
            Q_EMIT inboxChanged();
        });
    return {};
}

void MailService::cancel()
{
    m_stop.request_stop();
}

Status MailService::sendAnswer(ContactId contact, const QString& text, bool sentDespiteBoundary)
{
    if (busy())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Kotva is still talking to the mail server; send the answer in a "
                           "moment."));
    const auto account = m_settings.account();
    const auto secret = password();
    if (!account || !secret || !MailSettings::configured(*account) || secret->isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The organisation's mailbox is not set up yet (Settings → E-mail)."));
    const auto prepared = m_answers.prepare(contact, text);
    if (!prepared)
        return std::unexpected(prepared.error());
    auto outcome = std::make_shared<std::expected<void, MailError>>();
    auto key = std::make_shared<SecureBuffer>(secureCopy(*secret));
    const MailAccount settings = *account;
    const PreparedAnswer answer = *prepared;
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
    return {};
}

Status MailService::contactClosed(ContactId contact)
{
    const auto record = m_intake.repository().recordOfContact(contact);
    if (!record)
        return std::unexpected(record.error());
    if (!*record || (*record)->clientAddress.isEmpty())
        return {};
    const auto grace = m_settings.raw().value(MailSettings::AddressGraceDays);
    if (!grace)
        return std::unexpected(grace.error());
    // An answer set the expiry already; closing never extends it.
    if ((*record)->answer == AnswerState::Sent)
        return {};
    return m_intake.repository().setAddressExpiry((*record)->id, m_clock.nowUtc().addDays(*grace));
}

Status MailService::testConnection(const MailAccount& account, const QString& password)
{
    if (busy())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Kotva is already talking to the mail server."));
    QString secret = password;
    if (secret.isEmpty()) {
        const auto stored = this->password();
        if (!stored)
            return std::unexpected(stored.error());
        secret = *stored;
    }
    auto result = std::make_shared<ConnectionTest>();
    auto key = std::make_shared<SecureBuffer>(secureCopy(secret));
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
    return {};
}

} // namespace kotva
