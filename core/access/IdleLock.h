#pragma once

#include "core/common/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace kotva {

/// Decides when an unattended workstation locks. The shell reports user input with
/// noteActivity(); a periodic check() compares the clock with the last input and emits
/// lockDue() once the timeout has passed. Time is read from the injected Clock, not
/// counted by the timer, so a suspended laptop that wakes up after the timeout locks at
/// the first check. After lockDue() the lock stops watching until start() is called again.
class IdleLock final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::minutes DefaultTimeout{5};
    static constexpr std::chrono::minutes MinimumTimeout{1};
    static constexpr std::chrono::minutes MaximumTimeout{60};
    /// How often the timer asks check(); a lock comes at most this late.
    static constexpr std::chrono::seconds CheckInterval{5};

    explicit IdleLock(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(IdleLock)

    /// Clamped to 1–60 minutes. Takes effect at the next check.
    void setTimeout(std::chrono::minutes timeout);
    [[nodiscard]] std::chrono::minutes timeout() const { return m_timeout; }

    /// Starts watching (the vault was unlocked): idle time counts from now.
    void start();
    /// Stops watching (the vault was locked by other means).
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }

    /// User input happened: idle time starts again from now. Ignored while stopped.
    void noteActivity();
    /// Emits lockDue() (and stops) when the timeout has passed since the last activity.
    /// The timer calls it; tests call it after moving a FixedClock.
    void check();

    [[nodiscard]] QDateTime lastActivityUtc() const { return m_lastActivity; }
    /// Seconds left before a lock is due (0 when due or stopped).
    [[nodiscard]] std::chrono::seconds remaining() const;

Q_SIGNALS:
    void lockDue();

private:
    const Clock& m_clock;
    QTimer m_timer;
    QDateTime m_lastActivity;
    std::chrono::minutes m_timeout = DefaultTimeout;
    bool m_active = false;
};

} // namespace kotva
