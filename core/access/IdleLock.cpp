#include "core/access/IdleLock.h"

#include <algorithm>

namespace kotva {

IdleLock::IdleLock(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(CheckInterval);
    // Coarse is enough: a few hundred milliseconds either way does not matter for a lock
    // measured in minutes, and it lets the system batch wake-ups.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
}

void IdleLock::setTimeout(std::chrono::minutes timeout)
{
    m_timeout = std::clamp(timeout, MinimumTimeout, MaximumTimeout);
}

void IdleLock::start()
{
    m_active = true;
    m_lastActivity = m_clock.nowUtc();
    m_timer.start();
}

void IdleLock::stop()
{
    m_active = false;
    m_timer.stop();
}

void IdleLock::noteActivity()
{
    if (m_active)
        m_lastActivity = m_clock.nowUtc();
}

std::chrono::seconds IdleLock::remaining() const
{
    if (!m_active)
        return std::chrono::seconds{0};
    const qint64 idle = m_lastActivity.secsTo(m_clock.nowUtc());
    const qint64 left = std::chrono::seconds(m_timeout).count() - std::max<qint64>(idle, 0);
    return std::chrono::seconds{std::max<qint64>(left, 0)};
}

void IdleLock::check()
{
    if (!m_active)
        return;
    const QDateTime now = m_clock.nowUtc();
    // A clock set back (time zone fix, NTP) must not postpone the lock by the jump:
    // count from now instead.
    if (now < m_lastActivity)
        m_lastActivity = now;
    if (m_lastActivity.secsTo(now) < std::chrono::seconds(m_timeout).count())
        return;
    stop();
    Q_EMIT lockDue();
}

} // namespace kotva
