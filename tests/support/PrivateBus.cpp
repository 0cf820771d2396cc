#include "tests/support/PrivateBus.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDeadlineTimer>

namespace kotva::test {

PrivateBus::~PrivateBus()
{
    for (const QString& name : std::as_const(m_connections))
        QDBusConnection::disconnectFromBus(name);
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
        m_daemon.waitForFinished(5000);
    }
}

bool PrivateBus::start()
{
    m_daemon.start(QStringLiteral("dbus-daemon"),
                   {QStringLiteral("--session"), QStringLiteral("--nofork"),
                    QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start dbus-daemon: ") + m_daemon.errorString();
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!m_daemon.canReadLine()) {
        if (deadline.hasExpired() || !m_daemon.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = QStringLiteral("dbus-daemon printed no address");
            return false;
        }
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    return true;
}

QDBusConnection PrivateBus::connect(const QString& name)
{
    const QString unique = name + QStringLiteral("-") + QString::number(m_daemon.processId());
    m_connections << unique;
    return QDBusConnection::connectToBus(m_address, unique);
}

void PrivateBus::flush() const
{
    // The daemon routes in order: once it has answered a call from every connection, what
    // was sent before has reached each receiver's socket ahead of the answer, and Qt has
    // read it from there and posted it to this thread, where processEvents() delivers it.
    const QDBusMessage ping = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
    for (const QString& name : m_connections)
        QDBusConnection(name).call(ping, QDBus::Block, 10000);
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace kotva::test
