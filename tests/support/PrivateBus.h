#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>

namespace kotva::test {

/// A D-Bus daemon of the test's own (`dbus-daemon --session`), so signals the desktop sends
/// (logind, the screen savers) can be sent to the code under test over a real bus without
/// touching the machine's buses. Stopped when destroyed.
class PrivateBus final
{
public:
    PrivateBus() = default;
    ~PrivateBus();
    PrivateBus(const PrivateBus&) = delete;
    PrivateBus& operator=(const PrivateBus&) = delete;

    /// Starts the daemon; false with error() when it cannot.
    bool start();
    [[nodiscard]] QString error() const { return m_error; }

    /// A new connection to the daemon under a name of its own.
    [[nodiscard]] QDBusConnection connect(const QString& name);

    /// Returns once every message sent before on any of its connections has been delivered
    /// to this thread's receivers.
    void flush() const;

private:
    QProcess m_daemon;
    QString m_address;
    QString m_error;
    QStringList m_connections;
};

} // namespace kotva::test
