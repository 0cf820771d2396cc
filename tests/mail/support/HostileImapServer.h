#pragma once

#include "core/mail/MailAccount.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <expected>

namespace kotva::test {

/// hostile_imap.py started for one test: an IMAPS server on 127.0.0.1 that misbehaves in one
/// mode (see the script) and reports every line a client sent it.
class HostileImapServer final
{
public:
    /// `mode` as the script names it; `certificate` a TestCertificates name.
    explicit HostileImapServer(QString mode, QString certificate = QStringLiteral("server"));
    ~HostileImapServer();
    HostileImapServer(const HostileImapServer&) = delete;
    HostileImapServer& operator=(const HostileImapServer&) = delete;

    /// Starts the script and reads its port; the error carries the script's stderr.
    [[nodiscard]] std::expected<void, QString> start();

    [[nodiscard]] quint16 port() const { return m_port; }
    /// 127.0.0.1 at port(), the test CA trusted, a 2 s timeout.
    [[nodiscard]] MailAccount account() const;
    /// The lines clients sent so far, over TLS (so only after a completed handshake).
    [[nodiscard]] QStringList receivedLines();

private:
    QString m_mode;
    QString m_certificate;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace kotva::test
