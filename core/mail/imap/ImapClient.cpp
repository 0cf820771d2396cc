#include "core/mail/imap/ImapClient.h"

#include "core/common/SecureBuffer.h"
#include "core/mail/imap/ImapCommand.h"
#include "core/mail/imap/ImapError.h"
#include "core/mail/imap/ImapUidSet.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcImap, "kotva.mail.imap", QtInfoMsg)

namespace kotva {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ImapClient)
};

// More new messages than this in one search is no counselling mailbox but a hostile answer.
constexpr qsizetype MaxSearchResults = 1000000;

std::optional<quint32> toUid(QByteArrayView text)
{
    bool ok = false;
    const uint value = text.toByteArray().toUInt(&ok);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

MailError folderError(const QString& folder, const QByteArray& serverText)
{
    MailError error = imapError(MailFailure::Folder, QString::fromUtf8(serverText));
    error.message =
        Tr::tr("The mail folder \"%1\" does not exist or cannot be opened.").arg(folder);
    return error;
}
} // namespace

ImapClient::ImapClient(MailAccount account, std::stop_token stop, ImapLimits limits)
    : m_account(std::move(account))
    , m_connection(m_account, std::move(stop), limits)
{}

ImapClient::~ImapClient() = default;

std::expected<void, MailError> ImapClient::connectToServer()
{
    if (auto opened = m_connection.open(); !opened) {
        qCInfo(lcImap) << "connection failed:" << opened.error().detail;
        return opened;
    }
    auto greeting = m_connection.receive();
    if (!greeting) {
        MailError error = greeting.error();
        // Garbage instead of a greeting means this is no IMAP server; a greeting over the
        // size limits stays a Protocol failure, silence a Timeout.
        if (error.failure == MailFailure::Protocol && !m_connection.exceededLimit())
            error = imapError(MailFailure::Greeting, error.detail);
        return std::unexpected(error);
    }
    if (greeting->kind != ImapResponse::Kind::Untagged || greeting->status != ImapStatus::Ok) {
        m_connection.close();
        const QString detail = greeting->status == ImapStatus::Bye
                                   ? QStringLiteral("BYE: ") + QString::fromUtf8(greeting->text)
                                   : QStringLiteral("no * OK greeting");
        return std::unexpected(imapError(MailFailure::Greeting, detail));
    }
    if (greeting->code == "CAPABILITY")
        takeCapabilities(*greeting);
    else if (auto refreshed = refreshCapabilities(); !refreshed)
        return refreshed;
    return {};
}

std::expected<void, MailError> ImapClient::login(const SecureBuffer& password)
{
    // The one place a secret is written: only over a connection whose certificate verified
    // (or was pinned). open() fails otherwise; this guards against misuse of the API.
    if (!m_connection.isVerified())
        return std::unexpected(imapError(
            MailFailure::Tls, QStringLiteral("refusing to log in over an unverified connection")));
    std::expected<Outcome, MailError> outcome;
    if (hasCapability("AUTH=PLAIN")) {
        outcome = authenticatePlain(password);
    } else if (hasCapability("LOGINDISABLED")) {
        MailError error = imapError(MailFailure::Login, QStringLiteral("LOGINDISABLED"));
        error.message = Tr::tr("The mail server does not allow logging in with a password.");
        return std::unexpected(error);
    } else {
        outcome = loginCommand(password);
    }
    if (auto ok = requireOk(outcome, MailFailure::Login); !ok)
        return ok;
    // Servers announce more (MOVE, UIDPLUS) once the user is known.
    if (outcome->completion.code == "CAPABILITY") {
        m_capabilities.clear();
        takeCapabilities(outcome->completion);
        return {};
    }
    return refreshCapabilities();
}

