#include "tests/mail/support/DovecotServer.h"

#include "tests/mail/support/TestCertificates.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace kotva::test {

namespace {

constexpr int StartTimeoutMs = 15000;
constexpr int PortAttempts = 3;

QString userName(uid_t uid)
{
    const passwd* entry = ::getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size() && file.flush();
}

/// A port that was free a moment ago. Another process may take it before Dovecot binds it;
/// start() then tries another.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

DovecotServer::DovecotServer(QString certificate)
    : m_certificate(std::move(certificate))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

DovecotServer::~DovecotServer()
{
    stop();
}

std::expected<void, QString> DovecotServer::start()
{
    if (auto prepared = prepare(); !prepared)
        return prepared;
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        if (auto written = writeConfiguration(); !written)
            return written;
        m_process.start(QStringLiteral("/usr/sbin/dovecot"),
                        {QStringLiteral("-F"), QStringLiteral("-c"),
                         m_dir.filePath(QStringLiteral("dovecot.conf"))});
        if (!m_process.waitForStarted(StartTimeoutMs))
            return std::unexpected(QStringLiteral("/usr/sbin/dovecot did not start: ") +
                                   m_process.errorString());
        if (waitUntilListening())
            return {};
        const bool portTaken = log().contains(QStringLiteral("Address already in use"));
        stop();
        if (!portTaken)
            break;
    }
    return std::unexpected(QStringLiteral("Dovecot did not start listening on 127.0.0.1:%1.\n%2")
                               .arg(m_port)
                               .arg(log()));
}

std::expected<void, QString> DovecotServer::prepare()
{
    if (!m_dir.isValid())
        return std::unexpected(QStringLiteral("no temporary folder for Dovecot"));
    // Dovecot's login and mail processes run as other users and must reach their sockets
    // and the Maildir inside the folder.
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                            QFile::ExeOther);
    if (::geteuid() == 0) {
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody)
            return std::unexpected(QStringLiteral("no user 'nobody' to own the test mailbox"));
        m_mailUid = nobody->pw_uid;
        m_mailGid = nobody->pw_gid;
    } else {
        m_mailUid = ::getuid();
        m_mailGid = ::getgid();
    }
    const TestCertificates& certificates = TestCertificates::shared();
    QFile::remove(m_dir.filePath(QStringLiteral("server.pem")));
    QFile::remove(m_dir.filePath(QStringLiteral("server.key")));
    if (!QFile::copy(certificates.certificatePath(m_certificate),
                     m_dir.filePath(QStringLiteral("server.pem"))) ||
        !QFile::copy(certificates.keyPath(m_certificate),
                     m_dir.filePath(QStringLiteral("server.key"))))
        return std::unexpected(QStringLiteral("no test certificate named ") + m_certificate);
    const QByteArray passwd = user().toUtf8() + ":{PLAIN}" + password() + "::::::\n";
    if (!writeFile(m_dir.filePath(QStringLiteral("passwd")), passwd))
        return std::unexpected(QStringLiteral("cannot write the passwd-file"));
    const QString maildir = maildirOf(QStringLiteral("INBOX"));
    for (const char* sub : {"cur", "new", "tmp"}) {
        if (!QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub)))
            return std::unexpected(QStringLiteral("cannot make the Maildir"));
    }
    const QStringList owned{m_dir.filePath(QStringLiteral("home")),
                            m_dir.filePath(QStringLiteral("home/") + user()),
                            maildir,
                            maildir + QStringLiteral("/cur"),
                            maildir + QStringLiteral("/new"),
                            maildir + QStringLiteral("/tmp")};
    for (const QString& path : owned) {
        if (::chown(QFile::encodeName(path).constData(), m_mailUid, m_mailGid) != 0)
            return std::unexpected(QStringLiteral("cannot hand the Maildir to the mail user"));
    }
    return {};
}

std::expected<void, QString> DovecotServer::writeConfiguration()
{
    m_port = freePort();
    if (m_port == 0)
        return std::unexpected(QStringLiteral("no free port on 127.0.0.1"));
    const bool root = ::geteuid() == 0;
    // As root Dovecot drops to its own users; as anyone else everything runs as that user.
    const QString self = userName(::geteuid());
    const QString internalUser = root ? QStringLiteral("dovecot") : self;
    const QString loginUser = root ? QStringLiteral("dovenull") : self;
    const QString dir = m_dir.path();
    const QString config =
        QStringLiteral(R"(# Written by the tests (DovecotServer): everything stays in this folder.
base_dir = %1/run
state_dir = %1/state
instance_name = kotva-test-%2
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <%1/server.pem
ssl_key = <%1/server.key
default_internal_user = %3
default_internal_group = %3
default_login_user = %4
first_valid_uid = 1
first_valid_gid = 1
auth_mechanisms = plain
auth_failure_delay = 0
disable_plaintext_auth = yes
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/passwd
}
userdb {
  driver = static
  args = uid=%5 gid=%6 home=%1/home/%u
}
# No growing delay for an address after a failed login (tests log in wrongly on purpose).
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %7
    ssl = yes
  }
}
)")
            .arg(dir, QString::number(m_port), internalUser, loginUser, QString::number(m_mailUid),
                 QString::number(m_mailGid), QString::number(m_port));
    if (!writeFile(m_dir.filePath(QStringLiteral("dovecot.conf")), config.toUtf8()))
        return std::unexpected(QStringLiteral("cannot write dovecot.conf"));
    return {};
}

