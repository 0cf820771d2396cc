#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

#include <gtest/gtest.h>

namespace kotva::test {

/// Test executables that talk to the keychain link KeyringSession.cpp. Its global test
/// environment makes sure they never touch the user's own keyring: unless the test command
/// (scripts/test.sh) already started a throwaway gnome-keyring (it exports
/// KOTVA_KEYRING_PASSWORD), the executable re-executes itself under
/// `dbus-run-session` with a fresh XDG_DATA_HOME and an unlocked gnome-keyring of its own.

/// True in the child started by runThisTestWithoutKeychain().
bool inNoKeychainChild();

/// Runs the current test again in a child process whose D-Bus session address points to a
/// socket that does not exist, so no keychain can answer. Succeeds when the child passed.
::testing::AssertionResult runThisTestWithoutKeychain();

/// Runs the current test again in a child process with one more environment variable (one
/// that only counts at a program's start, such as GLIBC_TUNABLES). Succeeds when it passed.
::testing::AssertionResult runThisTestWithEnvironment(const QString& name, const QString& value);

/// True in the child started by runThisTestInOwnKeyring().
bool inOwnKeyringChild();

/// Runs the current test again in a child process with a D-Bus session and an unlocked
/// gnome-keyring of its own, for tests that lock the keyring (others share the test one).
::testing::AssertionResult runThisTestInOwnKeyring();

/// Locks the default collection through the Secret Service (as a screen lock would).
bool lockKeyring();

/// Runs the event loop until `done()` holds or the deadline passes (tests only: product code
/// never spins an event loop like this).
template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace kotva::test
