#pragma once

#include <QDBusConnection>
#include <QObject>

namespace kotva {

/// Tells when the desktop says the person has left the computer, so the vault locks then and
/// not only after the idle timeout: the laptop is about to suspend (logind's PrepareForSleep
/// on the system bus), the screen locks or the screen saver starts (ActiveChanged of
/// org.freedesktop.ScreenSaver or org.gnome.ScreenSaver on the session bus), or the session
/// is told to lock (logind's Session.Lock, as `loginctl lock-session` sends it).
///
/// Signals are taken from any sender: a forged one can only lock the vault, which is the
/// safe direction. A bus that is not there (a session without logind, a test machine) is
/// skipped and reported by isListening().
class DesktopLockSignals final : public QObject
{
    Q_OBJECT
public:
    enum class Reason { Suspend, ScreenLock, SessionLock };
    Q_ENUM(Reason)

    /// The buses are parameters so tests can point both at a private bus.
    DesktopLockSignals(const QDBusConnection& systemBus, const QDBusConnection& sessionBus,
                       QObject* parent = nullptr);
    /// The system and session buses of this desktop.
    static DesktopLockSignals* forThisDesktop(QObject* parent = nullptr);

    /// How many of the signals above are being listened to (0 without any bus).
    [[nodiscard]] int listeningTo() const { return m_listening; }

Q_SIGNALS:
    /// The vault should lock now.
    void lockRequested(kotva::DesktopLockSignals::Reason reason);

private:
    Q_SLOT void onPrepareForSleep(bool starting);
    Q_SLOT void onScreenSaverActiveChanged(bool active);
    Q_SLOT void onSessionLock();

    int m_listening = 0;
};

} // namespace kotva
