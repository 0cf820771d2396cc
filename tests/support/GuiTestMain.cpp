#include <QApplication>
#include <QStandardPaths>

#include <gmock/gmock.h>

// Widget tests run offscreen with a real QApplication created before the tests.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KotvaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KotvaTest"));
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
