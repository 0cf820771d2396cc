#include "ScheduleTestSupport.h"

#include "core/schedule/ProgrammeJson.h"
#include "tests/support/TestPaths.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace kotva::test {

ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    result.started = process.waitForStarted(30000);
    if (!result.started)
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Programme exampleProgramme()
{
    const auto loaded =
        ProgrammeJson::loadFile(sourceDir() + QStringLiteral("/resources/programmes/example.json"));
    EXPECT_TRUE(loaded.has_value())
        << (loaded ? std::string() : loaded.error().toString().toStdString());
    return loaded ? loaded->programme : Programme{};
}

} // namespace kotva::test
