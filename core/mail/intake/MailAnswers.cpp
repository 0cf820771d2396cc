#include "core/mail/intake/MailAnswers.h"

#include "core/mail/mime/MimeWriter.h"
#include "core/session/SessionService.h"
#include "core/session/SessionSql.h"
#include "core/storage/SqlStatements.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MailAnswers)
};

QString replySubject(const QString& subject)
{
    const QString trimmed = subject.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("Re: Vaše zpráva");
    if (trimmed.startsWith(QLatin1String("re:"), Qt::CaseInsensitive))
        return trimmed;
    return QStringLiteral("Re: ") + trimmed;
}

} // namespace

MailAnswers::MailAnswers(Vault& vault, SessionService& contacts, const Clock& clock)
    : m_vault(vault)
    , m_contacts(contacts)
    , m_clock(clock)
    , m_repository(vault)
    , m_settings(vault)
{}

QDateTime MailAnswers::now() const
{
    return sql::wholeSeconds(m_clock.nowUtc());
}

Result<MailRecord> MailAnswers::answerable(ContactId contact) const
{
    const auto record = m_repository.recordOfContact(contact);
    if (!record)
        return std::unexpected(record.error());
    if (!*record)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("This contact did not come by e-mail, so it cannot be answered by "
                           "e-mail."));
    switch ((*record)->answer) {
    case AnswerState::Sent:
        return fail(ErrorCode::InvalidArgument, Tr::tr("This e-mail has been answered already."));
    case AnswerState::Sending:
    case AnswerState::Uncertain:
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Kotva stopped while the answer was being sent, so it may have gone "
                           "out. To be sure the client does not get it twice, it is not sent "
                           "again; check the mailbox's sent folder."));
    case AnswerState::None:
        break;
    }
    if ((*record)->clientAddress.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The client's address is no longer kept, so this e-mail cannot be "
                           "answered any more."));
    return **record;
}

Result<int> MailAnswers::settleInterrupted()
{
    const auto records = m_repository.records();
    if (!records)
        return std::unexpected(records.error());
    int settled = 0;
    for (const MailRecord& r : *records) {
        if (r.answer != AnswerState::Sending)
            continue;
        if (Status s = m_repository.setAnswer(r.id, AnswerState::Uncertain); !s)
            return std::unexpected(s.error());
        ++settled;
    }
    return settled;
}

Status MailAnswers::canAnswer(ContactId contact) const
{
    const auto record = answerable(contact);
    if (!record)
        return std::unexpected(record.error());
    return {};
}

Result<PreparedAnswer> MailAnswers::prepare(ContactId contact, const QString& text)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("An empty answer cannot be sent."));
    const auto record = answerable(contact);
    if (!record)
        return std::unexpected(record.error());
    const auto account = m_settings.account();
    const auto organisation = m_settings.raw().value(MailSettings::OrganisationName);
    if (!account || !organisation)
        return std::unexpected(!account ? account.error() : organisation.error());

    OutgoingMail mail;
    mail.fromAddress = account->address;
    mail.fromName = *organisation;
    mail.toAddress = record->clientAddress;
    mail.subject = replySubject(record->clientSubject);
    mail.text = text;
    mail.inReplyTo = record->clientMessageId;
    mail.references = record->clientReferences;
    if (!record->clientMessageId.isEmpty())
        mail.references << record->clientMessageId;
    mail.date = now();
    const Result<QByteArray> bytes = MimeWriter::compose(mail);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (Status s = m_repository.setAnswer(record->id, AnswerState::Sending); !s)
        return std::unexpected(s.error());
    return PreparedAnswer{record->id,
                          SmtpEnvelope{account->address, {record->clientAddress}, *bytes}};
}

Result<SavedTurn> MailAnswers::sent(const PreparedAnswer& answer, ContactId contact,
                                    const QString& text, bool sentDespiteBoundary)
{
    const auto grace = m_settings.raw().value(MailSettings::AddressGraceDays);
    if (!grace)
        return std::unexpected(grace.error());
    sessionsql::Transaction transaction(m_vault.database());
    if (Status s = transaction.begin(); !s)
        return std::unexpected(s.error());
    // The client got the worker's own words; the vault keeps them redacted, like any turn.
    const Result<SavedTurn> turn =
        m_contacts.addTurn(contact, Author::Worker, text, sentDespiteBoundary);
    if (!turn)
        return turn;
    // The answer replies to the newest message and answers the client's earlier unanswered
    // ones with it; the whole conversation's addresses now keep only for the grace period.
    const auto records = m_repository.recordsOfContact(contact);
    if (!records)
        return std::unexpected(records.error());
    for (const MailRecord& r : *records) {
        if (r.id == answer.record || r.answer == AnswerState::None) {
            if (Status s = m_repository.setAnswer(r.id, AnswerState::Sent, now()); !s)
                return std::unexpected(s.error());
        }
        if (Status s = m_repository.setAddressExpiry(r.id, now().addDays(*grace)); !s)
            return std::unexpected(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return std::unexpected(s.error());
    return turn;
}

Status MailAnswers::failed(const PreparedAnswer& answer)
{
    return m_repository.setAnswer(answer.record, AnswerState::None);
}

} // namespace kotva
