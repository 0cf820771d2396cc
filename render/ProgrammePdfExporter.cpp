#include "render/ProgrammePdfExporter.h"

#include "render/MonthPageRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ProgrammePdfExporter)
};

constexpr int PdfResolution = 300;

/// Paints the month into the already open temporary file. The writer is destroyed before
/// returning, which finishes the PDF stream.
Status paintInto(const MonthSchedule& month, QTemporaryFile& file)
{
    QPdfWriter writer(&file);
    writer.setResolution(PdfResolution);
    writer.setCreator(QStringLiteral("Kotva"));
    writer.setTitle(month.organisation.name + QStringLiteral(" \u2014 ") + month.title());
    MonthPageRenderer::applyPageLayout(writer);
    if (Result<int> pages = MonthPageRenderer(month).render(writer); !pages)
        return std::unexpected(pages.error());
    return {};
}

} // namespace

Status exportMonthPdf(const MonthSchedule& month, const QString& path)
{
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(ErrorCode::Io,
                    Tr::tr("The PDF cannot be written: the folder %1 does not exist.")
                        .arg(QDir::toNativeSeparators(folder)));
    if (target.exists() && (target.isDir() || !target.isWritable()))
        return fail(ErrorCode::ReadOnly, Tr::tr("The file %1 cannot be overwritten.").arg(path));

    // Written beside the target and renamed at the end, so a failure never leaves half a PDF
    // where the user expects the programme.
    QTemporaryFile file(QDir(folder).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!file.open())
        return fail(file.error() == QFileDevice::PermissionsError || !QFileInfo(folder).isWritable()
                        ? ErrorCode::ReadOnly
                        : ErrorCode::Io,
                    Tr::tr("The PDF cannot be written to the folder %1: it is not writable.")
                        .arg(QDir::toNativeSeparators(folder)),
                    file.errorString());
    if (Status painted = paintInto(month, file); !painted)
        return painted;
    if (!file.flush() || file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io,
                    Tr::tr("The PDF could not be written completely (is the disk full?)."),
                    file.errorString());
    file.close();

    // std::filesystem::rename replaces an existing file atomically (rename(2)); QFile::rename
    // would refuse to replace it.
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(),
                            renameError);
    if (renameError)
        return fail(renameError == std::errc::permission_denied ? ErrorCode::ReadOnly
                                                                : ErrorCode::Io,
                    Tr::tr("The PDF cannot be saved as %1.").arg(path),
                    QString::fromStdString(renameError.message()));
    file.setAutoRemove(false);
    // QTemporaryFile creates its file with 0600; a published programme is not secret.
    QFile::setPermissions(target.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner |
                                                         QFile::ReadGroup | QFile::ReadOther);
    return {};
}

} // namespace kotva
