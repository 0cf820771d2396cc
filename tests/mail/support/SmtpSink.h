#pragma once

#include "core/mail/MailAccount.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace kotva::test {

/// One message as the sink received it.
struct SinkMessage
{
    QString mailFrom;
    QStringList recipients;
    QStringList mailOptions; ///< parameters of MAIL FROM, e.g. "BODY=8BITMIME"
    QString ehlo;            ///< the name the client gave in EHLO
    QString user;            ///< who logged in
    QByteArray raw;          ///< the message after the sink undid dot-stuffing, CRLF line ends
};

/// A real SMTP server for the tests: smtp_sink.py (aiosmtpd) over implicit TLS on 127.0.0.1,
/// at a port the system chose, with one throwaway user. Started by the constructor (which
/// throws with the script's stderr if it cannot start), stopped by the destructor.
class SmtpSink final
{
public:
    enum class Mode {
        Normal,
        RejectData,      ///< 554 after the final dot
        DropAfterData,   ///< accepts the message, then cuts the connection at QUIT
        SlowAccept,      ///< answers the final dot with 250 only after a second
        SilentAfterData, ///< never answers the final dot
        Greet554,        ///< greets with 554
        Silent,          ///< completes TLS, then says nothing
        LongLine,        ///< greets with an endless line
        Plain,           ///< no TLS at all
        NoHandshake,     ///< accepts TCP, then never starts TLS
    };

    struct Options
    {
        QString certificate = QStringLiteral("server"); ///< a TestCertificates name
        Mode mode = Mode::Normal;
        QStringList rejectRecipients; ///< answered with 550
        QStringList authMechanisms{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    };

    SmtpSink();
    explicit SmtpSink(Options options);
    ~SmtpSink();
    Q_DISABLE_COPY_MOVE(SmtpSink)

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] static QString user() { return QStringLiteral("poradna@kotva.test"); }
    [[nodiscard]] static QString password() { return QStringLiteral("throwaway-Heslo-1"); }

    /// An account that reaches this sink as "localhost", trusting the tests' CA, with a
    /// two-second timeout.
    [[nodiscard]] MailAccount account() const;

    /// The accepted messages, oldest first.
    [[nodiscard]] QList<SinkMessage> messages() const;
    /// Every AUTH command and every checked login, in order: {"event": "command", "arg":
    /// mechanism} and {"event": "auth", "mechanism", "user", "ok"}.
    [[nodiscard]] QList<QJsonObject> authLog() const;
    /// How many AUTH commands arrived: 0 proves the password never left the client.
    [[nodiscard]] int authCommands() const;
    /// What the script wrote to stderr so far, for failure messages.
    [[nodiscard]] QString errors() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace kotva::test
