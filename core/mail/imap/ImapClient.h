#pragma once

#include "core/mail/MailAccount.h"
#include "core/mail/MailFailure.h"
#include "core/mail/imap/ImapConnection.h"
#include "core/mail/imap/ImapMailbox.h"
#include "core/mail/imap/ImapResponse.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>

#include <expected>
#include <stop_token>

namespace kotva {

class SecureBuffer;

/// An IMAP session with the organisation's mailbox, blocking: run it in a worker thread.
/// Every call waits at most the account's timeout for the server and returns Cancelled soon
/// after the stop token is requested. Each failure names its step (MailFailure), so
/// "test connection" can say what to fix. Messages are addressed by UID only.
class ImapClient final
{
public:
    explicit ImapClient(MailAccount account, std::stop_token stop = {}, ImapLimits limits = {});
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    /// Connects with implicit TLS, verifies the certificate (TlsPolicy) and reads the
    /// greeting. On a Certificate failure, peerCertificate() holds what the server showed.
    [[nodiscard]] std::expected<void, MailError> connectToServer();

    /// Authenticates: AUTHENTICATE PLAIN when offered, else LOGIN (refused when the server
    /// says LOGINDISABLED). Never writes anything secret unless the connection verified.
    [[nodiscard]] std::expected<void, MailError> login(const SecureBuffer& password);

    /// Opens a folder read-write; a missing folder is a Folder failure.
    [[nodiscard]] std::expected<ImapMailbox, MailError> select(const QString& folder);

    /// UIDs >= fromUid in the selected folder, ascending.
    [[nodiscard]] std::expected<QList<quint32>, MailError> uidSearch(quint32 fromUid);

    /// The whole message, without setting \Seen (BODY.PEEK[]).
    [[nodiscard]] std::expected<ImapMessage, MailError> fetch(quint32 uid);

    /// Creates the folder unless it exists already.
    [[nodiscard]] std::expected<void, MailError> createFolder(const QString& folder);

    /// Moves a message of the selected folder into another (UID MOVE, or COPY + delete).
    [[nodiscard]] std::expected<void, MailError> moveTo(quint32 uid, const QString& folder);

    /// Deletes a message of the selected folder for good.
    [[nodiscard]] std::expected<void, MailError> remove(quint32 uid);

    /// Says goodbye and closes; the connection is closed also when this fails.
    [[nodiscard]] std::expected<void, MailError> logout();

    /// Settings' "test connection": connect, log in, open the inbox, log out. The error
    /// names the step that failed; on success, the inbox as SELECT reported it.
    [[nodiscard]] static std::expected<ImapMailbox, MailError>
    testConnection(const MailAccount& account, const SecureBuffer& password,
                   std::stop_token stop = {});

    [[nodiscard]] QSslCertificate peerCertificate() const;
    [[nodiscard]] bool hasCapability(const QByteArray& capability) const;

private:
    struct Outcome
    {
        ImapResponse completion;
        QList<ImapResponse> data;
    };

    /// Sends one command and collects the untagged data until its tagged completion.
    /// A BAD completion is a Protocol failure; OK and NO are for the caller to judge.
    [[nodiscard]] std::expected<Outcome, MailError> run(const QByteArray& command);
    [[nodiscard]] std::expected<Outcome, MailError> collect(const QByteArray& tag);
    [[nodiscard]] QByteArray nextTag();
    [[nodiscard]] std::expected<void, MailError> refreshCapabilities();
    [[nodiscard]] std::expected<Outcome, MailError> authenticatePlain(const SecureBuffer& password);
    [[nodiscard]] std::expected<Outcome, MailError> loginCommand(const SecureBuffer& password);
    [[nodiscard]] std::expected<void, MailError>
    requireOk(const std::expected<Outcome, MailError>& outcome, MailFailure onNo) const;
    void takeCapabilities(const ImapResponse& response);

    MailAccount m_account;
    ImapConnection m_connection;
    QSet<QByteArray> m_capabilities;
    int m_tagCounter = 0;
};

} // namespace kotva
