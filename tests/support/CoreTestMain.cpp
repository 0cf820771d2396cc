#include <QCoreApplication>
#include <QStandardPaths>

#include <gmock/gmock.h>

// Core tests get a QCoreApplication (signals, timers, QtKeychain) and never touch real user data.
int main(int argc, char* argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KotvaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KotvaTest"));
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
