#pragma once

#include <QDateTime>

namespace kotva {

/// The time source for everything that expires or is due. Tests inject a FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;

    /// The process-wide real clock.
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};

/// A clock that stands still until told to move; for tests and for `--now` on the CLI.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime nowUtc);
    [[nodiscard]] QDateTime nowUtc() const override;
    void set(QDateTime nowUtc);
    void advanceSeconds(qint64 seconds);
    void advanceDays(qint64 days);

private:
    QDateTime m_now;
};

} // namespace kotva
