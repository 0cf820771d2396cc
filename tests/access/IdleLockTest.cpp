#include "core/access/IdleLock.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace kotva {
namespace {

using std::chrono::minutes;

/// Time moves only when the test moves the FixedClock; check() stands for a timer tick.
class IdleLockTest : public ::testing::Test
{
protected:
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(14, 0), Qt::UTC)};
    IdleLock lock{clock};
};

TEST_F(IdleLockTest, DefaultsToFiveMinutesAndIsStoppedUntilStarted)
{
    EXPECT_EQ(lock.timeout(), minutes(5));
    EXPECT_FALSE(lock.isActive());
    QSignalSpy due(&lock, &IdleLock::lockDue);
    clock.advanceSeconds(3600);
    lock.check();
    EXPECT_EQ(due.count(), 0) << "a stopped lock never fires";
}

TEST_F(IdleLockTest, LockIsDueOnceTheTimeoutHasPassedWithoutActivity)
{
    QSignalSpy due(&lock, &IdleLock::lockDue);
    lock.start();
    clock.advanceSeconds(4 * 60 + 59);
    lock.check();
    EXPECT_EQ(due.count(), 0);
    EXPECT_EQ(lock.remaining().count(), 1);

    clock.advanceSeconds(1);
    lock.check();
    EXPECT_EQ(due.count(), 1);
    EXPECT_FALSE(lock.isActive()) << "after a lock nothing is watched until the next unlock";

    clock.advanceSeconds(600);
    lock.check();
    EXPECT_EQ(due.count(), 1) << "lockDue comes once per unlock";
}

TEST_F(IdleLockTest, ActivityStartsTheIdleTimeAgain)
{
    QSignalSpy due(&lock, &IdleLock::lockDue);
    lock.start();
    clock.advanceSeconds(4 * 60);
    lock.noteActivity();
    clock.advanceSeconds(4 * 60);
    lock.check();
    EXPECT_EQ(due.count(), 0);
    clock.advanceSeconds(60);
    lock.check();
    EXPECT_EQ(due.count(), 1);
}

TEST_F(IdleLockTest, ActivityWhileStoppedDoesNotStartIt)
{
    lock.noteActivity();
    EXPECT_FALSE(lock.isActive());
    EXPECT_FALSE(lock.lastActivityUtc().isValid());
}

TEST_F(IdleLockTest, TimeoutIsKeptBetweenOneAndSixtyMinutes)
{
    lock.setTimeout(minutes(0));
    EXPECT_EQ(lock.timeout(), minutes(1));
    lock.setTimeout(minutes(600));
    EXPECT_EQ(lock.timeout(), minutes(60));
    lock.setTimeout(minutes(12));
    EXPECT_EQ(lock.timeout(), minutes(12));
}

TEST_F(IdleLockTest, ALongerTimeoutAppliesAtTheNextCheck)
{
    QSignalSpy due(&lock, &IdleLock::lockDue);
    lock.start();
    clock.advanceSeconds(6 * 60);
    lock.setTimeout(minutes(10));
    lock.check();
    EXPECT_EQ(due.count(), 0);
    clock.advanceSeconds(4 * 60);
    lock.check();
    EXPECT_EQ(due.count(), 1);
}

TEST_F(IdleLockTest, WakingUpAfterTheTimeoutLocksAtTheFirstCheck)
{
    // A laptop suspended mid-shift: no timer ran, but the clock moved on.
    QSignalSpy due(&lock, &IdleLock::lockDue);
    lock.start();
    clock.advanceSeconds(2 * 3600);
    lock.check();
    EXPECT_EQ(due.count(), 1);
}

TEST_F(IdleLockTest, AClockSetBackDoesNotPostponeTheLockByTheJump)
{
    QSignalSpy due(&lock, &IdleLock::lockDue);
    lock.start();
    clock.advanceSeconds(-3600);
    lock.check();
    EXPECT_EQ(due.count(), 0);
    clock.advanceSeconds(5 * 60);
    lock.check();
    EXPECT_EQ(due.count(), 1);
}

TEST_F(IdleLockTest, TheTimerChecksWhileStarted)
{
    // No waiting for real time: only that a periodic check is running while started.
    lock.start();
    EXPECT_TRUE(lock.isActive());
    EXPECT_EQ(lock.remaining().count(), 300);
    lock.stop();
    EXPECT_EQ(lock.remaining().count(), 0);
}

} // namespace
} // namespace kotva
