#include "tests/mail/support/SmtpSink.h"

#include "tests/mail/support/TestCertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace kotva::test {

namespace {
QString modeName(SmtpSink::Mode mode)
{
    switch (mode) {
    case SmtpSink::Mode::Normal:
        return QStringLiteral("normal");
    case SmtpSink::Mode::RejectData:
        return QStringLiteral("reject-data");
    case SmtpSink::Mode::DropAfterData:
        return QStringLiteral("drop-after-data");
    case SmtpSink::Mode::SlowAccept:
        return QStringLiteral("slow-accept");
    case SmtpSink::Mode::SilentAfterData:
        return QStringLiteral("silent-after-data");
    case SmtpSink::Mode::Greet554:
        return QStringLiteral("greet-554");
    case SmtpSink::Mode::Silent:
        return QStringLiteral("silent");
    case SmtpSink::Mode::LongLine:
        return QStringLiteral("long-line");
    case SmtpSink::Mode::Plain:
        return QStringLiteral("plain");
    case SmtpSink::Mode::NoHandshake:
        return QStringLiteral("no-handshake");
    }
    return QStringLiteral("normal");
}

// The pyenv python3 first on some PATHs has no aiosmtpd; Debian's has python3-aiosmtpd.
QString python()
{
    const QString chosen = qEnvironmentVariable("KOTVA_TEST_PYTHON");
    if (!chosen.isEmpty())
        return chosen;
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStringLiteral("python3");
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

SmtpSink::SmtpSink()
    : SmtpSink(Options{})
{}

SmtpSink::SmtpSink(Options options)
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder for the SMTP sink");
    const TestCertificates& certificates = TestCertificates::shared();
    QStringList arguments{QStringLiteral(KOTVA_SOURCE_DIR "/tests/mail/support/smtp_sink.py"),
                          QStringLiteral("--cert"),
                          certificates.certificatePath(options.certificate),
                          QStringLiteral("--key"),
                          certificates.keyPath(options.certificate),
                          QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("out")),
                          QStringLiteral("--user"),
                          user(),
                          QStringLiteral("--password"),
                          password(),
                          QStringLiteral("--mode"),
                          modeName(options.mode),
                          QStringLiteral("--auth"),
                          options.authMechanisms.join(QLatin1Char(','))};
    for (const QString& recipient : options.rejectRecipients)
        arguments << QStringLiteral("--reject-rcpt") << recipient;

    // stderr goes to a file: nobody reads the pipe while a test blocks in a client, and a
    // full pipe would freeze the sink.
    m_process.setStandardErrorFile(m_dir.filePath(QStringLiteral("stderr.log")));
    m_process.start(python(), arguments);
    const QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning &&
           !deadline.hasExpired())
        m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    bool ok = false;
    if (m_process.canReadLine())
        m_port = static_cast<quint16>(m_process.readLine().trimmed().toUInt(&ok));
    if (!ok || m_port == 0)
        throw std::runtime_error("smtp_sink.py did not start: " + errors().toStdString() +
                                 m_process.errorString().toStdString());
}

SmtpSink::~SmtpSink()
{
    // Closing stdin ends the script; SIGTERM and SIGKILL if it lingers.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

MailAccount SmtpSink::account() const
{
    MailAccount account;
    account.smtp = MailServer{QStringLiteral("localhost"), m_port};
    account.user = user();
    account.address = QStringLiteral("poradna@kotva.test");
    account.trust.authorities = {TestCertificates::shared().authority()};
    account.timeoutMs = 2000;
    return account;
}

QList<SinkMessage> SmtpSink::messages() const
{
    QList<SinkMessage> messages;
    const QDir out(m_dir.filePath(QStringLiteral("out")));
    const QStringList envelopes =
        out.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : envelopes) {
        const QJsonObject envelope = QJsonDocument::fromJson(readFile(out.filePath(name))).object();
        SinkMessage message;
        message.mailFrom = envelope.value(QStringLiteral("mail_from")).toString();
        const QJsonArray recipients = envelope.value(QStringLiteral("rcpt_tos")).toArray();
        for (const auto& recipient : recipients)
            message.recipients << recipient.toString();
        const QJsonArray mailOptions = envelope.value(QStringLiteral("mail_options")).toArray();
        for (const auto& option : mailOptions)
            message.mailOptions << option.toString();
        message.ehlo = envelope.value(QStringLiteral("ehlo")).toString();
        message.user = envelope.value(QStringLiteral("user")).toString();
        message.raw =
            readFile(out.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".eml")));
        messages << message;
    }
    return messages;
}

QList<QJsonObject> SmtpSink::authLog() const
{
    QList<QJsonObject> log;
    const QByteArray lines = readFile(m_dir.filePath(QStringLiteral("out/auth.jsonl")));
    for (const QByteArray& line : lines.split('\n')) {
        if (!line.trimmed().isEmpty())
            log << QJsonDocument::fromJson(line).object();
    }
    return log;
}

int SmtpSink::authCommands() const
{
    int count = 0;
    for (const QJsonObject& entry : authLog()) {
        if (entry.value(QStringLiteral("event")).toString() == QStringLiteral("command"))
            ++count;
    }
    return count;
}

QString SmtpSink::errors() const
{
    return QString::fromUtf8(readFile(m_dir.filePath(QStringLiteral("stderr.log"))));
}

} // namespace kotva::test