bool DovecotServer::waitUntilListening()
{
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}

void DovecotServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGTERM lets the master stop its login and mail processes, but it then lingers for
    // about a second; after a short grace the master is killed, and its children, which
    // watch the master, end by themselves within a moment: waited for by their names.
    m_process.terminate();
    if (!m_process.waitForFinished(300)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    const QDeadlineTimer deadline(5000);
    while (instanceIsRunning() && !deadline.hasExpired())
        QThread::msleep(20);
}

bool DovecotServer::instanceIsRunning() const
{
    // Dovecot names its processes "dovecot-<instance_name>/<service>".
    const QByteArray name = "dovecot-kotva-test-" + QByteArray::number(m_port) + '/';
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().startsWith(name))
            return true;
    }
    return false;
}

MailAccount DovecotServer::account() const
{
    MailAccount account;
    account.imap = MailServer{QStringLiteral("127.0.0.1"), m_port};
    account.user = user();
    account.address = QStringLiteral("poradna@example.org");
    account.trust.authorities = {TestCertificates::shared().authority()};
    account.timeoutMs = 5000;
    return account;
}

bool DovecotServer::deliver(const QByteArray& raw, const QString& folder)
{
    const QString maildir = maildirOf(folder);
    for (const char* sub : {"cur", "new", "tmp"}) {
        const QString path = maildir + QLatin1Char('/') + QLatin1String(sub);
        if (!QDir().mkpath(path) ||
            ::chown(QFile::encodeName(path).constData(), m_mailUid, m_mailGid) != 0)
            return false;
    }
    if (::chown(QFile::encodeName(maildir).constData(), m_mailUid, m_mailGid) != 0)
        return false;
    // Maildir's rule: a file appears in new/ complete or not at all.
    const QString name = QStringLiteral("%1.M%2P%3.kotva-test")
                             .arg(QDateTime::currentSecsSinceEpoch())
                             .arg(++m_delivered)
                             .arg(::getpid());
    const QString temporary = maildir + QStringLiteral("/tmp/") + name;
    if (!writeFile(temporary, raw) ||
        ::chown(QFile::encodeName(temporary).constData(), m_mailUid, m_mailGid) != 0)
        return false;
    return QFile::rename(temporary, maildir + QStringLiteral("/new/") + name);
}

int DovecotServer::messageCount(const QString& folder) const
{
    return int(messageFiles(folder).size());
}

QList<QByteArray> DovecotServer::messages(const QString& folder) const
{
    QList<QByteArray> contents;
    for (const QString& path : messageFiles(folder)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            contents.append(file.readAll());
    }
    return contents;
}

QStringList DovecotServer::messageFlags(const QString& folder) const
{
    QStringList flags;
    for (const QString& path : messageFiles(folder)) {
        const qsizetype info = path.lastIndexOf(QStringLiteral(":2,"));
        flags << (info < 0 ? QString() : path.mid(info + 3));
    }
    return flags;
}

QStringList DovecotServer::folders() const
{
    QStringList names{QStringLiteral("INBOX")};
    const QDir maildir(maildirOf(QStringLiteral("INBOX")));
    for (const QString& entry :
         maildir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (entry.startsWith(QLatin1Char('.')))
            names << entry.mid(1);
    }
    return names;
}

QString DovecotServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("dovecot.log")));
    const QByteArray logged = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    m_output += const_cast<QProcess&>(m_process).readAll();
    return QString::fromUtf8(logged + m_output);
}

QString DovecotServer::maildirOf(const QString& folder) const
{
    const QString root =
        m_dir.filePath(QStringLiteral("home/") + user() + QStringLiteral("/Maildir"));
    return folder == QStringLiteral("INBOX") ? root : root + QStringLiteral("/.") + folder;
}

QStringList DovecotServer::messageFiles(const QString& folder) const
{
    QStringList files;
    for (const char* sub : {"cur", "new"}) {
        const QDir dir(maildirOf(folder) + QLatin1Char('/') + QLatin1String(sub));
        for (const QString& entry : dir.entryList(QDir::Files, QDir::Name))
            files << dir.filePath(entry);
    }
    return files;
}

} // namespace kotva::test
