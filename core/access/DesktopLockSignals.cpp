#include "core/access/DesktopLockSignals.h"

#include "core/common/Logging.h"

#include <QDBusError>

namespace kotva {

namespace {

const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString Login1Session = QStringLiteral("org.freedesktop.login1.Session");
const QString FreedesktopScreenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
const QString GnomeScreenSaver = QStringLiteral("org.gnome.ScreenSaver");

} // namespace

DesktopLockSignals::DesktopLockSignals(const QDBusConnection& systemBus,
                                       const QDBusConnection& sessionBus, QObject* parent)
    : QObject(parent)
{
    // Empty service and path: from any sender and any object. logind emits Session.Lock on
    // the path of the session it locks, whose name this process does not know in advance.
    const auto listen = [this](QDBusConnection bus, const QString& interface, const QString& name,
                               const char* slot) {
        if (!bus.isConnected())
            return;
        if (bus.connect(QString(), QString(), interface, name, this, slot))
            ++m_listening;
        else
            qCWarning(lcAccess) << "cannot listen to" << interface << name << bus.lastError();
    };
    listen(systemBus, Login1Manager, QStringLiteral("PrepareForSleep"),
           SLOT(onPrepareForSleep(bool)));
    listen(systemBus, Login1Session, QStringLiteral("Lock"), SLOT(onSessionLock()));
    listen(sessionBus, FreedesktopScreenSaver, QStringLiteral("ActiveChanged"),
           SLOT(onScreenSaverActiveChanged(bool)));
    listen(sessionBus, GnomeScreenSaver, QStringLiteral("ActiveChanged"),
           SLOT(onScreenSaverActiveChanged(bool)));
    qCDebug(lcAccess) << "listening to" << m_listening << "desktop lock signals";
}

DesktopLockSignals* DesktopLockSignals::forThisDesktop(QObject* parent)
{
    return new DesktopLockSignals(QDBusConnection::systemBus(), QDBusConnection::sessionBus(),
                                  parent);
}

void DesktopLockSignals::onPrepareForSleep(bool starting)
{
    // Sent with true before the suspend and with false after the wake-up: lock before.
    if (starting)
        Q_EMIT lockRequested(Reason::Suspend);
}

void DesktopLockSignals::onScreenSaverActiveChanged(bool active)
{
    if (active)
        Q_EMIT lockRequested(Reason::ScreenLock);
}

void DesktopLockSignals::onSessionLock()
{
    Q_EMIT lockRequested(Reason::SessionLock);
}

} // namespace kotva
