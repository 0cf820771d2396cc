#include "tests/keys/KeyringSession.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace kotva::test {

namespace {

constexpr char NoKeychainVariable[] = "KOTVA_TEST_NO_KEYCHAIN";
constexpr char OwnKeyringVariable[] = "KOTVA_TEST_OWN_KEYRING";
constexpr char KeyringPassword[] = "kotva-test-keyring";

// $0 is the test executable, "$@" its arguments: the shell starts the keyring, runs the
// test again and removes the throwaway keyring afterwards.
constexpr char KeyringScript[] =
    "printf '%s' \"$KOTVA_KEYRING_PASSWORD\" | "
    "gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 97; "
    "\"$0\" \"$@\"; status=$?; rm -rf \"$XDG_DATA_HOME\"; exit $status";

QString currentTestName()
{
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    return QString::fromLatin1(info->test_suite_name()) + u'.' + QString::fromLatin1(info->name());
}

::testing::AssertionResult childPassed(QProcess& child)
{
    if (!child.waitForFinished(120000))
        return ::testing::AssertionFailure() << "the child test did not finish";
    const QString output = QString::fromLocal8Bit(child.readAll());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 ||
        !output.contains(QLatin1String("[  PASSED  ] 1 test")))
        return ::testing::AssertionFailure() << "the child run failed:\n" << output.toStdString();
    return ::testing::AssertionSuccess();
}

/// Replaces this process by itself running inside a private D-Bus session with an unlocked
/// gnome-keyring. Returns only when that is impossible.
void reexecInPrivateKeyring()
{
    const QByteArray self = QCoreApplication::applicationFilePath().toLocal8Bit();
    const QByteArray dataHome = QDir::tempPath().toLocal8Bit() + "/kotva-keyring-XXXXXX";
    std::vector<char> dataHomeTemplate(dataHome.begin(), dataHome.end());
    dataHomeTemplate.push_back('\0');
    if (!::mkdtemp(dataHomeTemplate.data()))
        return;
    ::setenv("XDG_DATA_HOME", dataHomeTemplate.data(), 1);
    ::setenv("KOTVA_KEYRING_PASSWORD", KeyringPassword, 1);

    // InitGoogleMock already took the --gtest_* options out of argv; the child gets them back
    // through the environment variables gtest reads as their defaults.
    ::setenv("GTEST_FILTER", GTEST_FLAG_GET(filter).c_str(), 1);
    if (GTEST_FLAG_GET(also_run_disabled_tests))
        ::setenv("GTEST_ALSO_RUN_DISABLED_TESTS", "1", 1);
    if (!GTEST_FLAG_GET(output).empty())
        ::setenv("GTEST_OUTPUT", GTEST_FLAG_GET(output).c_str(), 1);
    std::vector<char*> argv{const_cast<char*>("dbus-run-session"),
                            const_cast<char*>("--"),
                            const_cast<char*>("sh"),
                            const_cast<char*>("-c"),
                            const_cast<char*>(KeyringScript),
                            const_cast<char*>(self.constData())};
    argv.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    ::execvp("dbus-run-session", argv.data());
    std::perror("kotva tests: cannot start dbus-run-session");
}

class PrivateKeyringEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (inNoKeychainChild() || inOwnKeyringChild() ||
            qEnvironmentVariableIsSet("KOTVA_KEYRING_PASSWORD"))
            return;
        reexecInPrivateKeyring();
        FAIL() << "could not start a private gnome-keyring under dbus-run-session";
    }
};

[[maybe_unused]] ::testing::Environment* const environment =
    ::testing::AddGlobalTestEnvironment(new PrivateKeyringEnvironment);

} // namespace

bool inNoKeychainChild()
{
    return qEnvironmentVariableIsSet(NoKeychainVariable);
}

::testing::AssertionResult runThisTestWithoutKeychain()
{
    QTemporaryDir runtime;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(NoKeychainVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("no-bus")));
    // Without these, libsecret/GDBus could find another bus by itself.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=") + currentTestName()});
    return childPassed(child);
}

::testing::AssertionResult runThisTestWithEnvironment(const QString& name, const QString& value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(name, value);
    environment.remove(QStringLiteral("GTEST_FILTER"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=") + currentTestName()});
    return childPassed(child);
}

bool inOwnKeyringChild()
{
    return qEnvironmentVariableIsSet(OwnKeyringVariable);
}

::testing::AssertionResult runThisTestInOwnKeyring()
{
    QTemporaryDir dataHome;
    dataHome.setAutoRemove(false); // the child's shell removes it
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(OwnKeyringVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    environment.insert(QStringLiteral("KOTVA_KEYRING_PASSWORD"),
                       QString::fromLatin1(KeyringPassword));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("GTEST_FILTER"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QString::fromLatin1(KeyringScript), QCoreApplication::applicationFilePath(),
                 QStringLiteral("--gtest_filter=") + currentTestName()});
    return childPassed(child);
}

bool lockKeyring()
{
    QProcess dbusSend;
    dbusSend.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"),
                    QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    return dbusSend.waitForFinished(30000) && dbusSend.exitStatus() == QProcess::NormalExit &&
           dbusSend.exitCode() == 0;
}

} // namespace kotva::test
