#include "core/common/Clock.h"

#include <QTimeZone>

namespace kotva {

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(QDateTime nowUtc)
    : m_now(nowUtc.toUTC())
{}

QDateTime FixedClock::nowUtc() const
{
    return m_now;
}

void FixedClock::set(QDateTime nowUtc)
{
    m_now = nowUtc.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

void FixedClock::advanceDays(qint64 days)
{
    m_now = m_now.addDays(days);
}

} // namespace kotva
