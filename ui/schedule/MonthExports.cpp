#include "ui/schedule/MonthExports.h"

#include "core/schedule/ICalendarWriter.h"
#include "render/MonthPageRenderer.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MonthExports)
};

void preparePrinter(const MonthSchedule& month, QPrinter& printer)
{
    MonthPageRenderer::applyPageLayout(printer);
    printer.setDocName(month.organisation.name + QStringLiteral(" \u2014 ") + month.title());
    printer.setCreator(QStringLiteral("Kotva"));
}

} // namespace

Status MonthExports::writeICalendar(const MonthSchedule& month, const QString& path,
                                    const QDateTime& stampUtc)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        const QString folder = QFileInfo(path).absolutePath();
        return fail(QFileInfo(folder).isDir() ? ErrorCode::ReadOnly : ErrorCode::NotFound,
                    Tr::tr("The calendar cannot be written to %1: the folder is missing or not "
                           "writable.")
                        .arg(QDir::toNativeSeparators(folder)),
                    file.errorString());
    }
    const QByteArray data = ICalendarWriter::write(month, stampUtc);
    if (file.write(data) != data.size() || !file.commit())
        return fail(ErrorCode::Io, Tr::tr("The calendar could not be written completely."),
                    file.errorString());
    return {};
}

Status MonthExports::print(const MonthSchedule& month, QPrinter& printer)
{
    if (Result<int> pages = MonthPageRenderer(month).render(printer); !pages)
        return std::unexpected(pages.error());
    return {};
}

Result<bool> MonthExports::printWithDialog(const MonthSchedule& month, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(month, printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print the programme"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (Status printed = print(month, printer); !printed)
        return std::unexpected(printed.error());
    return true;
}

void MonthExports::preview(const MonthSchedule& month, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(month, printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview \u2014 %1").arg(month.title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&month](QPrinter* target) {
                         // The preview has nowhere to show an error; an empty page says enough.
                         (void)print(month, *target);
                     });
    dialog.exec();
}

} // namespace kotva
