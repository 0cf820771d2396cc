#pragma once

#include "core/mail/MailAccount.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <expected>

namespace kotva::test {

/// A real Dovecot for one test, everything in a temporary folder: IMAPS only, on 127.0.0.1
/// at a port chosen at run time, `ssl = required` with a certificate of TestCertificates,
/// one throwaway user in a passwd-file, Maildir storage. Nothing listens elsewhere (no
/// imap 143, pop3 or lmtp; its sockets stay in the folder). Stopped on destruction.
///
///     DovecotServer dovecot;                       // or DovecotServer(u"expired"_s)
///     ASSERT_TRUE(dovecot.start()) << dovecot.log();
///     dovecot.deliver(raw);                        // into INBOX
///     ImapClient client(dovecot.account());        // trusts the test CA
///     ... client.login(SecureBuffer::copyOf(...dovecot.password()...));
///     EXPECT_EQ(dovecot.messageCount(u"Archiv"_s), 1);
class DovecotServer final
{
public:
    /// `certificate` names a TestCertificates certificate: server, expired, wronghost or
    /// selfsigned.
    explicit DovecotServer(QString certificate = QStringLiteral("server"));
    ~DovecotServer();
    DovecotServer(const DovecotServer&) = delete;
    DovecotServer& operator=(const DovecotServer&) = delete;

    /// Starts Dovecot and waits until its port accepts connections (a few hundred ms).
    /// The error says why and includes Dovecot's log: tests fail with it, never skip.
    [[nodiscard]] std::expected<void, QString> start();

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString user() const { return QStringLiteral("poradna"); }
    [[nodiscard]] QByteArray password() const { return QByteArrayLiteral("Tajne-heslo 42"); }
    /// The account a client uses: 127.0.0.1 at port(), the user, the test CA trusted and a
    /// short timeout, so a failing test fails in seconds.
    [[nodiscard]] MailAccount account() const;

    /// Puts a message into a folder (INBOX by default) as a mail server would: written into
    /// tmp/, then renamed into new/. Returns false when the file cannot be written.
    bool deliver(const QByteArray& raw, const QString& folder = QStringLiteral("INBOX"));

    /// Messages of a folder on disk (cur/ and new/), so tests check moves and deletions
    /// without trusting the IMAP client under test.
    [[nodiscard]] int messageCount(const QString& folder = QStringLiteral("INBOX")) const;
    /// The raw contents of the folder's messages on disk.
    [[nodiscard]] QList<QByteArray> messages(const QString& folder = QStringLiteral("INBOX")) const;
    /// The Maildir flags of the folder's messages ("S" for \Seen, "T" for \Deleted...), one
    /// string per message; a message still in new/ has none.
    [[nodiscard]] QStringList messageFlags(const QString& folder = QStringLiteral("INBOX")) const;
    /// The folders on disk, INBOX included.
    [[nodiscard]] QStringList folders() const;

    /// Dovecot's log and its output so far, for failure messages.
    [[nodiscard]] QString log() const;

private:
    [[nodiscard]] QString maildirOf(const QString& folder) const;
    [[nodiscard]] QStringList messageFiles(const QString& folder) const;
    [[nodiscard]] std::expected<void, QString> prepare();
    [[nodiscard]] std::expected<void, QString> writeConfiguration();
    [[nodiscard]] bool waitUntilListening();
    void stop();
    [[nodiscard]] bool instanceIsRunning() const;

    QString m_certificate;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
    int m_delivered = 0;
    mutable QByteArray m_output; ///< what Dovecot printed (read from the process as it comes)
};

} // namespace kotva::test
