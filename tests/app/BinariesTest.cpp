#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The shared libraries an executable asks the dynamic loader for (its DT_NEEDED entries),
/// as readelf lists them.
QStringList neededLibraries(const QString& executable)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), executable});
    if (!readelf.waitForFinished(60000) || readelf.exitCode() != 0)
        return {};
    QStringList libraries;
    static const QRegularExpression needed(QStringLiteral(R"(\(NEEDED\).*\[(.+)\])"));
    const QString output = QString::fromUtf8(readelf.readAllStandardOutput());
    for (const QString& line : output.split(u'\n')) {
        if (const auto match = needed.match(line); match.hasMatch())
            libraries << match.captured(1);
    }
    return libraries;
}

// A screenshot written by the app itself would put decrypted client text on disk, outside
// the vault and its retention. Review screenshots are taken from outside the process
// (scripts/run.sh, scripts/screenshots.sh), so no shipped binary may know such a variable.
TEST(ShippedBinaries, HaveNoWayToSaveTheScreenToAFile)
{
    for (const QString& path : {kotva::test::guiPath(), kotva::test::cliPath()}) {
        const QByteArray binary = fileBytes(path);
        ASSERT_GT(binary.size(), 100000) << path.toStdString();
        EXPECT_FALSE(binary.contains("KOTVA_SCREENSHOT")) << path.toStdString();
        EXPECT_FALSE(binary.contains("ScreenshotTaker")) << path.toStdString();
    }
}

// kotva-cli runs on servers and in scripts without a display: it writes PDFs through QtGui
// alone and must not pull in the widget toolkit or the print dialogs.
TEST(ShippedBinaries, CommandLineToolLinksNoWidgets)
{
    const QStringList libraries = neededLibraries(kotva::test::cliPath());
    ASSERT_FALSE(libraries.isEmpty()) << "readelf found no libraries in kotva-cli";
    EXPECT_TRUE(libraries.filter(QStringLiteral("libQt6Core")).size() == 1);
    for (const QString& library : libraries) {
        EXPECT_FALSE(library.contains(u"Widgets")) << library.toStdString();
        EXPECT_FALSE(library.contains(u"PrintSupport")) << library.toStdString();
    }
}

// The GUI is the counter-check: readelf did read the libraries, and Widgets shows up there.
TEST(ShippedBinaries, GuiLinksWidgets)
{
    EXPECT_EQ(
        neededLibraries(kotva::test::guiPath()).filter(QStringLiteral("libQt6Widgets")).size(), 1);
}

} // namespace
