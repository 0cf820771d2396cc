#include "tests/mail/support/HostileImapServer.h"

#include "tests/mail/support/TestCertificates.h"

#include <QDeadlineTimer>

namespace kotva::test {

HostileImapServer::HostileImapServer(QString mode, QString certificate)
    : m_mode(std::move(mode))
    , m_certificate(std::move(certificate))
{}

HostileImapServer::~HostileImapServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

std::expected<void, QString> HostileImapServer::start()
{
    const TestCertificates& certificates = TestCertificates::shared();
    // The system's python with the standard library only, not whatever python is on PATH.
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(KOTVA_SOURCE_DIR "/tests/mail/support/hostile_imap.py"), m_mode,
                     certificates.certificatePath(m_certificate),
                     certificates.keyPath(m_certificate)});
    const QDeadlineTimer deadline(10000);
    while (!m_output.contains('\n') && !deadline.hasExpired() &&
           m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAllStandardOutput();
    }
    const qsizetype newline = m_output.indexOf('\n');
    bool ok = false;
    m_port = newline < 0 ? 0 : m_output.first(newline).toUShort(&ok);
    if (!ok || m_port == 0)
        return std::unexpected(
            QStringLiteral("hostile_imap.py %1 did not start: %2")
                .arg(m_mode, QString::fromUtf8(m_process.readAllStandardError())));
    m_output.remove(0, newline + 1);
    return {};
}

MailAccount HostileImapServer::account() const
{
    MailAccount account;
    account.imap = MailServer{QStringLiteral("127.0.0.1"), m_port};
    account.user = QStringLiteral("poradna");
    account.trust.authorities = {TestCertificates::shared().authority()};
    account.timeoutMs = 2000;
    return account;
}

QStringList HostileImapServer::receivedLines()
{
    m_process.waitForReadyRead(200);
    m_output += m_process.readAllStandardOutput();
    QStringList received;
    for (const QByteArray& line : m_output.split('\n')) {
        if (line.startsWith("C: "))
            received << QString::fromUtf8(line.mid(3));
    }
    return received;
}

} // namespace kotva::test
