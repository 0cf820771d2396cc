#include "tests/ui_schedule/ScheduleUiTestSupport.h"

#include "core/schedule/ProgrammeJson.h"
#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QRegularExpression>

namespace kotva::test {

Programme exampleProgramme()
{
    const Result<LoadedProgramme> loaded =
        ProgrammeJson::loadFile(sourceDir() + QStringLiteral("/resources/programmes/example.json"));
    EXPECT_TRUE(loaded.has_value()) << (loaded ? "" : loaded.error().toString().toStdString());
    return loaded ? loaded->programme : Programme{};
}

QString pdfText(const QString& pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                   pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString& pdfPath)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdfPath});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdfinfo failed";
        return -1;
    }
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList squeezedLines(const QString& text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00a0}]+"));
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.replace(spaces, QStringLiteral(" ")).trimmed();
    return lines;
}

QList<ExpectedRow> expectedDecember2026()
{
    const QString group = QStringLiteral("Podpůrná skupina");
    const QString club = QStringLiteral("Klub");
    return {
        {QStringLiteral("Pá 4. 12."), club},        {QStringLiteral("Po 7. 12."), group},
        {QStringLiteral("Čt 10. 12."), club},       {QStringLiteral("Po 14. 12."), group},
        {QStringLiteral("Pá 18. 12."), club},       {QStringLiteral("Po 21. 12."), group},
        {QStringLiteral("Čt 24. 12."), club, true}, {QStringLiteral("Po 28. 12."), group},
    };
}

} // namespace kotva::test