std::expected<ImapClient::Outcome, MailError>
ImapClient::authenticatePlain(const SecureBuffer& password)
{
    QByteArray response = imapcommand::saslPlain(
        m_account.user.toUtf8(), QByteArrayView(password.constData(), password.size()));
    const QByteArray tag = nextTag();
    std::expected<void, MailError> sent;
    if (hasCapability("SASL-IR")) {
        QByteArray line = tag + " AUTHENTICATE PLAIN " + response + "\r\n";
        sent = m_connection.send(line);
        SecureBuffer::wipe(line);
    } else {
        sent = m_connection.send(QByteArray(tag + " AUTHENTICATE PLAIN\r\n"));
        auto reply = sent ? m_connection.receive() : std::unexpected(sent.error());
        while (reply && reply->kind == ImapResponse::Kind::Untagged)
            reply = m_connection.receive();
        if (!reply) {
            SecureBuffer::wipe(response);
            return std::unexpected(reply.error());
        }
        if (reply->kind == ImapResponse::Kind::Tagged) {
            SecureBuffer::wipe(response);
            return Outcome{*reply, {}};
        }
        QByteArray line = response + "\r\n";
        sent = m_connection.send(line);
        SecureBuffer::wipe(line);
    }
    SecureBuffer::wipe(response);
    if (!sent)
        return std::unexpected(sent.error());
    return collect(tag);
}

std::expected<ImapClient::Outcome, MailError> ImapClient::loginCommand(const SecureBuffer& password)
{
    auto user = imapcommand::quoted(m_account.user.toUtf8());
    auto secret = imapcommand::quoted(QByteArrayView(password.constData(), password.size()));
    if (!user || !secret) {
        MailError error = imapError(MailFailure::Login, QStringLiteral("unquotable credentials"));
        error.message = Tr::tr("This mail server accepts only user names and passwords in plain "
                               "English letters, digits and punctuation.");
        return std::unexpected(error);
    }
    const QByteArray tag = nextTag();
    QByteArray line = tag + " LOGIN " + *user + ' ' + *secret + "\r\n";
    const auto sent = m_connection.send(line);
    SecureBuffer::wipe(line);
    SecureBuffer::wipe(*secret);
    if (!sent)
        return std::unexpected(sent.error());
    return collect(tag);
}

std::expected<ImapMailbox, MailError> ImapClient::select(const QString& folder)
{
    const auto outcome = run("SELECT " + imapcommand::mailbox(folder));
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->completion.status != ImapStatus::Ok)
        return std::unexpected(folderError(folder, outcome->completion.text));
    ImapMailbox mailbox;
    bool haveValidity = false;
    for (const ImapResponse& data : outcome->data) {
        if (data.keyword == "EXISTS" && data.number) {
            mailbox.exists = *data.number;
        } else if (data.status == ImapStatus::Ok && data.code == "UIDVALIDITY") {
            const auto value = toUid(data.codeArgument);
            haveValidity = value.has_value();
            mailbox.uidValidity = value.value_or(0);
        } else if (data.status == ImapStatus::Ok && data.code == "UIDNEXT") {
            mailbox.uidNext = toUid(data.codeArgument).value_or(0);
        }
    }
    // Without UIDVALIDITY a UID cannot be trusted across sessions: fetching would not be
    // idempotent, so such a server is refused.
    if (!haveValidity)
        return std::unexpected(
            imapError(MailFailure::Protocol, QStringLiteral("SELECT without UIDVALIDITY")));
    return mailbox;
}

