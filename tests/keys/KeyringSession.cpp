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
constexpr char KeyringPassword[] = "kotva-test-keyring";

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

    // $0 is the test executable, "$@" its arguments: the shell starts the keyring, runs the
    // test again and removes the throwaway keyring afterwards.
    static const char script[] =
        "printf '%s' \"$KOTVA_KEYRING_PASSWORD\" | "
        "gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 97; "
        "\"$0\" \"$@\"; status=$?; rm -rf \"$XDG_DATA_HOME\"; exit $status";
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
                            const_cast<char*>(script),
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
        if (inNoKeychainChild() || qEnvironmentVariableIsSet("KOTVA_KEYRING_PASSWORD"))
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
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const QString name =
        QString::fromLatin1(info->test_suite_name()) + u'.' + QString::fromLatin1(info->name());
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
                {QStringLiteral("--gtest_filter=") + name});
    if (!child.waitForFinished(120000))
        return ::testing::AssertionFailure() << "the child test did not finish";
    const QString output = QString::fromLocal8Bit(child.readAll());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 ||
        !output.contains(QLatin1String("[  PASSED  ] 1 test")))
        return ::testing::AssertionFailure() << "child run without keychain failed:\n"
                                             << output.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace kotva::test
