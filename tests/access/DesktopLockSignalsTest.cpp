// The desktop's lock signals over a real D-Bus daemon of the test's own: a second connection
// sends them as logind and the screen savers do, with the same interfaces, names and
// arguments.

#include "core/access/DesktopLockSignals.h"

#include "tests/support/PrivateBus.h"

#include <QDBusMessage>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace kotva {
namespace {

class DesktopLockSignalsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(bus.start()) << bus.error().toStdString();
        // Both buses on the private daemon: the suspend signals come from the system bus in
        // the application.
        watcher = std::make_unique<DesktopLockSignals>(bus.connect(QStringLiteral("system")),
                                                       bus.connect(QStringLiteral("session")));
        sender = bus.connect(QStringLiteral("sender"));
        ASSERT_TRUE(sender.isConnected());
        spy = std::make_unique<QSignalSpy>(watcher.get(), &DesktopLockSignals::lockRequested);
    }

    void send(const QString& path, const QString& interface, const QString& name,
              const QVariantList& arguments = {})
    {
        QDBusMessage message = QDBusMessage::createSignal(path, interface, name);
        message.setArguments(arguments);
        ASSERT_TRUE(sender.send(message));
    }

    /// The reasons of the lock requests sent so far.
    QList<DesktopLockSignals::Reason> requests()
    {
        bus.flush();
        QList<DesktopLockSignals::Reason> reasons;
        for (const QList<QVariant>& call : std::as_const(*spy))
            reasons << call.first().value<DesktopLockSignals::Reason>();
        spy->clear();
        return reasons;
    }

    test::PrivateBus bus;
    std::unique_ptr<DesktopLockSignals> watcher;
    QDBusConnection sender{QString()};
    std::unique_ptr<QSignalSpy> spy;
};

using Reason = DesktopLockSignals::Reason;

TEST_F(DesktopLockSignalsTest, ListensToSuspendScreenSaversAndSessionLock)
{
    EXPECT_EQ(watcher->listeningTo(), 4);
}

TEST_F(DesktopLockSignalsTest, LocksBeforeASuspendButNotAfterTheWakeUp)
{
    send(QStringLiteral("/org/freedesktop/login1"),
         QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
         {true});
    EXPECT_EQ(requests(), QList<Reason>{Reason::Suspend});
    send(QStringLiteral("/org/freedesktop/login1"),
         QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
         {false});
    EXPECT_TRUE(requests().isEmpty());
}

TEST_F(DesktopLockSignalsTest, LocksWhenEitherScreenSaverStartsButNotWhenItStops)
{
    send(QStringLiteral("/org/freedesktop/ScreenSaver"),
         QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), {true});
    send(QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
         QStringLiteral("ActiveChanged"), {true});
    EXPECT_EQ(requests(), (QList<Reason>{Reason::ScreenLock, Reason::ScreenLock}));
    send(QStringLiteral("/org/freedesktop/ScreenSaver"),
         QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), {false});
    EXPECT_TRUE(requests().isEmpty());
}

TEST_F(DesktopLockSignalsTest, LocksWhenTheSessionIsToldToLock)
{
    // `loginctl lock-session` makes logind send Lock on the session's own object.
    send(QStringLiteral("/org/freedesktop/login1/session/_32"),
         QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"));
    EXPECT_EQ(requests(), QList<Reason>{Reason::SessionLock});
}

TEST_F(DesktopLockSignalsTest, IgnoresOtherSignalsOfTheSameServices)
{
    send(QStringLiteral("/org/freedesktop/login1/session/_32"),
         QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Unlock"));
    send(QStringLiteral("/org/freedesktop/login1"),
         QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForShutdown"),
         {false});
    EXPECT_TRUE(requests().isEmpty());
}

TEST(DesktopLockSignalsWithoutBus, ListensToNothingAndDoesNotFail)
{
    const QDBusConnection none(QStringLiteral("kotva-no-bus"));
    const DesktopLockSignals watcher(none, none);
    EXPECT_EQ(watcher.listeningTo(), 0);
}

} // namespace
} // namespace kotva