std::expected<QList<quint32>, MailError> ImapClient::uidSearch(quint32 fromUid)
{
    const quint32 from = std::max<quint32>(fromUid, 1);
    // ESEARCH answers in ranges ("1:5000"), so a large mailbox still fits in one short line;
    // a plain SEARCH lists every UID.
    const bool ranges = hasCapability("ESEARCH");
    const auto outcome = run("UID SEARCH " + QByteArray(ranges ? "RETURN (ALL) " : "") + "UID " +
                             QByteArray::number(from) + ":*");
    if (auto ok = requireOk(outcome, MailFailure::Protocol); !ok)
        return std::unexpected(ok.error());
    QList<quint32> found;
    for (const ImapResponse& data : outcome->data) {
        if (data.keyword == "SEARCH") {
            for (const QByteArray& value : data.values) {
                if (const auto uid = toUid(value))
                    found.append(*uid);
            }
        } else if (data.keyword == "ESEARCH") {
            // "* ESEARCH (TAG "K7") UID ALL 1:3,7": the correlator list is not in values.
            for (qsizetype i = 0; i + 1 < data.values.size(); ++i) {
                if (data.values.at(i).toUpper() != "ALL")
                    continue;
                auto set = parseUidSet(data.values.at(i + 1), MaxSearchResults);
                if (!set)
                    return std::unexpected(imapError(MailFailure::Protocol, set.error()));
                found.append(*set);
            }
        }
    }
    QList<quint32> uids;
    for (const quint32 uid : found) {
        // "n:*" always includes the last message, even when its UID is below n.
        if (uid >= from)
            uids.append(uid);
    }
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

std::expected<ImapMessage, MailError> ImapClient::fetch(quint32 uid)
{
    const auto outcome =
        run("UID FETCH " + QByteArray::number(uid) + " (UID RFC822.SIZE INTERNALDATE BODY.PEEK[])");
    if (auto ok = requireOk(outcome, MailFailure::Protocol); !ok)
        return std::unexpected(ok.error());
    for (const ImapResponse& data : outcome->data) {
        // Other FETCH data (flag changes of other messages) may arrive unasked.
        if (data.keyword == "FETCH" && data.fetch.uid == uid && data.fetch.body)
            return ImapMessage{uid, *data.fetch.body,
                               data.fetch.internalDate.value_or(QDateTime())};
    }
    MailError error =
        imapError(MailFailure::Folder, QStringLiteral("no message with UID %1").arg(uid));
    error.message = Tr::tr("The message is no longer in the mail folder.");
    return std::unexpected(error);
}

std::expected<void, MailError> ImapClient::createFolder(const QString& folder)
{
    const QByteArray name = imapcommand::mailbox(folder);
    const auto listed = run("LIST \"\" " + name);
    if (auto ok = requireOk(listed, MailFailure::Folder); !ok)
        return ok;
    const bool exists =
        std::any_of(listed->data.cbegin(), listed->data.cend(),
                    [](const ImapResponse& data) { return data.keyword == "LIST"; });
    if (exists)
        return {};
    const auto created = run("CREATE " + name);
    if (!created)
        return std::unexpected(created.error());
    if (created->completion.status != ImapStatus::Ok)
        return std::unexpected(folderError(folder, created->completion.text));
    return {};
}

std::expected<void, MailError> ImapClient::moveTo(quint32 uid, const QString& folder)
{
    const QByteArray set = QByteArray::number(uid);
    const QByteArray target = imapcommand::mailbox(folder);
    if (hasCapability("MOVE")) {
        const auto moved = run("UID MOVE " + set + ' ' + target);
        if (!moved)
            return std::unexpected(moved.error());
        if (moved->completion.status != ImapStatus::Ok)
            return std::unexpected(folderError(folder, moved->completion.text));
        return {};
    }
    const auto copied = run("UID COPY " + set + ' ' + target);
    if (!copied)
        return std::unexpected(copied.error());
    if (copied->completion.status != ImapStatus::Ok)
        return std::unexpected(folderError(folder, copied->completion.text));
    return remove(uid);
}

std::expected<void, MailError> ImapClient::remove(quint32 uid)
{
    const QByteArray set = QByteArray::number(uid);
    const auto stored = run("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)");
    if (auto ok = requireOk(stored, MailFailure::Folder); !ok)
        return ok;
    // UID EXPUNGE removes just this message. Without UIDPLUS only EXPUNGE is left, which also
    // removes what other clients marked deleted; they meant to delete it, and Kotva is the
    // mailbox's only reader.
    const auto expunged =
        run(hasCapability("UIDPLUS") ? "UID EXPUNGE " + set : QByteArray("EXPUNGE"));
    return requireOk(expunged, MailFailure::Folder);
}

std::expected<void, MailError> ImapClient::logout()
{
    const auto outcome = run("LOGOUT");
    m_connection.close();
    if (!outcome)
        return std::unexpected(outcome.error());
    return {};
}

std::expected<ImapMailbox, MailError> ImapClient::testConnection(const MailAccount& account,
                                                                 const SecureBuffer& password,
                                                                 std::stop_token stop)
{
    ImapClient client(account, std::move(stop));
    if (auto connected = client.connectToServer(); !connected)
        return std::unexpected(connected.error());
    if (auto loggedIn = client.login(password); !loggedIn)
        return std::unexpected(loggedIn.error());
    auto mailbox = client.select(account.inboxFolder);
    if (!mailbox)
        return mailbox;
    (void)client.logout(); // the test passed; a server that closes rudely does not undo it
    return mailbox;
}

QSslCertificate ImapClient::peerCertificate() const
{
    return m_connection.peerCertificate();
}

bool ImapClient::hasCapability(const QByteArray& capability) const
{
    return m_capabilities.contains(capability.toUpper());
}

std::expected<ImapClient::Outcome, MailError> ImapClient::run(const QByteArray& command)
{
    const QByteArray tag = nextTag();
    if (auto sent = m_connection.send(QByteArray(tag + ' ' + command + "\r\n")); !sent)
        return std::unexpected(sent.error());
    return collect(tag);
}

std::expected<ImapClient::Outcome, MailError> ImapClient::collect(const QByteArray& tag)
{
    Outcome outcome;
    QByteArray farewell;
    for (;;) {
        auto response = m_connection.receive();
        if (!response) {
            MailError error = response.error();
            if (!farewell.isEmpty())
                error.detail += QStringLiteral(" (BYE: %1)").arg(QString::fromUtf8(farewell));
            return std::unexpected(error);
        }
        switch (response->kind) {
        case ImapResponse::Kind::Tagged:
            if (response->tag != tag) {
                m_connection.close();
                return std::unexpected(
                    imapError(MailFailure::Protocol, QStringLiteral("a reply to another command")));
            }
            if (response->status == ImapStatus::Bad)
                return std::unexpected(
                    imapError(MailFailure::Protocol,
                              QStringLiteral("BAD: ") + QString::fromUtf8(response->text)));
            outcome.completion = std::move(*response);
            return outcome;
        case ImapResponse::Kind::Continuation:
            m_connection.close();
            return std::unexpected(
                imapError(MailFailure::Protocol, QStringLiteral("an unexpected continuation")));
        case ImapResponse::Kind::Untagged:
            // The server is closing; its reason goes into the failure that follows.
            if (response->status == ImapStatus::Bye)
                farewell = response->text;
            outcome.data.append(std::move(*response));
            break;
        }
    }
}

QByteArray ImapClient::nextTag()
{
    return "K" + QByteArray::number(++m_tagCounter).rightJustified(4, '0');
}

std::expected<void, MailError> ImapClient::refreshCapabilities()
{
    const auto outcome = run("CAPABILITY");
    if (auto ok = requireOk(outcome, MailFailure::Protocol); !ok)
        return ok;
    m_capabilities.clear();
    for (const ImapResponse& data : outcome->data) {
        if (data.keyword == "CAPABILITY")
            takeCapabilities(data);
    }
    return {};
}

std::expected<void, MailError>
ImapClient::requireOk(const std::expected<Outcome, MailError>& outcome, MailFailure onNo) const
{
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->completion.status != ImapStatus::Ok)
        return std::unexpected(imapError(onNo, QString::fromUtf8(outcome->completion.text)));
    return {};
}

void ImapClient::takeCapabilities(const ImapResponse& response)
{
    if (response.keyword == "CAPABILITY") {
        for (const QByteArray& value : response.values)
            m_capabilities.insert(value.toUpper());
    } else {
        for (const QByteArray& value : response.codeArgument.split(' '))
            m_capabilities.insert(value.toUpper());
    }
}

} // namespace kotva
